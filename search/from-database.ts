// Search documents built from the database's current rows, whatever their status: the sync
// decides what the index may hold, matching reads a draft's document to match it.
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { challenges, organisations, products } from "../db/schema";
import { challengeDocument, productDocument, type ChallengeDocument, type ProductDocument } from "./documents";

/** The ids as one JSON parameter, so any number can be asked for in one prepared statement. */
const idIn = (column: typeof challenges.id | typeof products.id) => sql`${column} in (select value from json_each(${sql.placeholder("ids")}))`;

function challengeQuery(db: DbOrTx) {
  return db
    .select({ row: challenges, owner: { name: organisations.name, place: organisations.place } })
    .from(challenges)
    .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
    .orderBy(asc(challenges.id));
}

function productQuery(db: DbOrTx) {
  return db
    .select({ row: products, owner: { name: organisations.name, place: organisations.place } })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .orderBy(asc(products.id));
}

// Matching reads its candidates on every request: a statement prepared once per connection
// saves building and preparing the query each time (about 2 ms for 85 products).
const preparedChallenges = new WeakMap<DbOrTx, ReturnType<typeof prepareChallenges>>();
const preparedProducts = new WeakMap<DbOrTx, ReturnType<typeof prepareProducts>>();
const prepareChallenges = (db: DbOrTx) => challengeQuery(db).where(idIn(challenges.id)).prepare();
const prepareProducts = (db: DbOrTx) => productQuery(db).where(idIn(products.id)).prepare();

function cached<P>(cache: WeakMap<DbOrTx, P>, db: DbOrTx, prepare: (db: DbOrTx) => P): P {
  let statement = cache.get(db);
  if (!statement) cache.set(db, (statement = prepare(db)));
  return statement;
}

/** Every challenge's document, or those of `ids` that exist (unknown ids are left out), by id. */
export function challengeDocuments(db: DbOrTx, ids?: readonly number[]): ChallengeDocument[] {
  const rows = ids ? cached(preparedChallenges, db, prepareChallenges).all({ ids: JSON.stringify(ids) }) : challengeQuery(db).all();
  return rows.map(({ row, owner }) => challengeDocument(row, owner));
}

/** Every product's document, or those of `ids` that exist (unknown ids are left out), by id. */
export function productDocuments(db: DbOrTx, ids?: readonly number[]): ProductDocument[] {
  const rows = ids ? cached(preparedProducts, db, prepareProducts).all({ ids: JSON.stringify(ids) }) : productQuery(db).all();
  return rows.map(({ row, owner }) => productDocument(row, owner));
}
