// Emails from the inbox, sent outside any transaction: each notification as it happens for
// people who chose "immediate", a digest for those who chose "weekly". A notification is
// marked emailed only after the transport accepted it, so a failure is retried later rather
// than lost; the mail lease keeps two processes from sending the same one. (A crash between
// the send and the mark can still send one twice: the only alternative is risking a loss.)
// Notifications read in the inbox before their email went out are not emailed.
import { and, asc, eq, inArray, isNull, min, type SQL } from "drizzle-orm";
import { getDb, type Db } from "../../db/client.server";
import { notifications, users } from "../../db/schema";
import { digestEmail, immediateEmail, type EmailedNotification, type EmailText } from "../domain/notification-emails";
import { acquireLease, newHolder, releaseLease } from "../../db/leases";
import { MailRefusedError, siteAddress, type MailTransport } from "./mail.server";

export const DIGEST_INTERVAL_MS = 7 * 24 * 60 * 60_000;
const LEASE = "mail";
const BATCH = 200;

/** Per person, when to try again after the mail server refused their email. In memory: a
 * restart simply tries sooner. */
export class RefusedRecipients {
  private next = new Map<number, { failures: number; at: number }>();
  waiting(userId: number, now: Date) {
    return (this.next.get(userId)?.at ?? 0) > now.getTime();
  }
  refused(userId: number, now: Date) {
    const failures = (this.next.get(userId)?.failures ?? 0) + 1;
    this.next.set(userId, { failures, at: now.getTime() + Math.min(60_000 * 2 ** failures, 6 * 60 * 60_000) });
  }
  accepted(userId: number) {
    this.next.delete(userId);
  }
}

export type DeliveryOptions = {
  transport: MailTransport;
  db?: Db;
  now?: () => Date;
  /** The site's address for links; from the configuration if not given. */
  site?: string;
  refusals?: RefusedRecipients;
};

export type DeliveryReport = {
  sent: number;
  refused: number;
  /** Why sending stopped (the transport is down), or null. */
  error: string | null;
  /** False if another process was sending: nothing was done. */
  leased: boolean;
};

type Recipient = { userId: number; email: string; name: string };

/** The unsent, unread notifications, with who they are for. */
function pending(db: Db, where: SQL) {
  return db
    .select({ id: notifications.id, title: notifications.title, body: notifications.body, createdAt: notifications.createdAt, userId: users.id, email: users.email, name: users.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt), where))
    .orderBy(asc(notifications.id));
}

/** One email per notification, for everyone who chose "immediate". */
export function sendImmediateEmails(options: DeliveryOptions): Promise<DeliveryReport> {
  return deliverAll(options, (db) =>
    pending(db, eq(users.emailPreference, "immediate"))
      .limit(BATCH)
      .all()
      .map((n) => ({ to: n, covers: [n], compose: ([one]) => immediateEmail(n.name, one, site(options)) })),
  );
}

/** One digest per person who chose "weekly", once their oldest unsent notification is a week
 * old (so nobody gets more than one a week); with `all`, everyone with anything unsent now. */
export function sendWeeklyDigests(options: DeliveryOptions & { all?: boolean }): Promise<DeliveryReport> {
  return deliverAll(options, (db, now) => {
    const weekAgo = new Date(now.getTime() - DIGEST_INTERVAL_MS);
    const people = db
      .select({ userId: notifications.userId, oldest: min(notifications.createdAt) })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt), eq(users.emailPreference, "weekly")))
      .groupBy(notifications.userId)
      .all()
      .filter((p) => options.all || (p.oldest !== null && p.oldest <= weekAgo));
    return people.map((person) => {
      const ns = pending(db, eq(users.id, person.userId)).all();
      return { to: ns[0], covers: ns, compose: (still: EmailedNotification[]) => digestEmail(ns[0].name, still, site(options)) };
    });
  });
}

type Email = { to: Recipient; covers: EmailedNotification[]; compose: (still: EmailedNotification[]) => EmailText };

/** Sends what `find` returns, holding the mail lease (taken only when there is something to
 * send). Each email is marked sent once the transport has accepted it; sending stops at the
 * first failure of the transport itself. */
async function deliverAll(options: DeliveryOptions, find: (db: Db, now: Date) => Email[]): Promise<DeliveryReport> {
  const db = options.db ?? getDb();
  const now = options.now ?? (() => new Date());
  const refusals = options.refusals ?? new RefusedRecipients();
  const report: DeliveryReport = { sent: 0, refused: 0, error: null, leased: true };
  const emails = find(db, now()).filter((e) => e.covers.length > 0 && !refusals.waiting(e.to.userId, now()));
  if (emails.length === 0) return report;
  const holder = newHolder("mail");
  try {
    for (const email of emails) {
      if (refusals.waiting(email.to.userId, now())) continue;
      // Renewed before each send, so a long run keeps it; and re-read under it, so nothing
      // read or sent meanwhile goes out.
      if (!acquireLease(db, LEASE, holder, now())) return { ...report, leased: false };
      const ids = stillPending(db, email.covers.map((n) => n.id));
      if (ids.length === 0) continue;
      try {
        await options.transport.send({ to: email.to.email, ...email.compose(email.covers.filter((n) => ids.includes(n.id))) });
      } catch (error) {
        if (!(error instanceof MailRefusedError)) return { ...report, error: error instanceof Error ? error.message : String(error) };
        refusals.refused(email.to.userId, now());
        report.refused++;
        continue;
      }
      db.update(notifications).set({ emailedAt: now() }).where(and(inArray(notifications.id, ids), isNull(notifications.emailedAt))).run();
      refusals.accepted(email.to.userId);
      report.sent++;
    }
    return report;
  } finally {
    releaseLease(db, LEASE, holder);
  }
}

function stillPending(db: Db, ids: number[]) {
  return db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(inArray(notifications.id, ids), isNull(notifications.emailedAt), isNull(notifications.readAt)))
    .all()
    .map((r) => r.id);
}

function site(options: DeliveryOptions) {
  return options.site ?? siteAddress();
}
