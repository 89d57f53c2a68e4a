// The dataset importer's core: validate a whole `sweetspot-dataset/1` file first, naming the
// record and field of every problem, then load it in one transaction or not at all.
import { isNotNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db, DbOrTx } from "../db/client.server";
import { challenges, organisations, products } from "../db/schema";
import { datasetSchema, type Dataset } from "./dataset-schema";
import { loadDataset, type LoadCounts } from "./load-dataset";

export const DATASET_FORMAT = "sweetspot-dataset/1";

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

type Json = Record<string, unknown>;
type Section = "organisations" | "challenges" | "products" | "judgements";

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** JSON.parse with an error that says where: V8 reports "position N" or nothing, people want lines. */
export function parseDatasetText(text: string): { ok: true; json: unknown } | { ok: false; errors: string[] } {
  text = text.replace(/^\uFEFF/, ""); // a byte-order mark, as some editors on Windows write
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const before = text.slice(0, syntaxErrorOffset(text, message)).split("\n");
    const where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
    const reason = message.replace(/ (in JSON )?at position \d+.*$/s, "").replace(/, (\.\.\.)?".*" is not valid JSON$/s, "");
    return { ok: false, errors: [`The file is not valid JSON: ${reason} (at ${where}).`] };
  }
}

function syntaxErrorOffset(text: string, message: string): number {
  const reported = /at position (\d+)/.exec(message);
  if (reported) return Number(reported[1]);
  if (/end of JSON input/.test(message)) return text.length;
  // Node 20 gives no position for "Unexpected token": find the longest prefix that could still
  // begin valid JSON (truncation errors fall at or after its end); the next character is at fault.
  const viable = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return true;
    } catch (e) {
      const at = /at position (\d+)/.exec(String(e));
      return at ? Number(at[1]) >= k : /end of JSON input/.test(String(e));
    }
  };
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (viable(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Parses and validates a dataset file's text; see validateDataset. */
export function validateDatasetText(text: string, db?: DbOrTx): ValidationResult {
  const parsed = parseDatasetText(text);
  return parsed.ok ? validateDataset(parsed.json, db) : parsed;
}

/**
 * Checks everything, collecting every error rather than stopping at the first. Keys may refer
 * to records in this file or, given a database, ones already imported.
 */
export function validateDataset(json: unknown, db?: DbOrTx): ValidationResult {
  if (!isObject(json)) {
    return { ok: false, errors: [`The file must hold one JSON object with "format": "${DATASET_FORMAT}", not ${Array.isArray(json) ? "a list" : show(json)}.`] };
  }
  if (json.format !== DATASET_FORMAT) {
    const found = json.format === undefined ? "no format tag" : `${show(json.format)}`;
    return { ok: false, errors: [`format: expected "${DATASET_FORMAT}", found ${found}; this is not a Sweetspot dataset of a format this importer reads.`] };
  }
  const result = datasetSchema.safeParse(json);
  const errors = result.success ? [] : result.error.issues.map((issue) => describeIssue(json, issue));
  errors.push(...crossCheck(json, db));
  if (!result.success || errors.length) return { ok: false, errors };
  return { ok: true, dataset: result.data };
}

/** Loads a validated dataset all or nothing, and says how many records were created or updated. */
export function importDataset(db: Db, dataset: Dataset): LoadCounts {
  return db.transaction((tx) => loadDataset(tx, dataset));
}

// --- naming the record and field -------------------------------------------------------------

/** `challenges[3] (key "c-falls").clinicalAreas[1]` for the path of a zod issue. */
function where(json: Json, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path;
  const field = (parts: readonly PropertyKey[]) =>
    parts.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  if (typeof section === "string" && typeof index === "number") {
    const record = (json[section] as unknown[] | undefined)?.[index];
    const key = isObject(record) && typeof record.key === "string" ? ` (key "${record.key}")` : "";
    return `${section}[${index}]${key}${field(rest)}`;
  }
  return field(path).replace(/^\./, "") || "(the file)";
}

const VOCABULARY: Record<string, string> = {
  kind: "organisation kind",
  place: "place",
  clinicalAreas: "clinical area",
  careSettings: "care setting",
  technologyType: "technology type",
  deviceClass: "device class",
  esfTier: "ESF tier",
  mustHaves: "must-have",
  features: "feature (a must-have slug)",
};

const EXPECTED: Record<string, string> = {
  string: "text",
  int: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function valueAt(json: Json, path: readonly PropertyKey[]): unknown {
  let value: unknown = json;
  for (const part of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  return value;
}

function describeIssue(json: Json, issue: z.core.$ZodIssue): string {
  const value = valueAt(json, issue.path);
  const field = [...issue.path].reverse().find((p): p is string => typeof p === "string") ?? "";
  const at = where(json, issue.path);
  if (value === undefined && issue.code !== "unrecognized_keys") return `${at}: is required but missing`;
  switch (issue.code) {
    case "invalid_value": {
      const noun = field === "status" ? `${String(issue.path[0]).replace(/s$/, "")} status` : (VOCABULARY[field] ?? field);
      const hint = issue.values.length <= 9 ? ` (expected one of ${issue.values.join(", ")})` : "";
      return `${at}: ${show(value)} is not a known ${noun}${hint}`;
    }
    case "invalid_type":
      return `${at}: must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${show(value)}`;
    case "too_small":
      if (issue.origin === "string") return `${at}: must not be empty`;
      if (issue.origin === "array") return `${at}: must list at least ${issue.minimum}`;
      return `${at}: ${show(value)} is below the minimum ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `${at}: is ${String(value).length} characters long; the limit is ${issue.maximum}`;
      return `${at}: ${show(value)} is above the maximum ${issue.maximum}`;
    case "invalid_format":
      return `${at}: ${show(value)} is not a date like 2027-03-31`;
    default:
      return `${at}: ${issue.message}`;
  }
}

// --- checks across records and against the database ------------------------------------------

function records(json: Json, section: Section): { index: number; record: Json }[] {
  const list = json[section];
  if (!Array.isArray(list)) return [];
  return list.flatMap((record, index) => (isObject(record) ? [{ index, record }] : []));
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : undefined);

function existingKeys(db: DbOrTx | undefined) {
  if (!db) return { organisations: [], challenges: new Set<string>(), products: new Set<string>() };
  const keys = (table: typeof challenges | typeof products) =>
    new Set(db.select({ key: table.key }).from(table).where(isNotNull(table.key)).all().map((r) => r.key!));
  return {
    organisations: db.select({ key: organisations.key, name: organisations.name, kind: organisations.kind }).from(organisations).all(),
    challenges: keys(challenges),
    products: keys(products),
  };
}

function crossCheck(json: Json, db: DbOrTx | undefined): string[] {
  const errors: string[] = [];
  const inDb = existingKeys(db);
  const label = (section: Section, index: number) => where(json, [section, index]);

  // Keys unique within each section of the file.
  const fileKeys = {} as Record<"organisations" | "challenges" | "products", Map<string, number>>;
  for (const section of ["organisations", "challenges", "products"] as const) {
    fileKeys[section] = new Map();
    for (const { index, record } of records(json, section)) {
      const key = str(record.key);
      if (!key) continue;
      const first = fileKeys[section].get(key);
      if (first === undefined) fileKeys[section].set(key, index);
      else errors.push(`${label(section, index)}.key: "${key}" is used twice in this file, also by ${label(section, first)}`);
    }
  }

  // Organisation names are unique in the database: a clash would fail the import half-way.
  const kinds = new Map<string, unknown>(inDb.organisations.flatMap((o) => (o.key ? [[o.key, o.kind] as const] : [])));
  const fileNames = new Map<string, number>();
  for (const { index, record } of records(json, "organisations")) {
    const key = str(record.key);
    const name = str(record.name);
    if (key) kinds.set(key, record.kind);
    if (!key || !name) continue;
    const first = fileNames.get(name);
    if (first !== undefined) {
      errors.push(`${label("organisations", index)}.name: "${name}" is also the name of ${label("organisations", first)}`);
      continue;
    }
    fileNames.set(name, index);
    const holder = inDb.organisations.find((o) => o.name === name);
    if (!holder || holder.key === key) continue;
    const keyed = inDb.organisations.some((o) => o.key === key);
    // Otherwise the import adopts the same-named organisation (see loadDataset).
    if (keyed || (holder.key && fileKeys.organisations.has(holder.key))) {
      errors.push(
        `${label("organisations", index)}.name: "${name}" already belongs to another organisation in the database${holder.key ? ` (key "${holder.key}")` : ""}`,
      );
    }
  }

  const owner = (section: "challenges" | "products", index: number, record: Json) => {
    const key = str(record.organisation);
    if (!key) return undefined;
    if (!kinds.has(key)) {
      errors.push(`${label(section, index)}.organisation: "${key}" is not an organisation key in this file or the database`);
      return undefined;
    }
    return { key, kind: kinds.get(key) };
  };
  for (const { index, record } of records(json, "challenges")) {
    const org = owner("challenges", index, record);
    if (org && (org.kind === "company" || org.kind === "investor")) {
      errors.push(`${label("challenges", index)}.organisation: "${org.key}" is ${org.kind === "company" ? "a company" : "an investor"}; only NHS and care partners post challenges`);
    }
  }
  for (const { index, record } of records(json, "products")) {
    const org = owner("products", index, record);
    if (org && org.kind !== "company") {
      errors.push(`${label("products", index)}.organisation: "${org.key}" is of kind ${show(org.kind)}, not a company; only companies own products`);
    }
  }

  // Judgements are not stored, but the evaluation reads them: every key must resolve.
  const pairs = new Map<string, number>();
  for (const { index, record } of records(json, "judgements")) {
    const challenge = str(record.challenge);
    const product = str(record.product);
    if (challenge && !fileKeys.challenges.has(challenge) && !inDb.challenges.has(challenge)) {
      errors.push(`judgements[${index}].challenge: "${challenge}" is not a challenge key in this file or the database`);
    }
    if (product && !fileKeys.products.has(product) && !inDb.products.has(product)) {
      errors.push(`judgements[${index}].product: "${product}" is not a product key in this file or the database`);
    }
    if (!challenge || !product) continue;
    const pair = JSON.stringify([challenge, product]);
    const first = pairs.get(pair);
    if (first === undefined) pairs.set(pair, index);
    else errors.push(`judgements[${index}]: judges "${challenge}" × "${product}" again, as judgements[${first}] does`);
  }
  return errors;
}
