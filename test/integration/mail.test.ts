import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { notifications, users } from "../../db/schema";
import { parseConfig } from "../../app/config.server";
import { acquireLease, releaseLease } from "../../db/leases";
import { MailRefusedError, fileTransport, mailTransportFromConfig, smtpTransport, type MailTransport, type OutgoingEmail } from "../../app/services/mail.server";
import { DIGEST_INTERVAL_MS, RefusedRecipients, sendImmediateEmails, sendWeeklyDigests } from "../../app/services/notification-emails.server";
import { startNotificationWorker } from "../../app/services/notification-worker.server";
import { notify } from "../../app/services/notifications.server";
import { createUser } from "../support/factories";
import { closedPort, startFakeSmtp } from "../support/smtp";

const db = () => getDb();
const SITE = "https://sweetspot.example.org";
const mailDir = () => join(process.env.DATA_DIR!, "mail");
const emlFiles = () => {
  try {
    return readdirSync(mailDir()).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
};

/** Sends nothing anywhere; remembers what it was given, or fails as told. */
function fakeTransport(fail: (email: OutgoingEmail) => Error | null = () => null): MailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    description: "a fake",
    sent,
    async send(email) {
      const error = fail(email);
      if (error) throw error;
      sent.push(email);
    },
  };
}

async function person(emailPreference: "immediate" | "weekly") {
  const user = await createUser({ role: "innovator" });
  db().update(users).set({ emailPreference }).where(eq(users.id, user.id)).run();
  return user;
}

function tell(userId: number, title: string, createdAt?: Date) {
  return db().transaction((tx) => {
    notify(tx, { userIds: [userId], kind: "new-challenge-match", title, body: `About ${title}.`, link: "/challenges/7" });
    const row = tx.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, userId)).all().at(-1)!;
    if (createdAt) tx.update(notifications).set({ createdAt }).where(eq(notifications.id, row.id)).run();
    return row.id;
  });
}

const emailedAt = (ids: number[]) => db().select({ id: notifications.id, at: notifications.emailedAt }).from(notifications).where(inArray(notifications.id, ids)).all().map((r) => r.at);

// Other tests' notifications would be sent too: each test looks only at its own recipients.
const to = (t: { sent: OutgoingEmail[] }, email: string) => t.sent.filter((m) => m.to === email);

