// The search outbox: every write to a challenge or product adds a row here in its own
// transaction, and search/sync.ts pushes the rows to the engine later. A row only says
// "this record changed"; what the index should hold is read from the record at push time.
import { asc, count, desc, eq, isNotNull, min } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { challenges, products, searchOutbox } from "../db/schema";
import type { IndexName } from "./port";

/** Call inside the transaction that changes the record(s), next to recordAudit. */
export function enqueueSearchUpdate(tx: DbOrTx, index: IndexName, ids: number | readonly number[]) {
  const list = typeof ids === "number" ? [ids] : [...new Set(ids)];
  if (list.length === 0) return;
  tx.insert(searchOutbox)
    .values(list.map((recordId) => ({ indexName: index, recordId })))
    .run();
  announceOutboxWrite();
}

/** Documents carry their organisation's name and place: re-push them all when those change. */
export function enqueueOrganisationRecords(tx: DbOrTx, organisationId: number) {
  const ofOrg = <T extends typeof challenges | typeof products>(table: T) =>
    tx.select({ id: table.id }).from(table).where(eq(table.organisationId, organisationId)).all().map((r) => r.id);
  enqueueSearchUpdate(tx, "challenges", ofOrg(challenges));
  enqueueSearchUpdate(tx, "products", ofOrg(products));
}

export type OutboxLag = {
  /** Rows waiting, one per write (several may name the same record). */
  pending: number;
  oldestAt: Date | null;
  /** Rows that have failed at least once. */
  failing: number;
  lastError: string | null;
};

export function outboxLag(db: DbOrTx): OutboxLag {
  const totals = db
    .select({ pending: count(), oldestAt: min(searchOutbox.createdAt) })
    .from(searchOutbox)
    .get()!;
  const failing = db.select({ n: count() }).from(searchOutbox).where(isNotNull(searchOutbox.lastError)).get()!.n;
  // The failure scheduled furthest ahead is the one most recently recorded.
  const last = db
    .select({ lastError: searchOutbox.lastError })
    .from(searchOutbox)
    .where(isNotNull(searchOutbox.lastError))
    .orderBy(desc(searchOutbox.nextAttemptAt), desc(searchOutbox.id))
    .limit(1)
    .get();
  return {
    pending: totals.pending,
    oldestAt: totals.oldestAt,
    failing,
    lastError: last?.lastError ?? null,
  };
}

/** When the next row falls due, or null if the outbox is empty. */
export function nextDueAt(db: DbOrTx): Date | null {
  const row = db.select({ at: searchOutbox.nextAttemptAt }).from(searchOutbox).orderBy(asc(searchOutbox.nextAttemptAt)).limit(1).get();
  return row?.at ?? null;
}

// Writers wake the worker so a change is searchable in moments, not at the next poll. The
// listeners live on globalThis because the built app and the start script each load their own
// copy of this module in the one server process.
const KEY = Symbol.for("sweetspot.search-outbox.listeners");
type Registry = { listeners: Set<() => void>; announced: boolean };
const registry = (): Registry => ((globalThis as { [KEY]?: Registry })[KEY] ??= { listeners: new Set(), announced: false });

/** Runs `listener` soon after outbox writes (once their transaction has ended). */
export function onOutboxWrite(listener: () => void): () => void {
  registry().listeners.add(listener);
  return () => void registry().listeners.delete(listener);
}

function announceOutboxWrite() {
  const current = registry();
  if (current.listeners.size === 0 || current.announced) return;
  current.announced = true;
  // setImmediate: the synchronous transaction has committed (or rolled back) by then, and a
  // bulk import announces once.
  setImmediate(() => {
    current.announced = false;
    current.listeners.forEach((listener) => listener());
  });
}
