// Filtered, sorted, paginated lists of challenges and products. The JSON-array filters use
// SQLite's json_each, so they stay here in db/ (docs/decisions/0006).
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "./client.server";
import { challenges, organisations, products } from "./schema";

export type Page = { page: number; pageSize: number };

/** Matches a row whose JSON array column holds any of the values. */
export function jsonArrayHasAny(column: SQLiteColumn, values: readonly string[]): SQL {
  return sql`exists (select 1 from json_each(${column}) where json_each.value in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}))`;
}

export type ChallengeListFilters = {
  clinicalAreas: string[];
  careSettings: string[];
  places: string[];
  statuses: string[];
  organisationId?: number;
  sort: "newest" | "oldest" | "closing" | "title";
} & Page;

const CHALLENGE_ORDER = {
  newest: [desc(sql`coalesce(${challenges.publishedAt}, ${challenges.createdAt})`), desc(challenges.id)],
  oldest: [asc(sql`coalesce(${challenges.publishedAt}, ${challenges.createdAt})`), asc(challenges.id)],
  closing: [asc(sql`${challenges.closingDate} is null`), asc(challenges.closingDate), desc(challenges.id)],
  title: [asc(sql`${challenges.title} collate nocase`), asc(challenges.id)],
} as const;

export function challengeConditions(f: Omit<ChallengeListFilters, "sort" | "page" | "pageSize">) {
  const conditions: SQL[] = [];
  if (f.statuses.length) conditions.push(inArray(challenges.status, f.statuses as never[]));
  if (f.places.length) conditions.push(inArray(challenges.place, f.places as never[]));
  if (f.clinicalAreas.length) conditions.push(jsonArrayHasAny(challenges.clinicalAreas, f.clinicalAreas));
  if (f.careSettings.length) conditions.push(jsonArrayHasAny(challenges.careSettings, f.careSettings));
  if (f.organisationId !== undefined) conditions.push(eq(challenges.organisationId, f.organisationId));
  return and(...conditions);
}

export function listChallenges(db: DbOrTx, f: ChallengeListFilters) {
  const where = challengeConditions(f);
  const total = db.select({ n: count() }).from(challenges).where(where).get()!.n;
  const rows = db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      clinicalAreas: challenges.clinicalAreas,
      careSettings: challenges.careSettings,
      place: challenges.place,
      status: challenges.status,
      closingDate: challenges.closingDate,
      publishedAt: challenges.publishedAt,
      updatedAt: challenges.updatedAt,
      organisationName: organisations.name,
    })
    .from(challenges)
    .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
    .where(where)
    .orderBy(...CHALLENGE_ORDER[f.sort])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .all();
  return { rows, total };
}

export type ProductListFilters = {
  clinicalAreas: string[];
  careSettings: string[];
  places: string[];
  technologyTypes: string[];
  deviceClasses: string[];
  esfTiers: string[];
  trlMin?: number;
  trlMax?: number;
  statuses: string[];
  organisationId?: number;
  investorVisibleOnly?: boolean;
  sort: "newest" | "name" | "readiness";
} & Page;

const PRODUCT_ORDER = {
  newest: [desc(sql`coalesce(${products.publishedAt}, ${products.createdAt})`), desc(products.id)],
  name: [asc(sql`${products.name} collate nocase`), asc(products.id)],
  readiness: [desc(products.trl), asc(sql`${products.name} collate nocase`)],
} as const;

export function productConditions(f: Omit<ProductListFilters, "sort" | "page" | "pageSize">) {
  const conditions: SQL[] = [];
  if (f.statuses.length) conditions.push(inArray(products.status, f.statuses as never[]));
  if (f.places.length) conditions.push(inArray(organisations.place, f.places as never[]));
  if (f.technologyTypes.length) conditions.push(inArray(products.technologyType, f.technologyTypes as never[]));
  if (f.deviceClasses.length) conditions.push(inArray(products.deviceClass, f.deviceClasses as never[]));
  if (f.esfTiers.length) conditions.push(inArray(products.esfTier, f.esfTiers as never[]));
  if (f.trlMin !== undefined) conditions.push(gte(products.trl, f.trlMin));
  if (f.trlMax !== undefined) conditions.push(lte(products.trl, f.trlMax));
  if (f.clinicalAreas.length) conditions.push(jsonArrayHasAny(products.clinicalAreas, f.clinicalAreas));
  if (f.careSettings.length) conditions.push(jsonArrayHasAny(products.careSettings, f.careSettings));
  if (f.organisationId !== undefined) conditions.push(eq(products.organisationId, f.organisationId));
  if (f.investorVisibleOnly) conditions.push(eq(products.investorVisible, true));
  return and(...conditions);
}

export function listProducts(db: DbOrTx, f: ProductListFilters) {
  const where = productConditions(f);
  const total = db
    .select({ n: count() })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(where)
    .get()!.n;
  const rows = db
    .select({
      id: products.id,
      name: products.name,
      summary: products.summary,
      technologyType: products.technologyType,
      clinicalAreas: products.clinicalAreas,
      careSettings: products.careSettings,
      deviceClass: products.deviceClass,
      ukcaMarked: products.ukcaMarked,
      esfTier: products.esfTier,
      trl: products.trl,
      status: products.status,
      investorVisible: products.investorVisible,
      fundingSought: products.fundingSought,
      publishedAt: products.publishedAt,
      updatedAt: products.updatedAt,
      organisationName: organisations.name,
      place: organisations.place,
    })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(where)
    .orderBy(...PRODUCT_ORDER[f.sort])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .all();
  return { rows, total };
}

// Every matching row, in the list's order, with the fields an export needs (no page).
export function listAllChallenges(db: DbOrTx, f: Omit<ChallengeListFilters, "page" | "pageSize">) {
  return db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      place: challenges.place,
      clinicalAreas: challenges.clinicalAreas,
      careSettings: challenges.careSettings,
      mustHaves: challenges.mustHaves,
      peopleAffectedPerYear: challenges.peopleAffectedPerYear,
      inequalitiesFocus: challenges.inequalitiesFocus,
      fundingRoute: challenges.fundingRoute,
      status: challenges.status,
      closingDate: challenges.closingDate,
      submittedAt: challenges.submittedAt,
      publishedAt: challenges.publishedAt,
      createdAt: challenges.createdAt,
      updatedAt: challenges.updatedAt,
    })
    .from(challenges)
    .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
    .where(challengeConditions(f))
    .orderBy(...CHALLENGE_ORDER[f.sort])
    .all();
}

export function listAllProducts(db: DbOrTx, f: Omit<ProductListFilters, "page" | "pageSize">) {
  return db
    .select({
      id: products.id,
      name: products.name,
      summary: products.summary,
      organisationName: organisations.name,
      place: organisations.place,
      technologyType: products.technologyType,
      clinicalAreas: products.clinicalAreas,
      careSettings: products.careSettings,
      deviceClass: products.deviceClass,
      ukcaMarked: products.ukcaMarked,
      processesPatientData: products.processesPatientData,
      dtacPassed: products.dtacPassed,
      esfTier: products.esfTier,
      trl: products.trl,
      features: products.features,
      investorVisible: products.investorVisible,
      fundingSought: products.fundingSought,
      priceModel: products.priceModel,
      status: products.status,
      publishedAt: products.publishedAt,
      createdAt: products.createdAt,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(productConditions(f))
    .orderBy(...PRODUCT_ORDER[f.sort])
    .all();
}