describe("the file transport (no SMTP_HOST)", () => {
  it("writes each email as a readable .eml under DATA_DIR/mail, once", async () => {
    const user = await person("immediate");
    const id = tell(user.id, "A new challenge matches your product NightWatch");
    const before = emlFiles().length;
    const transport = mailTransportFromConfig();
    expect(transport.description).toBe(`files in ${mailDir()}`);

    expect(await sendImmediateEmails({ transport, site: SITE })).toMatchObject({ error: null, leased: true });
    const mine = emlFiles().filter((f) => f.includes(user.email.replace(/[^a-z0-9@.-]/gi, "_")));
    expect(mine).toHaveLength(1);
    const eml = readFileSync(join(mailDir(), mine[0]), "utf8");
    const head = eml.slice(0, eml.indexOf("\n\n"));
    const body = eml.slice(eml.indexOf("\n\n") + 2);
    // Plain ASCII wrapped at 72 columns needs no transfer encoding: the file reads as it is.
    expect(head).toMatch(/^Content-Transfer-Encoding: 7bit$/m);
    expect(body.split("\n").every((line) => line.length <= 76)).toBe(true);
    expect(head).toMatch(/^From: Sweetspot <no-reply@localhost>$/m);
    expect(head).toMatch(new RegExp(`^To: ${user.email}$`, "m"));
    expect(head).toMatch(/^Subject: A new challenge matches your product NightWatch$/m);
    expect(head).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(head).toMatch(/^Date: /m);
    expect(body).toContain(`Hello ${user.name},`);
    expect(body).toContain(`Open it on Sweetspot:\n${SITE}/inbox/${id}\n`);
    expect(body).toContain(`${SITE}/account`);
    expect(emailedAt([id])[0]).toBeInstanceOf(Date);

    await sendImmediateEmails({ transport, site: SITE });
    expect(emlFiles().length).toBe(before + 1);
    // No half-written files left behind.
    expect(readdirSync(mailDir()).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });
});

describe("immediate emails and weekly digests", () => {
  it("emails an immediate person each notification as it comes, and never twice", async () => {
    const user = await person("immediate");
    const ids = [tell(user.id, "One"), tell(user.id, "Two")];
    const transport = fakeTransport();
    await sendImmediateEmails({ transport, site: SITE });
    expect(to(transport, user.email).map((m) => m.subject)).toEqual(["One", "Two"]);
    await sendImmediateEmails({ transport, site: SITE });
    await sendWeeklyDigests({ transport, site: SITE, all: true });
    expect(to(transport, user.email)).toHaveLength(2);
    expect(emailedAt(ids).every(Boolean)).toBe(true);
  });

  it("does not email what was already read in the inbox", async () => {
    const user = await person("immediate");
    const id = tell(user.id, "Seen already");
    db().update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id)).run();
    const transport = fakeTransport();
    await sendImmediateEmails({ transport, site: SITE });
    expect(to(transport, user.email)).toEqual([]);
  });

  it("sends a weekly person one digest once their oldest unsent notification is a week old", async () => {
    const user = await person("weekly");
    const start = new Date();
    const ids = [tell(user.id, "Monday's match", start), tell(user.id, "Thursday's match", new Date(start.getTime() + 3 * 86_400_000))];
    const transport = fakeTransport();
    const at = (ms: number) => () => new Date(start.getTime() + ms);

    await sendImmediateEmails({ transport, site: SITE });
    await sendWeeklyDigests({ transport, site: SITE, now: at(DIGEST_INTERVAL_MS - 60_000) });
    expect(to(transport, user.email)).toEqual([]);

    await sendWeeklyDigests({ transport, site: SITE, now: at(DIGEST_INTERVAL_MS + 60_000) });
    const [digest, ...more] = to(transport, user.email);
    expect(more).toEqual([]);
    expect(digest.subject).toBe("Your Sweetspot weekly digest: 2 notifications");
    expect(digest.text).toContain(`1. Monday's match`);
    expect(digest.text).toContain(`2. Thursday's match`);
    expect(digest.text).toContain(`${SITE}/inbox/${ids[1]}`);
    expect(emailedAt(ids).every(Boolean)).toBe(true);

    await sendWeeklyDigests({ transport, site: SITE, now: at(2 * DIGEST_INTERVAL_MS) });
    expect(to(transport, user.email)).toHaveLength(1);
  });

  it("sends every pending digest at once when asked by hand (npm run mail:digest)", async () => {
    const user = await person("weekly");
    tell(user.id, "Fresh");
    const transport = fakeTransport();
    await sendWeeklyDigests({ transport, site: SITE });
    expect(to(transport, user.email)).toEqual([]);
    await sendWeeklyDigests({ transport, site: SITE, all: true });
    expect(to(transport, user.email).map((m) => m.subject)).toEqual(["Your Sweetspot weekly digest: 1 notification"]);
  });

  it("sends nothing while another process holds the mail lease", async () => {
    const user = await person("immediate");
    tell(user.id, "Wait your turn");
    const transport = fakeTransport();
    expect(acquireLease(db(), "mail", "someone-else")).toBe(true);
    try {
      expect(await sendImmediateEmails({ transport, site: SITE })).toMatchObject({ leased: false, sent: 0 });
      expect(to(transport, user.email)).toEqual([]);
    } finally {
      releaseLease(db(), "mail", "someone-else");
    }
    await sendImmediateEmails({ transport, site: SITE });
    expect(to(transport, user.email)).toHaveLength(1);
  });
});

