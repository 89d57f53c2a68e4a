import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, organisations, sessions, users } from "../../db/schema";
import * as account from "../../app/routes/account";
import * as signIn from "../../app/routes/sign-in";
import * as signOut from "../../app/routes/sign-out";
import * as signUp from "../../app/routes/sign-up";
import { createOrganisation, createUser, findUserByEmail, signedIn, TEST_PASSWORD } from "../support/factories";
import { call, cookieFrom, fieldErrors, getRequest, postRequest } from "../support/routes";

const db = () => getDb();
const userCount = () => db().select({ n: count() }).from(users).get()!.n;
const auditFor = (entityType: string, entityId: number) =>
  db().select().from(auditEvents).where(eq(auditEvents.entityId, String(entityId))).all().filter((e) => e.entityType === entityType);

const validSignUp = (overrides: Record<string, string> = {}) => ({
  name: "Grace Hopper",
  email: `grace-${Math.random().toString(36).slice(2)}@example.test`,
  password: "a long enough password",
  organisationChoice: "create",
  organisationName: `Kirkstall Sensors ${Math.random().toString(36).slice(2)}`,
  organisationKind: "company",
  organisationPlace: "leeds",
  ...overrides,
});

describe("sign up", () => {
  it("creates an unverified organisation, the user, a session and audit events", async () => {
    const fields = validSignUp();
    const result = await call(signUp.action, postRequest("/sign-up", fields));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/account");
    const cookie = cookieFrom(result);
    expect(cookie).toMatch(/^sweetspot_session=[\w-]{20}\.[\w-]{43}$/);
    const setCookie = result.headers.getSetCookie().find((c) => c.startsWith("sweetspot_session="))!;
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");

    const user = findUserByEmail(fields.email)!;
    const org = db().select().from(organisations).where(eq(organisations.id, user.organisationId)).get()!;
    expect(org).toMatchObject({ name: fields.organisationName, kind: "company", place: "leeds", verified: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(auditFor("organisation", org.id).map((e) => e.action)).toEqual(["organisation.created"]);
    expect(auditFor("user", user.id).map((e) => e.action)).toEqual(["user.signed_up"]);

    const page = await call(account.loader, getRequest("/account", cookie!));
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ user: { name: "Grace Hopper" }, role: "Innovator (company)", canPublish: false });
  });

  it("joins an existing organisation with the membership awaiting confirmation", async () => {
    const org = createOrganisation({ name: "Airedale Test Trust", kind: "nhs_trust" });
    const fields = validSignUp({ organisationChoice: "join", organisationId: String(org.id) });
    const result = await call(signUp.action, postRequest("/sign-up", fields));
    expect(result.status).toBe(302);
    const user = findUserByEmail(fields.email)!;
    expect(user.organisationId).toBe(org.id);
    expect(user.membershipVerified).toBe(false);
    const page = await call(account.loader, getRequest("/account", cookieFrom(result)!));
    expect(page.data).toMatchObject({ role: "Clinician or care partner", canPublish: false });
  });

  it("never lets a person join or create the leadership group", async () => {
    const leadership = createOrganisation({ kind: "leadership" });
    const before = userCount();
    const joined = await call(signUp.action, postRequest("/sign-up", validSignUp({ organisationChoice: "join", organisationId: String(leadership.id) })));
    expect(joined.status).toBe(400);
    expect(fieldErrors(joined).organisationId).toEqual(["Choose an organisation from the list"]);
    const created = await call(signUp.action, postRequest("/sign-up", validSignUp({ organisationKind: "leadership" })));
    expect(created.status).toBe(400);
    expect(fieldErrors(created).organisationKind).toBeDefined();
    expect(userCount()).toBe(before);
  });

  it.each([
    [{ name: "" }, "name", "Enter your full name"],
    [{ email: "not-an-email" }, "email", "Enter an email address in the correct format, like name@example.nhs.uk"],
    [{ password: "short" }, "password", "Password must be at least 12 characters"],
    [{ password: "x".repeat(201) }, "password", "Password must be 200 characters or fewer"],
    [{ organisationChoice: "steal" }, "organisationChoice", "Choose whether to join or create an organisation"],
    [{ organisationName: "" }, "organisationName", "Enter the organisation's name"],
    [{ organisationKind: "pirate" }, "organisationKind", "Choose the kind of organisation"],
    [{ organisationPlace: "mars" }, "organisationPlace", "Choose where the organisation is based"],
    [{ organisationChoice: "join", organisationId: "" }, "organisationId", "Choose your organisation"],
    [{ organisationChoice: "join", organisationId: "999999" }, "organisationId", "Choose an organisation from the list"],
    [{ name: "x".repeat(121) }, "name", "Name must be 120 characters or fewer"],
  ])("refuses %j with a message beside %s, keeps what was typed, and creates nothing", async (overrides, field, message) => {
    const before = userCount();
    const fields = validSignUp(overrides as Record<string, string>);
    const result = await call(signUp.action, postRequest("/sign-up", fields));
    expect(result.status).toBe(400);
    expect(fieldErrors(result)[field]).toEqual([message]);
    expect(result.data.initialValue.email).toBe(fields.email);
    expect(result.data.initialValue.organisationPlace).toBe(fields.organisationPlace);
    expect(result.data.initialValue.password).toBeUndefined();
    expect(userCount()).toBe(before);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const existing = await createUser({ email: "taken@example.test" });
    const result = await call(signUp.action, postRequest("/sign-up", validSignUp({ email: "TAKEN@example.test" })));
    expect(result.status).toBe(400);
    expect(fieldErrors(result).email[0]).toMatch(/already exists/);
    expect(existing.id).toBeGreaterThan(0);
  });

  it("is rate-limited per address with a clear message", async () => {
    const context = { clientAddress: "198.51.100.7" };
    for (let i = 0; i < 5; i++) {
      expect((await call(signUp.action, postRequest("/sign-up", validSignUp()), { context })).status).toBe(302);
    }
    const before = userCount();
    const limited = await call(signUp.action, postRequest("/sign-up", validSignUp()), { context });
    expect(limited.status).toBe(429);
    expect(limited.data.error[""][0]).toMatch(/Too many accounts created from here/);
    expect(userCount()).toBe(before);
  });
});

