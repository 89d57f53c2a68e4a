// Every route × every role against the running site, with plain HTTP: the server, not the
// hidden buttons, decides who may do what (DESIGN.md, Users and roles; Authentication).
// The expectations follow app/domain/permissions.ts.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { challenges, evidence, matches, notifications, organisations, trials, trialSites, users } from "../../db/schema";
import { notify } from "../../app/services/notifications.server";
import { ROLES, type Role } from "../../app/domain/roles";
import { baseURL, serverDb, sessionCookieFor, type E2eRole } from "../support/e2e";
import { createOrganisation, createUser } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";

const EVERYONE: E2eRole[] = ["anonymous", ...ROLES];

/** A status, a redirect, or SIGN_IN: off to sign in, to come back to the same path after. */
type Expected = number | { redirect: string | RegExp } | typeof SIGN_IN;
const SIGN_IN = "sign in";
const HOME: Expected = { redirect: "/" };

/** The expected outcome for each caller: signed out, or each role, falling back to `others`. */
function byRole(anonymous: Expected, allowed: Partial<Record<Role, Expected>>, others: Expected) {
  return (role: E2eRole) => (role === "anonymous" ? anonymous : (allowed[role] ?? others));
}
const all = (expected: Expected) => () => expected;

// Records the paths below refer to by name (":published" and so on), made once per run.
const records: Record<string, number> = {};
beforeAll(async () => {
  const db = serverDb();
  const nhsTrust = createOrganisation({ kind: "nhs_trust" }, db).id;
  records.published = createChallenge(nhsTrust, {}, db).id;
  records.draft = createChallenge(nhsTrust, { status: "draft", publishedAt: null }, db).id;
  const company = createOrganisation({ kind: "company" }, db).id;
  records.product = createProduct(company, {}, db).id;
  records.draftProduct = createProduct(company, { status: "draft", publishedAt: null }, db).id;
  records.notification = await notificationFor(db);
  // A trial nobody in the matrix is a side of, with one document.
  const match = db
    .insert(matches)
    .values({ challengeId: records.published, productId: records.product, proposedByOrganisationId: nhsTrust, score: 70, reasons: { text: "" } as never })
    .returning()
    .get();
  records.match = match.id;
  const trial = db
    .insert(trials)
    .values({ matchId: match.id, challengeId: records.published, productId: records.product, companyOrganisationId: company, stageEnteredAt: new Date() })
    .returning()
    .get();
  records.trial = trial.id;
  db.insert(trialSites).values({ trialId: trial.id, organisationId: nhsTrust }).run();
  const uploader = await createUser({ role: "innovator", organisationId: company }, db);
  records.document = db
    .insert(evidence)
    .values({ trialId: trial.id, itemKey: "intended_purpose", kind: "document", fileSha256: "0".repeat(64), fileName: "x.pdf", fileType: "application/pdf", fileSize: 1, providedById: uploader.id, providedAt: new Date() })
    .returning()
    .get().id;
});
const resolve = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => String(records[name]));

async function cookieFor(role: E2eRole) {
  return role === "anonymous" ? undefined : (await sessionCookieFor(role)).cookie;
}

