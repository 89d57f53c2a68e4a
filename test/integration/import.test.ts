import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { challenges as challengesTable, organisations } from "../../db/schema";
import { importDataset, validateDataset, validateDatasetText } from "../../seed/import-dataset";
import { createOrganisation } from "../support/factories";

// A copy of shared/datasets/dev.json travels with the repository, so a clone alone can run
// these tests; where shared/ sits beside the clone, the copy must still match it.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEV = join(ROOT, "test/fixtures/dev.json");
const SHARED = join(ROOT, "../shared/datasets/dev.json");

it.skipIf(!existsSync(SHARED))("uses the same dev.json as shared/datasets", () => {
  expect(readFileSync(DEV, "utf8")).toBe(readFileSync(SHARED, "utf8"));
});

const devText = () => readFileSync(DEV, "utf8");
const dev = () => JSON.parse(devText());

const db = () => getDb();
const rowCounts = () =>
  ["organisations", "challenges", "products", "audit_events"].map(
    (table) => db().get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))!.n,
  );

/** What the CLI does: validate the whole text against the database, then load it. */
function importText(text: string) {
  const result = validateDatasetText(text, db());
  return result.ok ? { ok: true as const, counts: importDataset(db(), result.dataset) } : result;
}

describe("importing shared/datasets/dev.json", () => {
  it("creates every organisation, challenge and product", () => {
    const result = importText(devText());
    expect(result).toEqual({
      ok: true,
      counts: {
        organisations: { created: 112, updated: 0 },
        challenges: { created: 25, updated: 0 },
        products: { created: 120, updated: 0 },
      },
    });
    expect(rowCounts().slice(0, 3)).toEqual([112, 25, 120]);
  });

  it("matches by key the second time, creating no duplicates and keeping when each was published", () => {
    const [orgs, challenges, products] = rowCounts();
    const published = () => getDb().select({ key: challengesTable.key, at: challengesTable.publishedAt }).from(challengesTable).all();
    const before = published();
    const result = importText(devText());
    expect(published()).toEqual(before);
    expect(result).toMatchObject({
      ok: true,
      counts: { organisations: { created: 0, updated: 112 }, challenges: { created: 0, updated: 25 }, products: { created: 0, updated: 120 } },
    });
    expect(rowCounts().slice(0, 3)).toEqual([orgs, challenges, products]);
  });

  type Broken = (d: any) => void;
  const cases: [string, Broken | string, (d: any) => string | RegExp][] = [
    ["bad JSON", '{\n  "format": "sweetspot-dataset/1",\n  "organisations": [,]\n}', () => /^The file is not valid JSON: .*\(at line 3, column 21\)\.$/],
    ["a wrong format tag", (d) => (d.format = "sweetspot-dataset/2"), () => /^format: expected "sweetspot-dataset\/1", found "sweetspot-dataset\/2"/],
    ["a missing required field", (d) => delete d.challenges[3].title, (d) => `challenges[3] (key "${d.challenges[3].key}").title: is required but missing`],
    [
      "an unknown slug",
      (d) => d.challenges[3].clinicalAreas.splice(1, 0, "astrology"),
      (d) => `challenges[3] (key "${d.challenges[3].key}").clinicalAreas[1]: "astrology" is not a known clinical area`,
    ],
    [
      "a duplicate key",
      (d) => (d.products[7].key = d.products[2].key),
      (d) => `products[7] (key "${d.products[2].key}").key: "${d.products[2].key}" is used twice in this file, also by products[2] (key "${d.products[2].key}")`,
    ],
    [
      "a dangling organisation reference",
      (d) => (d.products[7].organisation = "acme"),
      (d) => `products[7] (key "${d.products[7].key}").organisation: "acme" is not an organisation key in this file or the database`,
    ],
    [
      "a product owned by an NHS trust",
      (d) => (d.products[5].organisation = "lth"),
      (d) => `products[5] (key "${d.products[5].key}").organisation: "lth" is of kind "nhs_trust", not a company; only companies own products`,
    ],
    ["trl 12", (d) => (d.products[7].trl = 12), (d) => `products[7] (key "${d.products[7].key}").trl: 12 is above the maximum 9`],
    [
      "a challenge owned by a company",
      (d) => (d.challenges[0].organisation = d.products[0].organisation),
      (d) => `challenges[0] (key "${d.challenges[0].key}").organisation: "${d.products[0].organisation}" is a company; only NHS and care partners post challenges`,
    ],
    ["a judgement naming an unknown product", (d) => (d.judgements[4].product = "p-nowhere"), () => `judgements[4].product: "p-nowhere" is not a product key in this file or the database`],
    ["an unknown must-have", (d) => (d.products[1].features = ["teleportation"]), (d) => `products[1] (key "${d.products[1].key}").features[0]: "teleportation" is not a known feature (a must-have slug) (expected one of ukca_marked, dtac_passed, interoperable_shared_care_record, nhs_login, offline_capable, multilingual, works_without_smartphone, dspt_compliant)`],
    ["a bad status", (d) => (d.challenges[2].status = "live"), (d) => `challenges[2] (key "${d.challenges[2].key}").status: "live" is not a known challenge status (expected one of draft, submitted, published, closed)`],
    ["a name used twice", (d) => (d.organisations[1].name = d.organisations[0].name), (d) => `organisations[1] (key "${d.organisations[1].key}").name: "${d.organisations[0].name}" is also the name of organisations[0] (key "${d.organisations[0].key}")`],
  ];

  it.each(cases)("refuses %s, naming the record and field, and imports nothing", (_, broken, expected) => {
    const copy = dev();
    let text: string;
    if (typeof broken === "string") text = broken;
    else {
      broken(copy);
      text = JSON.stringify(copy);
    }
    const before = rowCounts();
    const result = importText(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const want = expected(copy);
    expect(errors.some((e) => (typeof want === "string" ? e === want : want.test(e))), errors.join("\n")).toBe(true);
    expect(rowCounts()).toEqual(before);
  });

  it("reports every error in the file, not just the first", () => {
    const copy = dev();
    copy.products[3].trl = 0;
    copy.challenges[1].place = "atlantis";
    copy.organisations[2].kind = "guild";
    const result = validateDataset(copy, db());
    expect(result.ok ? [] : result.errors).toEqual([
      `organisations[2] (key "${copy.organisations[2].key}").kind: "guild" is not a known organisation kind (expected one of nhs_trust, icb, local_authority, care_provider, university, company, investor, vcse, leadership)`,
      `challenges[1] (key "${copy.challenges[1].key}").place: "atlantis" is not a known place (expected one of bradford_craven, calderdale, kirklees, leeds, wakefield, harrogate, outside_region)`,
      `products[3] (key "${copy.products[3].key}").trl: 0 is below the minimum 1`,
    ]);
  });

  it("rolls the whole load back when the database refuses part of it", () => {
    const result = validateDataset(dev());
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const dataset = structuredClone(result.dataset);
    dataset.organisations.push({ key: "late-co", name: "Late Co", kind: "company", place: "leeds" });
    dataset.products.at(-1)!.organisation = "nowhere"; // past validation, as a race could leave it
    const before = rowCounts();
    expect(() => importDataset(db(), dataset)).toThrow(/Unknown organisation key "nowhere"/);
    expect(rowCounts()).toEqual(before);
  });

  describe("from the command line", () => {
    const dir = mkdtempSync(join(tmpdir(), "sweetspot-import-"));
    const run = (file: string) =>
      spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "seed/import.ts", file], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: join(dir, "cli.db"), INIT_CWD: ROOT },
        encoding: "utf8",
      });

    it("imports, reports the counts, and matches by key the second time", () => {
      const first = run(DEV);
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      expect(first.stdout).toContain(
        `Imported ${DEV}: organisations 112 created, 0 updated; challenges 25 created, 0 updated; products 120 created, 0 updated.`,
      );
      const second = run(DEV);
      expect(second.status).toBe(0);
      expect(second.stdout).toContain("organisations 0 created, 112 updated; challenges 0 created, 25 updated; products 0 created, 120 updated.");
    }, 60_000);

    it("lists at most 50 errors, says nothing was imported, and exits 1", () => {
      const copy = dev();
      for (const p of copy.products) p.trl = 12;
      const file = join(dir, "broken.json");
      writeFileSync(file, JSON.stringify(copy));
      const result = run(file);
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toBe(`Cannot import ${file}: 120 errors.`);
      expect(lines.filter((l) => l.startsWith("  - products["))).toHaveLength(50);
      expect(lines.slice(-2)).toEqual(["  …and 70 more", "Nothing was imported."]);
    }, 60_000);
  });
});

describe("organisations already in the database", () => {
  const dataset = (organisations: object[]) => ({ format: "sweetspot-dataset/1", organisations, challenges: [], products: [] });

  it("adopts one of the same name (say, from sign-up) rather than duplicating it", () => {
    const existing = createOrganisation({ name: "Adopted Care Ltd", kind: "care_provider" });
    const result = validateDataset(dataset([{ key: "adopted-care", name: "Adopted Care Ltd", kind: "care_provider", place: "wakefield" }]), db());
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(importDataset(db(), result.dataset).organisations).toEqual({ created: 0, updated: 1 });
    expect(db().select().from(organisations).where(eq(organisations.id, existing.id)).get()).toMatchObject({ key: "adopted-care", place: "wakefield" });
  });

  it("refuses to rename one to a name another already has", () => {
    createOrganisation({ name: "Taken Name Trust" });
    createOrganisation({ key: "renamed", name: "Old Name Trust" });
    const result = validateDataset(dataset([{ key: "renamed", name: "Taken Name Trust", kind: "nhs_trust", place: "leeds" }]), db());
    expect(result).toEqual({ ok: false, errors: ['organisations[0] (key "renamed").name: "Taken Name Trust" already belongs to another organisation in the database'] });
  });
});