describe("when sending fails", () => {
  const servers: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it("keeps the notification when the SMTP server is down, and sends it once it is back", async () => {
    const user = await person("immediate");
    const id = tell(user.id, "Sent at last");
    const down = smtpTransport({ host: "127.0.0.1", port: await closedPort(), from: "Sweetspot <no-reply@sweetspot.test>" });
    const failed = await sendImmediateEmails({ transport: down, site: SITE });
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    expect(emailedAt([id])[0]).toBeNull();

    const smtp = await startFakeSmtp();
    servers.push(smtp);
    const up = smtpTransport({ host: "127.0.0.1", port: smtp.port, from: "Sweetspot <no-reply@sweetspot.test>" });
    expect(await sendImmediateEmails({ transport: up, site: SITE })).toMatchObject({ error: null });
    await sendImmediateEmails({ transport: up, site: SITE });
    const delivered = smtp.received.filter((m) => m.to.includes(user.email));
    expect(delivered).toHaveLength(1);
    expect(delivered[0].from).toBe("no-reply@sweetspot.test");
    expect(delivered[0].data).toMatch(/^Subject: Sent at last\r?$/m);
    expect(emailedAt([id])[0]).toBeInstanceOf(Date);
  });

  it("retries a refused recipient later without holding up anyone else", async () => {
    const refusedUser = await person("immediate");
    const fine = await person("immediate");
    const refusedId = tell(refusedUser.id, "For the full mailbox");
    tell(fine.id, "For the working one");
    const smtp = await startFakeSmtp({ refuse: (address) => address === refusedUser.email });
    servers.push(smtp);
    const transport = smtpTransport({ host: "127.0.0.1", port: smtp.port, from: "Sweetspot <no-reply@sweetspot.test>" });
    const refusals = new RefusedRecipients();

    const first = await sendImmediateEmails({ transport, site: SITE, refusals });
    expect(first.error).toBeNull();
    expect(first.refused).toBe(1);
    expect(smtp.received.some((m) => m.to.includes(fine.email))).toBe(true);
    expect(emailedAt([refusedId])[0]).toBeNull();

    // Backing off: not tried again straight away.
    const soon = await sendImmediateEmails({ transport, site: SITE, refusals });
    expect(soon.refused).toBe(0);
    // Later, once the mailbox accepts mail again, it goes exactly once.
    const later = () => new Date(Date.now() + 60 * 60_000);
    const fixed = fakeTransport();
    await sendImmediateEmails({ transport: fixed, site: SITE, refusals, now: later });
    await sendImmediateEmails({ transport: fixed, site: SITE, refusals, now: later });
    expect(to(fixed, refusedUser.email).map((m) => m.subject)).toEqual(["For the full mailbox"]);
  });

  it("classifies a refusal apart from a transport that is down", async () => {
    const user = await person("immediate");
    tell(user.id, "Refused");
    const refusing = fakeTransport(() => new MailRefusedError("550 no such mailbox"));
    expect(await sendImmediateEmails({ transport: refusing, site: SITE })).toMatchObject({ error: null });
    const broken = fakeTransport(() => new Error("disk full"));
    expect(await sendImmediateEmails({ transport: broken, site: SITE })).toMatchObject({ error: "disk full", sent: 0 });
  });
});

describe("the notification worker", () => {
  it("sends emails on its own, backs off while the transport fails, and stops cleanly", async () => {
    const user = await person("immediate");
    tell(user.id, "From the worker");
    let failing = true;
    const transport = fakeTransport(() => (failing ? new Error("mail server down") : null));
    const logs: string[] = [];
    const worker = startNotificationWorker({ transport, engine: () => null, intervalMs: 20, log: (m) => logs.push(m) });
    try {
      await waitFor(() => logs.some((m) => m.includes("mail server down")));
      expect(logs.find((m) => m.startsWith("emails wait"))).toMatch(/next try in 10 s/);
      failing = false;
      // The worker is backing off for 10 s; a new worker (as after a restart) sends at once.
      await worker.stop();
      const again = startNotificationWorker({ transport, engine: () => null, intervalMs: 20, log: (m) => logs.push(m) });
      await waitFor(() => to(transport, user.email).length > 0);
      await again.stop();
      expect(to(transport, user.email)).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it("uses SMTP when SMTP_HOST is set", () => {
    const config = parseConfig({ SMTP_HOST: "smtp.example.org", SMTP_FROM: "s@example.org", APP_URL: "https://s.example.org" });
    expect(mailTransportFromConfig(config).description).toBe("SMTP smtp.example.org:587");
    expect(fileTransport(mailDir()).description).toBe(`files in ${mailDir()}`);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
