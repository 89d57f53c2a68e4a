import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { auditEvents, users } from "../../db/schema";

export type HistoryEntry = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  fromState: string | null;
  toState: string | null;
  note: string | null;
};

/** A record's audit trail, oldest first, as its owner and the leadership group see it. */
export function getHistory(entityType: "challenge" | "product", entityId: number): HistoryEntry[] {
  return getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      fromState: auditEvents.fromState,
      toState: auditEvents.toState,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(asc(auditEvents.id))
    .all()
    .map(({ detail, ...e }) => ({ ...e, note: typeof detail?.note === "string" ? detail.note : null }));
}