function get(path: string, cookie?: string) {
  return fetch(`${baseURL()}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

/** A form POST as the site's own pages send it, unless `headers` says otherwise. */
function post(path: string, fields: Record<string, string>, cookie?: string, headers: Record<string, string> = {}) {
  return fetch(`${baseURL()}${path}`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams(fields),
    headers: { Origin: baseURL(), "Sec-Fetch-Site": "same-origin", ...(cookie ? { Cookie: cookie } : {}), ...headers },
  });
}

// The error page's heading for each status. A 400 is usually the form again, with its errors.
const FRIENDLY: Record<number, string> = {
  403: "You do not have permission",
  404: "Page not found",
};

async function expectOutcome(response: Response, expected: Expected) {
  const body = await response.text();
  const { pathname, search } = new URL(response.url);
  const path = pathname + search;
  if (expected === SIGN_IN) expected = { redirect: `/sign-in?redirectTo=${encodeURIComponent(path)}` };
  if (typeof expected === "number") {
    expect(response.status).toBe(expected);
    if (FRIENDLY[expected]) expect(body).toContain(FRIENDLY[expected]);
    // A stack trace would show lines such as "    at loader (file:///…)".
    expect(body).not.toMatch(/^\s{4}at /m);
  } else {
    expect([302, 303]).toContain(response.status);
    const location = response.headers.get("Location") ?? "";
    if (typeof expected.redirect === "string") expect(location).toBe(expected.redirect);
    else expect(location).toMatch(expected.redirect);
  }
}

function table(routes: [path: string, expected: (role: E2eRole) => Expected][]) {
  return routes.flatMap(([path, expected]) => EVERYONE.map((role) => ({ path, role, expected: expected(role) })));
}

describe("GET, every route × every role", () => {
  const readsEverything = { leadership: 200, admin: 200 } as const;
  it.each(
    table([
      ["/", all(200)],
      ["/sign-in", byRole(200, {}, HOME)],
      ["/sign-up", byRole(200, {}, HOME)],
      // Signing out changes state, so a GET only goes home.
      ["/sign-out", all(HOME)],
      ["/account", byRole(SIGN_IN, {}, 200)],
      ["/admin", byRole(SIGN_IN, readsEverything, 403)],
      ["/challenges", all(200)],
      ["/challenges/new", byRole(SIGN_IN, { clinician: 200 }, 403)],
      ["/challenges/:published", all(200)],
      // Someone else's draft does not exist, as far as anyone outside the leadership group knows.
      ["/challenges/:draft", byRole(404, readsEverything, 404)],
      ["/challenges/not-a-number", all(404)],
      ["/challenges/:published/edit", byRole(SIGN_IN, {}, 403)],
      ["/challenges/:draft/edit", byRole(SIGN_IN, { leadership: 403, admin: 403 }, 404)],
      ["/triage", byRole(SIGN_IN, { leadership: 200 }, 403)],
      ["/my-organisation", byRole(SIGN_IN, {}, 200)],
      ["/products", all(200)],
      ["/products/new", byRole(SIGN_IN, { innovator: 200 }, 403)],
      ["/products/:product", all(200)],
      ["/products/:draftProduct", byRole(404, readsEverything, 404)],
      ["/products/:product/edit", byRole(SIGN_IN, {}, 403)],
      ["/products/:draftProduct/edit", byRole(SIGN_IN, { leadership: 403, admin: 403 }, 404)],
      ["/export/challenges.csv", byRole(SIGN_IN, { leadership: 200 }, 403)],
      ["/export/products.csv", byRole(SIGN_IN, { leadership: 200 }, 403)],
      ["/search?q=falls", all(200)],
      ["/challenges/:published/matches", byRole(SIGN_IN, { investor: 403 }, 200)],
      ["/challenges/:draft/matches", byRole(SIGN_IN, { investor: 403, leadership: 200, admin: 200 }, 404)],
      ["/products/:product/matches", byRole(SIGN_IN, { investor: 403 }, 200)],
      ["/challenges/similar?title=falls", byRole(SIGN_IN, { clinician: 200 }, 403)],
      ["/inbox", byRole(SIGN_IN, {}, 200)],
      ["/inbox?page=2", byRole(SIGN_IN, {}, 200)],
      // Someone else's notification does not exist for anyone but its owner.
      ["/inbox/:notification", byRole(SIGN_IN, {}, 404)],
      ["/inbox/not-a-number", byRole(SIGN_IN, {}, 404)],
      ["/matches", byRole(SIGN_IN, { clinician: 200, innovator: 200, leadership: 200 }, 403)],
      // A match exists only for its two sides and the leadership group.
      ["/matches/:match", byRole(SIGN_IN, { clinician: 404, innovator: 404, leadership: 200 }, 403)],
      ["/matches/not-a-number", byRole(SIGN_IN, { clinician: 404, innovator: 404, leadership: 404 }, 403)],
      ["/trials", byRole(SIGN_IN, { investor: 403 }, 200)],
      // A trial exists only for its two sides and the leadership group (admins read it).
      ["/trials/:trial", byRole(SIGN_IN, readsEverything, 404)],
      ["/trials/not-a-number", byRole(SIGN_IN, {}, 404)],
      // Its documents go to its two sides and the leadership group only.
      // (its file is not on this disk, so even the leadership group gets 404 here; the tests in
      // test/integration/trials.test.ts download real files as each side).
      ["/trials/:trial/evidence/:document", byRole(SIGN_IN, {}, 404)],
      ["/no-such-page", all(404)],
    ]),
  )("GET $path as $role → $expected", async ({ path, role, expected }) => {
    await expectOutcome(await get(resolve(path), await cookieFor(role)), expected);
  });

  it("the owner's clinician may open its own draft and its edit page", async () => {
    const org = createOrganisation({ kind: "nhs_trust" }, serverDb()).id;
    const draft = createChallenge(org, { status: "draft", publishedAt: null }, serverDb()).id;
    const { cookie } = await sessionCookieFor("clinician", { organisationId: org });
    await expectOutcome(await get(`/challenges/${draft}`, cookie), 200);
    await expectOutcome(await get(`/challenges/${draft}/edit`, cookie), 200);
  });
});

describe("POST with an empty form, every route × every role", () => {
  it.each(
    table([
      // Pages without an action.
      ["/", all(405)],
      ["/challenges", all(405)],
      ["/triage", all(405)],
      ["/my-organisation", all(405)],
      ["/products", all(405)],
      ["/search", all(405)],
      ["/export/challenges.csv", all(405)],
      ["/sign-in", byRole(400, {}, HOME)],
      ["/sign-up", byRole(400, {}, HOME)],
      ["/sign-out", all(HOME)],
      ["/account", byRole(SIGN_IN, {}, 400)],
      ["/admin", byRole(SIGN_IN, { leadership: 400, admin: 400 }, 403)],
      ["/challenges/new", byRole(SIGN_IN, { clinician: 400 }, 403)],
      ["/products/new", byRole(SIGN_IN, { innovator: 400 }, 403)],
      ["/challenges/:published/matches", byRole(SIGN_IN, { investor: 403 }, 400)],
      ["/products/:product/matches", byRole(SIGN_IN, { investor: 403 }, 400)],
      ["/challenges/similar", all(405)],
      ["/inbox", byRole(SIGN_IN, {}, 400)],
      ["/inbox/:notification", all(405)],
      ["/matches", byRole(SIGN_IN, { clinician: 400, innovator: 400, leadership: 400 }, 403)],
      ["/matches/:match", byRole(SIGN_IN, { clinician: 404, innovator: 404, leadership: 400 }, 403)],
      ["/trials", all(405)],
      ["/trials/:trial", byRole(SIGN_IN, { leadership: 400, admin: 400 }, 404)],
      ["/trials/:trial/evidence/:document", all(405)],
      ["/no-such-page", all(404)],
    ]),
  )("POST $path as $role → $expected", async ({ path, role, expected }) => {
    await expectOutcome(await post(resolve(path), {}, await cookieFor(role)), expected);
  });

  it("signing out ends the session", async () => {
    const { cookie } = await sessionCookieFor("clinician");
    expect((await get("/account", cookie)).status).toBe(200);
    await post("/sign-out", {}, cookie);
    await expectOutcome(await get("/account", cookie), SIGN_IN);
  });
});

describe("POST /admin: verifying an organisation", () => {
  const may = (role: E2eRole) => role === "admin" || role === "leadership";
  it.each(table([["/admin", byRole(SIGN_IN, { admin: { redirect: "/admin" }, leadership: { redirect: "/admin" } }, 403)]]))(
    "as $role → $expected",
    async ({ role, expected }) => {
      const org = createOrganisation({ verified: false }, serverDb());
      const fields = { intent: "verify-organisation", organisationId: String(org.id) };
      await expectOutcome(await post("/admin", fields, await cookieFor(role)), expected);
      const after = serverDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
      expect(after.verified).toBe(may(role));
    },
  );
});

describe("POST /admin: changing a role", () => {
  it.each(table([["/admin", byRole(SIGN_IN, { admin: { redirect: "/admin" } }, 403)]]))(
    "as $role → $expected",
    async ({ role, expected }) => {
      const target = await createUser({ role: "clinician" }, serverDb());
      const fields = { intent: "change-role", userId: String(target.id), role: "investor" };
      await expectOutcome(await post("/admin", fields, await cookieFor(role)), expected);
      const after = serverDb().select().from(users).where(eq(users.id, target.id)).get()!;
      expect(after.roleOverride).toBe(role === "admin" ? "investor" : null);
    },
  );
});

describe("POST to challenges", () => {
  const challenge = (id: number) => serverDb().select().from(challenges).where(eq(challenges.id, id)).get()!;
  const otherTrust = () => createOrganisation({ kind: "nhs_trust" }, serverDb()).id;

  it.each(table([["/challenges/new", byRole(SIGN_IN, { clinician: { redirect: /^\/challenges\/\d+$/ } }, 403)]]))(
    "creating a draft as $role → $expected",
    async ({ role, expected }) => {
      const title = `Draft by ${role} ${Date.now()}`;
      await expectOutcome(await post("/challenges/new", { title, place: "leeds" }, await cookieFor(role)), expected);
      const created = serverDb().select().from(challenges).where(eq(challenges.title, title)).get();
      expect(!!created).toBe(role === "clinician");
    },
  );

  // Only the owning organisation's clinicians edit; a stranger's request changes nothing.
  it.each(table([["/challenges/:id/edit", byRole(SIGN_IN, {}, 403)]]))(
    "editing someone else's published challenge as $role → $expected",
    async ({ role, expected }) => {
      const id = createChallenge(otherTrust(), {}, serverDb()).id;
      const path = `/challenges/${id}/edit`;
      await expectOutcome(await post(path, { title: "Changed by a stranger", place: "leeds" }, await cookieFor(role)), expected);
      expect(challenge(id).title).not.toBe("Changed by a stranger");
    },
  );

  it("the owner's clinician may edit its own challenge", async () => {
    const org = otherTrust();
    const id = createChallenge(org, { status: "draft", publishedAt: null }, serverDb()).id;
    const { cookie } = await sessionCookieFor("clinician", { organisationId: org });
    await expectOutcome(await post(`/challenges/${id}/edit`, { title: "Changed by its owner", place: "leeds" }, cookie), {
      redirect: `/challenges/${id}`,
    });
    expect(challenge(id).title).toBe("Changed by its owner");
  });

  // A submitted challenge is visible only to its owner and the leadership group, and only
  // the leadership group triages it.
  it.each(table([["/challenges/:id", byRole(SIGN_IN, { leadership: { redirect: /^\/challenges\/\d+$/ }, admin: 403 }, 404)]]))(
    "publishing a submitted challenge as $role → $expected",
    async ({ role, expected }) => {
      const id = createChallenge(otherTrust(), { status: "submitted", publishedAt: null, submittedAt: new Date() }, serverDb()).id;
      const path = `/challenges/${id}`;
      await expectOutcome(await post(path, { intent: "triage", decision: "publish" }, await cookieFor(role)), expected);
      expect(challenge(id).status).toBe(role === "leadership" ? "published" : "submitted");
    },
  );
});

/** A notification for a user of its own, so nobody in the matrix owns it. */
async function notificationFor(db: ReturnType<typeof serverDb>, userId?: number) {
  const owner = userId ?? (await createUser({ role: "innovator" }, db)).id;
  return db.transaction((tx) => {
    notify(tx, { userIds: [owner], kind: "new-challenge-match", title: "Private", body: "For its owner only.", link: "/challenges" });
    return tx.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, owner)).all().at(-1)!.id;
  });
}

describe("POST /inbox: marking someone else's notification read", () => {
  const readAt = (id: number) => serverDb().select().from(notifications).where(eq(notifications.id, id)).get()!.readAt;
  it.each(table([["/inbox", byRole(SIGN_IN, {}, 404)]]))("as $role → $expected", async ({ role, expected }) => {
    const id = await notificationFor(serverDb());
    await expectOutcome(await post("/inbox", { intent: "mark-read", notificationId: String(id) }, await cookieFor(role)), expected);
    expect(readAt(id)).toBeNull();
  });

  it("its owner may", async () => {
    const { user, cookie } = await sessionCookieFor("clinician");
    const id = await notificationFor(serverDb(), user.id);
    await expectOutcome(await post("/inbox", { intent: "mark-read", notificationId: String(id) }, cookie), { redirect: "/inbox" });
    expect(readAt(id)).not.toBeNull();
  });
});

describe("cross-site requests are refused", () => {
  const refused = async (response: Response) => {
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).toContain("Request refused");
    expect(body).not.toMatch(/^\s{4}at /m);
  };
  const unverified = () => createOrganisation({ verified: false }, serverDb());
  const isVerified = (id: number) => serverDb().select().from(organisations).where(eq(organisations.id, id)).get()!.verified;
  const verifyFields = (id: number) => ({ intent: "verify-organisation", organisationId: String(id) });

  it.each(EVERYONE)("Sec-Fetch-Site: cross-site as %s → 403", async (role) => {
    const org = unverified();
    const cookie = await cookieFor(role);
    await refused(await post("/admin", verifyFields(org.id), cookie, { "Sec-Fetch-Site": "cross-site" }));
    await refused(await post("/sign-out", {}, cookie, { "Sec-Fetch-Site": "cross-site" }));
    expect(isVerified(org.id)).toBe(false);
  });

  it.each(EVERYONE)("no Sec-Fetch-Site and a foreign Origin as %s → 403", async (role) => {
    const org = unverified();
    const cookie = await cookieFor(role);
    const response = await fetch(`${baseURL()}/admin`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(verifyFields(org.id)),
      headers: { Origin: "https://evil.example", ...(cookie ? { Cookie: cookie } : {}) },
    });
    await refused(response);
    expect(isVerified(org.id)).toBe(false);
  });

  it("no Sec-Fetch-Site and no Origin → 403", async () => {
    const { cookie } = await sessionCookieFor("admin");
    await refused(await fetch(`${baseURL()}/sign-out`, { method: "POST", redirect: "manual", headers: { Cookie: cookie } }));
  });

  it("no Sec-Fetch-Site and a matching Origin goes through", async () => {
    const org = unverified();
    const { cookie } = await sessionCookieFor("admin");
    const response = await fetch(`${baseURL()}/admin`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(verifyFields(org.id)),
      headers: { Origin: baseURL(), Cookie: cookie },
    });
    await expectOutcome(response, { redirect: "/admin" });
    expect(isVerified(org.id)).toBe(true);
  });
});
