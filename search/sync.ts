// Pushes the outbox to the search engine. Each batch reads its due rows and the current
// documents of the records they name in one snapshot, pushes them (no transaction is open while
// it waits), then deletes the rows the snapshot covered. A write made meanwhile adds a newer
// row, which stays for the next batch: nothing is lost, and a replayed row only re-sends the
// same document under the same id, so nothing is duplicated.
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.server";
import { searchOutbox } from "../db/schema";
import { can } from "../app/domain/permissions";
import type { ChallengeDocument, ProductDocument } from "./documents";
import { challengeDocuments, productDocuments } from "./from-database";
import { acquireLease, newHolder, releaseLease } from "./lease";
import type { IndexName, SearchEngine } from "./port";

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s … after each failure, never more than five minutes. */
export function backoffMs(attemptsSoFar: number) {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.min(attemptsSoFar, 30), BACKOFF_CAP_MS);
}

// The index holds only what anyone may see, so a query that forgot its status filter still
// could not show a draft, and no draft leaves our database. Everything else is removed.
export const isIndexable = {
  challenges: (doc: ChallengeDocument) => can(null, "challenge:view", doc),
  products: (doc: ProductDocument) => can(null, "product:view", doc),
};

export type SyncOptions = {
  db: Db;
  /** Rows per batch. */
  batchSize?: number;
  /** The clock, so tests can step past a back-off without waiting. */
  now?: () => Date;
  /** Runs before a batch is pushed (configure the engine here); if it throws, the batch fails
   * like a push would, so its rows record the error and back off. */
  beforePush?: () => Promise<void>;
};

export type SyncReport = {
  /** Records sent to the engine. */
  upserted: number;
  /** Records removed from the index (gone, or no longer public). */
  removed: number;
  /** Records whose push failed and will be retried after a back-off. */
  failed: number;
  /** The last failure's message, if any. */
  error: string | null;
  /** False if another process holds the lease: nothing was done. */
  leased: boolean;
};

type Group =
  | { index: "challenges"; op: "upsert"; ids: number[]; documents: ChallengeDocument[] }
  | { index: "products"; op: "upsert"; ids: number[]; documents: ProductDocument[] }
  | { index: IndexName; op: "remove"; ids: number[] };
type Plan = { rows: { id: number; attempts: number; indexName: IndexName; recordId: number }[]; maxId: number; groups: Group[] };

/** Pushes until nothing is due or a push fails (the failed rows then wait their back-off). */
export async function syncOutbox(engine: SearchEngine, options: SyncOptions): Promise<SyncReport> {
  const holder = newHolder("sync");
  const now = options.now ?? (() => new Date());
  const report: SyncReport = { upserted: 0, removed: 0, failed: 0, error: null, leased: true };
  try {
    for (;;) {
      // Renewed each batch, so a long catch-up keeps it.
      if (!acquireLease(options.db, holder, now())) return { ...report, leased: false };
      const batch = await pushBatch(engine, options, now());
      if (!batch) return report;
      report.upserted += batch.upserted;
      report.removed += batch.removed;
      report.failed += batch.failed;
      if (batch.error) return { ...report, error: batch.error };
    }
  } finally {
    releaseLease(options.db, holder);
  }
}

async function pushBatch(engine: SearchEngine, { db, batchSize = 500, beforePush }: SyncOptions, now: Date) {
  // One read transaction: the rows and the documents come from the same snapshot.
  const plan = db.transaction((tx) => planBatch(tx, batchSize, now));
  if (!plan) return null;
  const outcome = { upserted: 0, removed: 0, failed: 0, error: null as string | null };
  try {
    await beforePush?.();
  } catch (error) {
    outcome.error = message(error);
  }
  const done: Group[] = [];
  const failed: Group[] = [];
  for (const group of plan.groups) {
    // After one failure the engine is most likely down: the rest wait with it.
    if (outcome.error === null) {
      try {
        await push(engine, group);
        done.push(group);
        outcome[group.op === "upsert" ? "upserted" : "removed"] += group.ids.length;
        continue;
      } catch (error) {
        outcome.error = message(error);
      }
    }
    failed.push(group);
    outcome.failed += group.ids.length;
  }
  db.transaction((tx) => {
    for (const group of done) {
      // Every row for these records up to the snapshot is covered, due or still backing off.
      tx.delete(searchOutbox)
        .where(and(eq(searchOutbox.indexName, group.index), inArray(searchOutbox.recordId, group.ids), lte(searchOutbox.id, plan.maxId)))
        .run();
    }
    const failedKeys = new Set(failed.flatMap((g) => g.ids.map((id) => `${g.index}:${id}`)));
    for (const row of plan.rows) {
      if (!failedKeys.has(`${row.indexName}:${row.recordId}`)) continue;
      tx.update(searchOutbox)
        .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)), lastError: outcome.error?.slice(0, 1000) })
        .where(eq(searchOutbox.id, row.id))
        .run();
    }
  });
  return outcome;
}

function planBatch(db: DbOrTx, batchSize: number, now: Date): Plan | null {
  const rows = db
    .select({ id: searchOutbox.id, attempts: searchOutbox.attempts, indexName: searchOutbox.indexName, recordId: searchOutbox.recordId })
    .from(searchOutbox)
    .where(lte(searchOutbox.nextAttemptAt, now))
    .orderBy(asc(searchOutbox.id))
    .limit(batchSize)
    .all();
  if (rows.length === 0) return null;
  const idsOf = (index: IndexName) => [...new Set(rows.filter((r) => r.indexName === index).map((r) => r.recordId))];
  const challengeIds = idsOf("challenges");
  const productIds = idsOf("products");
  const challenges = challengeDocuments(db, challengeIds).filter(isIndexable.challenges);
  const products = productDocuments(db, productIds).filter(isIndexable.products);
  const kept = (docs: { id: string }[]) => new Set(docs.map((d) => Number(d.id)));
  const keptChallenges = kept(challenges);
  const keptProducts = kept(products);
  const groups: Group[] = [
    { index: "challenges", op: "upsert", ids: [...keptChallenges], documents: challenges },
    { index: "challenges", op: "remove", ids: challengeIds.filter((id) => !keptChallenges.has(id)) },
    { index: "products", op: "upsert", ids: [...keptProducts], documents: products },
    { index: "products", op: "remove", ids: productIds.filter((id) => !keptProducts.has(id)) },
  ];
  return { rows, maxId: Math.max(...rows.map((r) => r.id)), groups: groups.filter((g) => g.ids.length > 0) };
}

function push(engine: SearchEngine, group: Group): Promise<void> {
  if (group.op === "remove") return engine.remove(group.index, group.ids.map(String));
  return group.index === "challenges" ? engine.upsert("challenges", group.documents) : engine.upsert("products", group.documents);
}

/** The error's message and its root cause ("connect ECONNREFUSED …", "<timeout>"), which the
 * admin page shows and the client's own message leaves out. */
export function message(error: unknown): string {
  let root = error;
  for (let depth = 0; root instanceof Error && root.cause instanceof Error && depth < 5; depth++) root = root.cause;
  const outer = error instanceof Error ? error.message : String(error);
  const inner = root !== error && root instanceof Error ? root.message : "";
  return inner && !outer.includes(inner) ? `${outer} (${inner})` : outer;
}
