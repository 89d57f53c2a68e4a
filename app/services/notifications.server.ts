// The in-app inbox. `notify` only inserts rows, synchronously, so any service can call it
// inside its own transaction: the notification exists exactly when the change it reports does.
// Emails are sent later from these rows (notification-emails.server.ts), never inside a
// transaction.
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "../../db/client.server";
import { notifications, users } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { notFound } from "./errors.server";

/** What a notification is about; each kind has a label below. */
export type NotificationKind =
  | "new-challenge-match"
  | "new-product-match"
  | "match-proposed"
  | "match-message"
  | "match-accepted"
  | "match-declined"
  | "trial-decision"
  | "trial-message"
  | "trial-started"
  | "trial-site-added"
  | "trial-gate-overdue"
  | "trial-gate-ready"
  | "trial-returned"
  | "trial-incident"
  | "evidence-requested";

export const KIND_LABELS: Record<NotificationKind, string> = {
  "new-challenge-match": "New challenge for your product",
  "new-product-match": "New product for your challenge",
  "match-proposed": "Match proposed to you",
  "match-message": "New message on a match",
  "match-accepted": "Match accepted: a trial has started",
  "match-declined": "Match declined",
  "trial-decision": "Trial gate decision",
  "trial-message": "New message on a trial",
  "trial-started": "A trial has started",
  "trial-site-added": "Added as a host site",
  "trial-gate-overdue": "Overdue gate decision",
  "trial-gate-ready": "Gate ready for a decision",
  "trial-returned": "Returned with changes needed",
  "trial-incident": "Safety incident reported",
  "evidence-requested": "Evidence requested",
};

export type EmailPreference = "immediate" | "weekly";

export type NotifyInput = ({ userIds: readonly number[] } | { organisationId: number }) & {
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path on this site, such as /challenges/12. */
  link: string;
  /** Someone not to tell, usually the person whose action this reports. */
  exceptUserId?: number;
};

/** Adds a notification for each user named, or each member of the organisation. Returns who
 * was notified. Synchronous: call it inside the transaction of the change it reports. */
export function notify(tx: DbOrTx, input: NotifyInput): number[] {
  if (!/^\/(?![/\\])/.test(input.link)) throw new Error(`A notification links to a path on this site, not ${input.link}`);
  const recipients =
    "organisationId" in input
      ? tx.select({ id: users.id }).from(users).where(eq(users.organisationId, input.organisationId)).all().map((u) => u.id)
      : [...new Set(input.userIds)];
  const userIds = recipients.filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return [];
  const { kind, title, body, link } = input;
  tx.insert(notifications)
    .values(userIds.map((userId) => ({ userId, kind, title, body, link })))
    .run();
  return userIds;
}

export const INBOX_PAGE_SIZE = 25;

/** A page of the user's notifications, newest first. */
export function listNotifications(userId: number, page = 1) {
  const db = getDb();
  const mine = eq(notifications.userId, userId);
  const total = db.select({ n: count() }).from(notifications).where(mine).get()!.n;
  const items = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.id))
    .limit(INBOX_PAGE_SIZE)
    .offset((page - 1) * INBOX_PAGE_SIZE)
    .all()
    .map((n) => ({ ...n, kindLabel: KIND_LABELS[n.kind as NotificationKind] ?? "Notification" }));
  return { items, total, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), unread: unreadCount(userId) };
}

export function unreadCount(userId: number, db: DbOrTx = getDb()): number {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

/** Marks one of the user's own notifications read and returns where it points. Anyone
 * else's notification is "not found", so ids cannot be probed. */
export function openNotification(userId: number, notificationId: number): string {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ link: notifications.link, readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
      .get();
    if (!row) notFound("We could not find that notification.");
    if (!row.readAt) markReadIn(tx, userId, [notificationId]);
    return row.link;
  });
}

/** Marks one of the user's own notifications read; false if there is no such notification. */
export function markRead(userId: number, notificationId: number): boolean {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
      .get();
    if (!row) return false;
    if (!row.readAt) markReadIn(tx, userId, [notificationId]);
    return true;
  });
}

/** Marks all the user's unread notifications read; returns how many there were. */
export function markAllRead(userId: number): number {
  return getDb().transaction((tx) => {
    const ids = tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .all()
      .map((r) => r.id);
    if (ids.length) markReadIn(tx, userId, ids);
    return ids.length;
  });
}

function markReadIn(tx: DbOrTx, userId: number, ids: number[]) {
  tx.update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)))
    .run();
  recordAudit(tx, {
    actorUserId: userId,
    action: "notifications.read",
    entityType: "user",
    entityId: userId,
    detail: ids.length === 1 ? { notificationId: ids[0] } : { count: ids.length },
  });
}

export function getEmailPreference(userId: number): EmailPreference {
  return getDb().select({ p: users.emailPreference }).from(users).where(eq(users.id, userId)).get()?.p ?? "immediate";
}

export function setEmailPreference(userId: number, preference: EmailPreference) {
  getDb().transaction((tx) => {
    const current = tx.select({ p: users.emailPreference }).from(users).where(eq(users.id, userId)).get();
    if (!current) notFound();
    if (current.p === preference) return;
    tx.update(users).set({ emailPreference: preference }).where(eq(users.id, userId)).run();
    recordAudit(tx, {
      actorUserId: userId,
      action: "user.email-preference-changed",
      entityType: "user",
      entityId: userId,
      fromState: current.p,
      toState: preference,
    });
  });
}
