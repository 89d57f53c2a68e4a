import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, notifications, users } from "../../db/schema";
import * as root from "../../app/root";
import * as account from "../../app/routes/account";
import * as inbox from "../../app/routes/inbox";
import * as open from "../../app/routes/inbox-open";
import { ROLES } from "../../app/domain/roles";
import { notify, unreadCount } from "../../app/services/notifications.server";
import { createOrganisation, createUser, signedIn } from "../support/factories";
import { call, getRequest, postRequest } from "../support/routes";

const db = () => getDb();
const mine = (userId: number) => db().select().from(notifications).where(eq(notifications.userId, userId)).all();
const one = (id: number) => db().select().from(notifications).where(eq(notifications.id, id)).get()!;
const auditOf = (userId: number, action: string) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, String(userId)), eq(auditEvents.action, action))).all();

function tell(userId: number, title = "A new challenge matches your product NightWatch", link = "/challenges/1") {
  const [id] = db().transaction((tx) => {
    notify(tx, { userIds: [userId], kind: "new-challenge-match", title, body: "Shares: frailty and falls.", link });
    return tx.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, userId)).all().map((r) => r.id).reverse();
  });
  return id;
}

describe("notify", () => {
  it("tells every member of an organisation, except the one named", async () => {
    const org = createOrganisation({ kind: "company" }).id;
    const [a, b, c] = [await createUser({ role: "innovator", organisationId: org }), await createUser({ role: "innovator", organisationId: org }), await createUser({ role: "innovator", organisationId: org })];
    const outsider = await createUser({ role: "innovator" });
    const told = db().transaction((tx) =>
      notify(tx, { organisationId: org, exceptUserId: c.id, kind: "new-challenge-match", title: "T", body: "B", link: "/challenges/9" }),
    );
    expect(told.sort()).toEqual([a.id, b.id].sort());
    expect(mine(a.id)).toHaveLength(1);
    expect(mine(c.id)).toHaveLength(0);
    expect(mine(outsider.id)).toHaveLength(0);
    expect(mine(a.id)[0]).toMatchObject({ kind: "new-challenge-match", title: "T", link: "/challenges/9", readAt: null, emailedAt: null });
  });

  it("rolls back with the transaction it was called in", async () => {
    const user = await createUser({ role: "clinician" });
    expect(() =>
      db().transaction((tx) => {
        notify(tx, { userIds: [user.id], kind: "new-product-match", title: "T", body: "B", link: "/products/1" });
        expect(tx.select().from(notifications).where(eq(notifications.userId, user.id)).all()).toHaveLength(1);
        throw new Error("the change it reports failed");
      }),
    ).toThrow("the change it reports failed");
    expect(mine(user.id)).toHaveLength(0);
  });

  it("refuses links that leave the site", async () => {
    const user = await createUser();
    for (const link of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      expect(() => db().transaction((tx) => notify(tx, { userIds: [user.id], kind: "new-product-match", title: "T", body: "B", link }))).toThrow();
    }
    expect(mine(user.id)).toHaveLength(0);
  });
});

