import type { DbOrTx } from "../../db/client.server";
import { auditEvents } from "../../db/schema";

export type AuditInput = {
  actorUserId: number | null;
  action: string;
  entityType: "organisation" | "user" | "challenge" | "product" | "session" | "match" | "trial";
  entityId: number | string;
  fromState?: string | null;
  toState?: string | null;
  detail?: Record<string, unknown>;
};

/** Call inside the same transaction as the change it records. */
export function recordAudit(tx: DbOrTx, event: AuditInput) {
  tx.insert(auditEvents)
    .values({
      actorUserId: event.actorUserId,
      action: event.action,
      entityType: event.entityType,
      entityId: String(event.entityId),
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      detail: event.detail ?? null,
    })
    .run();
}
