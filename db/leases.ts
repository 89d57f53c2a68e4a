// One holder at a time per named job, across processes. A lease expires, so a holder that
// crashed delays the others by at most LEASE_MS. Used by the search sync and the mail sender.
import { randomUUID } from "node:crypto";
import { and, eq, lt, or } from "drizzle-orm";
import type { Db } from "./client.server";
import { workerLeases } from "./schema";

export const LEASE_MS = 2 * 60_000;

export function newHolder(label: string) {
  return `${label}:${process.pid}:${randomUUID()}`;
}

/** Takes or renews the lease; false while another holder's lease is current. */
export function acquireLease(db: Db, name: string, holder: string, now = new Date()): boolean {
  return db.transaction((tx) => {
    const expiresAt = new Date(now.getTime() + LEASE_MS);
    tx.insert(workerLeases)
      .values({ name, holder, expiresAt })
      .onConflictDoUpdate({
        target: workerLeases.name,
        set: { holder, expiresAt },
        setWhere: or(eq(workerLeases.holder, holder), lt(workerLeases.expiresAt, now)),
      })
      .run();
    return tx.select({ holder: workerLeases.holder }).from(workerLeases).where(eq(workerLeases.name, name)).get()?.holder === holder;
  });
}

export function releaseLease(db: Db, name: string, holder: string) {
  db.delete(workerLeases).where(and(eq(workerLeases.name, name), eq(workerLeases.holder, holder))).run();
}