describe("the inbox", () => {
  it("lists the user's own notifications, newest first, and counts the unread in the header", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    const other = await createUser({ role: "innovator" });
    const first = tell(user.id, "First");
    const second = tell(user.id, "Second");
    tell(other.id, "Someone else's");
    const page = await call(inbox.loader, getRequest("/inbox", cookie));
    expect(page.status).toBe(200);
    expect(page.data.items.map((n: { id: number }) => n.id)).toEqual([second, first]);
    expect(page.data).toMatchObject({ unread: 2, total: 2 });
    const header = await call(root.loader, getRequest("/inbox", cookie));
    expect(header.data.inbox).toMatchObject({ to: "/inbox", label: "Inbox (2)", unread: 2 });
  });

  it("has no inbox link for someone signed out", async () => {
    const header = await call(root.loader, getRequest("/"));
    expect(header.data.inbox).toBeNull();
  });

  it("opening one marks it read, audits it, and goes to its record", async () => {
    const { user, cookie } = await signedIn({ role: "clinician" });
    const id = tell(user.id, "Open me", "/products/42");
    const opened = await call(open.loader, getRequest(`/inbox/${id}`, cookie), { params: { notificationId: String(id) } });
    expect(opened.status).toBe(302);
    expect(opened.location).toBe("/products/42");
    expect(one(id).readAt).toBeInstanceOf(Date);
    expect(auditOf(user.id, "notifications.read")).toHaveLength(1);
    // Opening it again changes nothing and writes no second event.
    await call(open.loader, getRequest(`/inbox/${id}`, cookie), { params: { notificationId: String(id) } });
    expect(auditOf(user.id, "notifications.read")).toHaveLength(1);
    expect(unreadCount(user.id)).toBe(0);
  });

  it("marks one as read with a button, and all as read", async () => {
    const { user, cookie } = await signedIn({ role: "leadership" });
    const [a, b, c] = [tell(user.id), tell(user.id), tell(user.id)];
    const marked = await call(inbox.action, postRequest("/inbox", { intent: "mark-read", notificationId: String(a) }, cookie));
    expect(marked).toMatchObject({ status: 302, location: "/inbox" });
    expect(one(a).readAt).not.toBeNull();
    expect(one(b).readAt).toBeNull();
    const all = await call(inbox.action, postRequest("/inbox", { intent: "mark-all-read" }, cookie));
    expect(all).toMatchObject({ status: 302, location: "/inbox" });
    expect([one(b).readAt, one(c).readAt].every(Boolean)).toBe(true);
    expect(auditOf(user.id, "notifications.read").map((e) => e.detail)).toEqual([{ notificationId: a }, { count: 2 }]);
    const again = await call(inbox.action, postRequest("/inbox", { intent: "mark-all-read" }, cookie));
    expect(again.status).toBe(302);
    expect(auditOf(user.id, "notifications.read")).toHaveLength(2);
  });

  it("refuses a form it does not know with a 400", async () => {
    const { cookie } = await signedIn();
    const forms: Record<string, string>[] = [{}, { intent: "delete-everything" }, { intent: "mark-read", notificationId: "abc" }];
    for (const fields of forms) {
      expect((await call(inbox.action, postRequest("/inbox", fields, cookie))).status).toBe(400);
    }
  });

  it("sends a signed-out visitor to sign in, and back", async () => {
    for (const result of [
      await call(inbox.loader, getRequest("/inbox")),
      await call(inbox.action, postRequest("/inbox", { intent: "mark-all-read" })),
      await call(open.loader, getRequest("/inbox/1"), { params: { notificationId: "1" } }),
    ]) {
      expect(result.status).toBe(302);
      expect(result.location).toMatch(/^\/sign-in\?redirectTo=%2Finbox/);
    }
  });
});

describe("nobody reads or marks someone else's notifications", () => {
  it.each(ROLES)("as %s: someone else's notification is not found, and stays unread", async (role) => {
    const owner = await createUser({ role: "innovator" });
    const id = tell(owner.id, "Private to its owner");
    const { cookie } = await signedIn({ role });

    const opened = await call(open.loader, getRequest(`/inbox/${id}`, cookie), { params: { notificationId: String(id) } });
    expect(opened.status).toBe(404);
    const marked = await call(inbox.action, postRequest("/inbox", { intent: "mark-read", notificationId: String(id) }, cookie));
    expect(marked.status).toBe(404);
    await call(inbox.action, postRequest("/inbox", { intent: "mark-all-read" }, cookie));
    const listed = await call(inbox.loader, getRequest("/inbox", cookie));
    expect(listed.data.items).toEqual([]);

    expect(one(id).readAt).toBeNull();
    expect(auditOf(owner.id, "notifications.read")).toHaveLength(0);
  });
});

describe("the email preference on the account page", () => {
  const preference = (id: number) => db().select({ p: users.emailPreference }).from(users).where(eq(users.id, id)).get()!.p;

  it("starts as immediate, changes to weekly and back, auditing each change", async () => {
    const { user, cookie } = await signedIn({ role: "investor" });
    expect((await call(account.loader, getRequest("/account", cookie))).data.emailPreference).toBe("immediate");
    const weekly = await call(account.action, postRequest("/account", { intent: "email-preference", emailPreference: "weekly" }, cookie));
    expect(weekly).toMatchObject({ status: 302, location: "/account" });
    expect(preference(user.id)).toBe("weekly");
    await call(account.action, postRequest("/account", { intent: "email-preference", emailPreference: "weekly" }, cookie));
    await call(account.action, postRequest("/account", { intent: "email-preference", emailPreference: "immediate" }, cookie));
    expect(preference(user.id)).toBe("immediate");
    const changes = auditOf(user.id, "user.email-preference-changed").map((e) => [e.fromState, e.toState]);
    expect(changes).toEqual([["immediate", "weekly"], ["weekly", "immediate"]]);
  });

  it("refuses anything but the two choices", async () => {
    const { user, cookie } = await signedIn();
    for (const emailPreference of ["", "never", "daily"]) {
      const refused = await call(account.action, postRequest("/account", { intent: "email-preference", emailPreference }, cookie));
      expect(refused.status).toBe(400);
    }
    expect(preference(user.id)).toBe("immediate");
  });
});