describe("sign in and sign out", () => {
  it("signs in with the right password and goes where the person was heading", async () => {
    const user = await createUser({ email: "ada@example.test" });
    const result = await call(signIn.action, postRequest("/sign-in", { email: "Ada@Example.test", password: TEST_PASSWORD, redirectTo: "/admin" }));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/admin");
    const cookie = cookieFrom(result)!;
    const page = await call(account.loader, getRequest("/account", cookie));
    expect(page.data.user.id).toBe(user.id);
    expect(auditFor("user", user.id).map((e) => e.action)).toContain("user.signed_in");
  });

  it("never redirects off the site after sign-in", async () => {
    await createUser({ email: "open-redirect@example.test" });
    const result = await call(signIn.action, postRequest("/sign-in", { email: "open-redirect@example.test", password: TEST_PASSWORD, redirectTo: "//evil.example/" }));
    expect(result.location).toBe("/");
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    await createUser({ email: "bob@example.test" });
    const wrong = await call(signIn.action, postRequest("/sign-in", { email: "bob@example.test", password: "wrong password!" }));
    const unknown = await call(signIn.action, postRequest("/sign-in", { email: "nobody@example.test", password: "wrong password!" }));
    for (const result of [wrong, unknown]) {
      expect(result.status).toBe(400);
      expect(result.data.error[""]).toEqual(["The email address or password is not correct"]);
      expect(result.data.initialValue.email).toBeDefined();
      expect(result.data.initialValue.password).toBeUndefined();
      expect(cookieFrom(result)).toBeNull();
    }
  });

  it("is rate-limited per account after five tries, even with the right password", async () => {
    await createUser({ email: "carol@example.test" });
    for (let i = 0; i < 5; i++) {
      expect((await call(signIn.action, postRequest("/sign-in", { email: "carol@example.test", password: "wrong password!" }))).status).toBe(400);
    }
    const limited = await call(signIn.action, postRequest("/sign-in", { email: "carol@example.test", password: TEST_PASSWORD }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(limited.data.error[""][0]).toMatch(/Too many sign-in attempts\. Wait and try again in 15 minutes\./);
    expect(cookieFrom(limited)).toBeNull();
  });

  it("signing out ends the session and clears the cookie", async () => {
    const { user, cookie } = await signedIn();
    const result = await call(signOut.action, postRequest("/sign-out", {}, cookie));
    expect(result.status).toBe(302);
    expect(result.headers.getSetCookie().find((c) => c.startsWith("sweetspot_session="))).toContain("Max-Age=0");
    expect(db().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
    const page = await call(account.loader, getRequest("/account", cookie));
    expect(page.status).toBe(302);
    expect(page.location).toBe("/sign-in?redirectTo=%2Faccount");
  });

  it("sends a signed-in person away from the sign-in and sign-up pages", async () => {
    const { cookie } = await signedIn();
    expect((await call(signIn.loader, getRequest("/sign-in", cookie))).location).toBe("/");
    expect((await call(signUp.loader, getRequest("/sign-up", cookie))).location).toBe("/");
  });
});

describe("change password", () => {
  it("needs the current password, then ends every other session and keeps this browser signed in", async () => {
    const { user, cookie } = await signedIn();
    // A second browser signed in as the same person.
    const second = await call(signIn.action, postRequest("/sign-in", { email: user.email, password: TEST_PASSWORD }));
    const secondCookie = cookieFrom(second)!;

    const wrong = await call(account.action, postRequest("/account", { currentPassword: "not my password", newPassword: "brand new password", confirmPassword: "brand new password" }, cookie));
    expect(wrong.status).toBe(400);
    expect(fieldErrors(wrong).currentPassword).toEqual(["Your current password is not correct"]);

    const result = await call(account.action, postRequest("/account", { currentPassword: TEST_PASSWORD, newPassword: "brand new password", confirmPassword: "brand new password" }, cookie));
    expect(result.status).toBe(302);
    const fresh = cookieFrom(result)!;
    expect((await call(account.loader, getRequest("/account", fresh))).status).toBe(200);
    expect((await call(account.loader, getRequest("/account", cookie))).status).toBe(302);
    expect((await call(account.loader, getRequest("/account", secondCookie))).status).toBe(302);
    expect(auditFor("user", user.id).map((e) => e.action)).toContain("user.password_changed");

    const signInNew = await call(signIn.action, postRequest("/sign-in", { email: user.email, password: "brand new password" }));
    expect(signInNew.status).toBe(302);
  });

  it.each([
    [{ newPassword: "short", confirmPassword: "short" }, "newPassword", "Password must be at least 12 characters"],
    [{ newPassword: "brand new password", confirmPassword: "different password" }, "confirmPassword", "The passwords do not match"],
    [{ newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, "newPassword", "Choose a password different from your current one"],
  ])("refuses %j with a message beside %s", async (fields, field, message) => {
    const { user, cookie } = await signedIn();
    const result = await call(account.action, postRequest("/account", { currentPassword: TEST_PASSWORD, ...fields }, cookie));
    expect(result.status).toBe(400);
    expect(fieldErrors(result)[field]).toEqual([message]);
    expect(JSON.stringify(result.data)).not.toContain(TEST_PASSWORD);
    expect(findUserByEmail(user.email)!.passwordHash).toBe(user.passwordHash);
  });

  it("is only for signed-in people", async () => {
    const result = await call(account.action, postRequest("/account", { currentPassword: "x", newPassword: "brand new password", confirmPassword: "brand new password" }));
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/sign-in/);
  });
});
