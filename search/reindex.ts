// Rebuilds both indexes from the database: applies the settings, empties the indexes, sends
// every public record, and clears the outbox rows the snapshot covered. Searches made while
// it runs see a partly filled index for a few seconds.
import { lte, max } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { searchOutbox } from "../db/schema";
import { challengeDocuments, productDocuments } from "./from-database";
import { acquireLease, newHolder, releaseLease } from "./lease";
import type { SearchEngine } from "./port";
import { isIndexable } from "./sync";

const CHUNK = 1000;

export type ReindexReport = { challenges: number; products: number } | { leased: false };

export async function reindexAll(engine: SearchEngine, { db }: { db: Db }): Promise<ReindexReport> {
  const holder = newHolder("reindex");
  if (!acquireLease(db, holder)) return { leased: false };
  try {
    await engine.configure();
    const snapshot = db.transaction((tx) => ({
      maxId: tx.select({ id: max(searchOutbox.id) }).from(searchOutbox).get()?.id ?? 0,
      challenges: challengeDocuments(tx).filter(isIndexable.challenges),
      products: productDocuments(tx).filter(isIndexable.products),
    }));
    await engine.clear("challenges");
    await engine.clear("products");
    for (let i = 0; i < snapshot.challenges.length; i += CHUNK) {
      acquireLease(db, holder);
      await engine.upsert("challenges", snapshot.challenges.slice(i, i + CHUNK));
    }
    for (let i = 0; i < snapshot.products.length; i += CHUNK) {
      acquireLease(db, holder);
      await engine.upsert("products", snapshot.products.slice(i, i + CHUNK));
    }
    // Rows written after the snapshot stay, for the next sync.
    db.delete(searchOutbox).where(lte(searchOutbox.id, snapshot.maxId)).run();
    return { challenges: snapshot.challenges.length, products: snapshot.products.length };
  } finally {
    releaseLease(db, holder);
  }
}
