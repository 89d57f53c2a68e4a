import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, organisations, sessions, users } from "../../db/schema";
import * as admin from "../../app/routes/admin";
import { createOrganisation, createUser, signedIn } from "../support/factories";
import { call, getRequest, postRequest } from "../support/routes";

const db = () => getDb();
const audit = (entityType: string, id: number) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(id)))).all();

describe("admin page", () => {
  it("lists organisations and users for admins and the leadership group", async () => {
    const { cookie } = await signedIn({ role: "admin" });
    const unverified = createOrganisation({ name: "Unverified Widgets Ltd", kind: "company", verified: false });
    const page = await call(admin.loader, getRequest("/admin", cookie));
    expect(page.status).toBe(200);
    expect(page.data.organisations.map((o: { name: string }) => o.name)).toContain(unverified.name);
    expect(page.data.canChangeRoles).toBe(true);
    const leadership = await signedIn({ role: "leadership" });
    const leadershipPage = await call(admin.loader, getRequest("/admin", leadership.cookie));
    expect(leadershipPage.data.canChangeRoles).toBe(false);
  });

  it.each(["innovator", "clinician", "investor"] as const)("refuses a %s with 403", async (role) => {
    const { cookie } = await signedIn({ role });
    expect((await call(admin.loader, getRequest("/admin", cookie))).status).toBe(403);
    const org = createOrganisation({ verified: false });
    const result = await call(admin.action, postRequest("/admin", { intent: "verify-organisation", organisationId: String(org.id) }, cookie));
    expect(result.status).toBe(403);
    expect(db().select().from(organisations).where(eq(organisations.id, org.id)).get()!.verified).toBe(false);
  });

  it.each(["admin", "leadership"] as const)("a %s verifies an organisation, with an audit event", async (role) => {
    const { user, cookie } = await signedIn({ role });
    const org = createOrganisation({ verified: false });
    const result = await call(admin.action, postRequest("/admin", { intent: "verify-organisation", organisationId: String(org.id) }, cookie));
    expect(result.status).toBe(302);
    expect(db().select().from(organisations).where(eq(organisations.id, org.id)).get()!.verified).toBe(true);
    expect(audit("organisation", org.id)).toEqual([
      expect.objectContaining({ actorUserId: user.id, action: "organisation.verified", fromState: "unverified", toState: "verified" }),
    ]);
  });

  it("confirms a member who joined an existing organisation", async () => {
    const { cookie } = await signedIn({ role: "leadership" });
    const joiner = await createUser({ verified: false });
    const result = await call(admin.action, postRequest("/admin", { intent: "verify-membership", userId: String(joiner.id) }, cookie));
    expect(result.status).toBe(302);
    expect(db().select().from(users).where(eq(users.id, joiner.id)).get()!.membershipVerified).toBe(true);
    expect(audit("user", joiner.id).map((e) => e.action)).toEqual(["user.membership_verified"]);
  });

  it("only an admin changes roles; the change ends the user's sessions", async () => {
    const target = await signedIn({ role: "clinician" });
    const leadership = await signedIn({ role: "leadership" });
    const denied = await call(admin.action, postRequest("/admin", { intent: "change-role", userId: String(target.user.id), role: "leadership" }, leadership.cookie));
    expect(denied.status).toBe(403);

    const { user: adminUser, cookie } = await signedIn({ role: "admin" });
    const result = await call(admin.action, postRequest("/admin", { intent: "change-role", userId: String(target.user.id), role: "leadership" }, cookie));
    expect(result.status).toBe(302);
    expect(db().select().from(users).where(eq(users.id, target.user.id)).get()!.roleOverride).toBe("leadership");
    expect(db().select().from(sessions).where(eq(sessions.userId, target.user.id)).all()).toHaveLength(0);
    expect(audit("user", target.user.id)).toEqual([
      expect.objectContaining({ actorUserId: adminUser.id, action: "user.role_changed", fromState: "clinician", toState: "leadership" }),
    ]);

    const reset = await call(admin.action, postRequest("/admin", { intent: "change-role", userId: String(target.user.id), role: "" }, cookie));
    expect(reset.status).toBe(302);
    expect(db().select().from(users).where(eq(users.id, target.user.id)).get()!.roleOverride).toBeNull();
  });

  it.each([
    [{ intent: "delete-everything" }],
    [{ intent: "verify-organisation", organisationId: "abc" }],
    [{ intent: "change-role", userId: "1", role: "emperor" }],
  ])("answers the malformed request %j with 400 and changes nothing", async (fields) => {
    const { cookie } = await signedIn({ role: "admin" });
    const before = db().select().from(auditEvents).all().length;
    const result = await call(admin.action, postRequest("/admin", fields, cookie));
    expect(result.status).toBe(400);
    expect(db().select().from(auditEvents).all().length).toBe(before);
  });

  it("answers an unknown record id with 404", async () => {
    const { cookie } = await signedIn({ role: "admin" });
    const result = await call(admin.action, postRequest("/admin", { intent: "verify-organisation", organisationId: "987654" }, cookie));
    expect(result.status).toBe(404);
  });
});
