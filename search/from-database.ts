// Search documents built from the database's current rows, whatever their status: the sync
// decides what the index may hold, matching reads a draft's document to match it.
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { challenges, organisations, products } from "../db/schema";
import { challengeDocument, productDocument, type ChallengeDocument, type ProductDocument } from "./documents";

// Well under SQLite's limit on bound parameters, so any number of ids can be asked for.
const CHUNK = 500;

/** Every challenge's document, or those of `ids` that exist (unknown ids are left out), by id. */
export function challengeDocuments(db: DbOrTx, ids?: readonly number[]): ChallengeDocument[] {
  const query = (where?: readonly number[]) =>
    db
      .select({ row: challenges, owner: { name: organisations.name, place: organisations.place } })
      .from(challenges)
      .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
      .where(where ? inArray(challenges.id, [...where]) : undefined)
      .orderBy(asc(challenges.id))
      .all()
      .map(({ row, owner }) => challengeDocument(row, owner));
  return ids ? inChunks(ids, query) : query();
}

/** Every product's document, or those of `ids` that exist (unknown ids are left out), by id. */
export function productDocuments(db: DbOrTx, ids?: readonly number[]): ProductDocument[] {
  const query = (where?: readonly number[]) =>
    db
      .select({ row: products, owner: { name: organisations.name, place: organisations.place } })
      .from(products)
      .innerJoin(organisations, eq(organisations.id, products.organisationId))
      .where(where ? inArray(products.id, [...where]) : undefined)
      .orderBy(asc(products.id))
      .all()
      .map(({ row, owner }) => productDocument(row, owner));
  return ids ? inChunks(ids, query) : query();
}

function inChunks<D>(ids: readonly number[], query: (ids: readonly number[]) => D[]): D[] {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const out: D[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...query(unique.slice(i, i + CHUNK)));
  return out;
}
