// One pusher at a time across processes. Two pushers interleaving could let an older snapshot
// of a record reach the engine after a newer one; the lease rules that out.
import type { Db } from "../db/client.server";
import * as leases from "../db/leases";

const NAME = "search-sync";

export { LEASE_MS, newHolder } from "../db/leases";

/** Takes or renews the lease; false while another holder's lease is current. */
export function acquireLease(db: Db, holder: string, now = new Date()): boolean {
  return leases.acquireLease(db, NAME, holder, now);
}

export function releaseLease(db: Db, holder: string) {
  leases.releaseLease(db, NAME, holder);
}
