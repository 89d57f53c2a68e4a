import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, challenges } from "../../db/schema";
import * as detail from "../../app/routes/challenges/detail";
import * as edit from "../../app/routes/challenges/edit";
import * as list from "../../app/routes/challenges/list";
import * as create from "../../app/routes/challenges/new";
import * as triage from "../../app/routes/triage";
import { createOrganisation, signedIn } from "../support/factories";
import { createChallenge } from "../support/records";
import { call, fieldErrors, getRequest, postRequest } from "../support/routes";

const db = () => getDb();
const challenge = (id: number) => db().select().from(challenges).where(eq(challenges.id, id)).get()!;
const audit = (id: number) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "challenge"), eq(auditEvents.entityId, String(id)))).all();
const snapshot = () => JSON.stringify([db().select().from(challenges).all(), db().select().from(auditEvents).all().length]);

const complete = (overrides: Record<string, string | string[]> = {}) => ({
  title: "Earlier diagnosis of lung cancer",
  summary: "Too many lung cancers are found at stage 4.",
  problem: "Chest X-rays wait days for a report.",
  peopleAffectedPerYear: "12000",
  currentPathway: "GP refers for an X-ray.",
  desiredOutcomes: "Suspicious films reported the same day.",
  clinicalAreas: ["cancer", "respiratory"],
  careSettings: ["secondary_care"],
  place: "leeds",
  inequalitiesFocus: "Inner-city smokers present late.",
  fundingRoute: "Cancer alliance funding",
  mustHaves: ["ukca_marked"],
  closingDate: "2099-03-31",
  intent: "submit",
  ...overrides,
});

describe("posting a challenge", () => {
  it("saves a draft with only a title, then submits it once complete", async () => {
    const { user, cookie } = await signedIn({ role: "clinician" });
    const saved = await call(create.action, postRequest("/challenges/new", { title: "Loneliness in older people", place: "leeds", intent: "draft" }, cookie));
    expect(saved.status).toBe(302);
    const id = Number(saved.location!.split("/").pop());
    expect(challenge(id)).toMatchObject({ status: "draft", title: "Loneliness in older people", organisationId: user.organisationId, createdById: user.id });

    const incomplete = await call(edit.action, postRequest(`/challenges/${id}/edit`, { title: "Loneliness in older people", place: "leeds", intent: "submit" }, cookie), { params: { challengeId: String(id) } });
    expect(incomplete.status).toBe(400);
    expect(fieldErrors(incomplete)).toMatchObject({ summary: ["Enter a summary"], clinicalAreas: ["Choose at least one clinical area"] });
    expect(challenge(id).status).toBe("draft");

    const submitted = await call(edit.action, postRequest(`/challenges/${id}/edit`, complete(), cookie), { params: { challengeId: String(id) } });
    expect(submitted.status).toBe(302);
    expect(challenge(id)).toMatchObject({ status: "submitted", clinicalAreas: ["cancer", "respiratory"], mustHaves: ["ukca_marked"], peopleAffectedPerYear: 12000 });
    expect(audit(id).map((e) => e.action)).toEqual(["challenge.created", "challenge.edited", "challenge.submitted"]);
  });

  it("keeps a published challenge complete, whichever button saves it", async () => {
    const { user, cookie } = await signedIn({ role: "clinician" });
    const { id } = createChallenge(user.organisationId);
    const before = snapshot();
    const blanked = await call(edit.action, postRequest(`/challenges/${id}/edit`, complete({ summary: "", intent: "draft" }), cookie), { params: { challengeId: String(id) } });
    expect(blanked.status).toBe(400);
    expect(fieldErrors(blanked)).toMatchObject({ summary: ["Enter a summary"] });
    expect(snapshot()).toBe(before);
  });

  it("lets an unverified organisation draft but not submit", async () => {
    const { cookie } = await signedIn({ role: "clinician", verified: false });
    const before = snapshot();
    const refused = await call(create.action, postRequest("/challenges/new", complete(), cookie));
    expect(refused.status).toBe(403);
    expect(refused.data.error[""][0]).toMatch(/not verified yet/);
    expect(refused.data.initialValue.title).toBe("Earlier diagnosis of lung cancer");
    expect(snapshot()).toBe(before);
    const draft = await call(create.action, postRequest("/challenges/new", complete({ intent: "draft" }), cookie));
    expect(draft.status).toBe(302);
  });

  it.each([
    [{ title: "" }, "title", "Enter a title"],
    [{ title: "x".repeat(201) }, "title", "Title must be 200 characters or fewer"],
    [{ summary: "<script>alert(1)</script>" }, "summary", "Remove the angle brackets: write plain text, without HTML or script"],
    [{ problem: "See <b>here</b>" }, "problem", "Remove the angle brackets: write plain text, without HTML or script"],
    [{ peopleAffectedPerYear: "lots" }, "peopleAffectedPerYear", "Enter the number of people as a whole number, like 12000"],
    [{ peopleAffectedPerYear: "-5" }, "peopleAffectedPerYear", "The number of people cannot be negative"],
    [{ peopleAffectedPerYear: "2.5" }, "peopleAffectedPerYear", "Enter the number of people as a whole number, like 12000"],
    [{ clinicalAreas: ["cancer", "astrology"] }, "clinicalAreas[1]", "Choose clinical areas from the list"],
    [{ careSettings: [] as string[] }, "careSettings", "Choose at least one care setting"],
    [{ place: "atlantis" }, "place", "Choose the place"],
    [{ mustHaves: ["teleportation"] }, "mustHaves[0]", "Choose must-haves from the list"],
    [{ closingDate: "31/03/2027" }, "closingDate", "Enter a real closing date, like 2027-03-31"],
    [{ closingDate: "2001-01-01" }, "closingDate", "The closing date must be today or in the future"],
    [{ desiredOutcomes: "x".repeat(4001) }, "desiredOutcomes", "Outcomes you want must be 4,000 characters or fewer"],
  ])("refuses %j with 400, a message beside %s, and keeps what was typed", async (overrides, field, message) => {
    const { cookie } = await signedIn({ role: "clinician" });
    const before = snapshot();
    const result = await call(create.action, postRequest("/challenges/new", complete(overrides as Record<string, string>), cookie));
    expect(result.status).toBe(400);
    expect(fieldErrors(result)[field]).toEqual([message]);
    expect(result.data.initialValue.problem).toBe((overrides as Record<string, string>).problem ?? complete().problem);
    expect(snapshot()).toBe(before);
  });

  it.each(["innovator", "investor", "leadership", "admin"] as const)("is not for a %s", async (role) => {
    const { cookie } = await signedIn({ role });
    expect((await call(create.loader, getRequest("/challenges/new", cookie))).status).toBe(403);
    expect((await call(create.action, postRequest("/challenges/new", complete(), cookie))).status).toBe(403);
  });

  it("sends an anonymous visitor to sign in", async () => {
    const result = await call(create.loader, getRequest("/challenges/new"));
    expect(result.location).toBe("/sign-in?redirectTo=%2Fchallenges%2Fnew");
  });
});

describe("another organisation's challenge", () => {
  it("cannot be seen while a draft, nor edited by anyone else", async () => {
    const owner = createOrganisation({ kind: "nhs_trust" });
    const draft = createChallenge(owner.id, { status: "draft", publishedAt: null });
    const published = createChallenge(owner.id);
    const { cookie } = await signedIn({ role: "clinician" });
    const params = (id: number) => ({ params: { challengeId: String(id) } });
    expect((await call(detail.loader, getRequest(`/challenges/${draft.id}`, cookie), params(draft.id))).status).toBe(404);
    expect((await call(edit.loader, getRequest(`/challenges/${draft.id}/edit`, cookie), params(draft.id))).status).toBe(404);
    expect((await call(detail.loader, getRequest(`/challenges/${published.id}`, cookie), params(published.id))).status).toBe(200);
    expect((await call(edit.loader, getRequest(`/challenges/${published.id}/edit`, cookie), params(published.id))).status).toBe(403);
    const before = snapshot();
    const tampered = await call(edit.action, postRequest(`/challenges/${published.id}/edit`, complete({ title: "Hijacked" }), cookie), params(published.id));
    expect(tampered.status).toBe(403);
    expect((await call(detail.action, postRequest(`/challenges/${published.id}`, { intent: "close" }, cookie), params(published.id))).status).toBe(403);
    expect(snapshot()).toBe(before);
  });

  it.each(["abc", "0x1", "-1", "99999999"])("answers the id %j with 404", async (id) => {
    const { cookie } = await signedIn({ role: "clinician" });
    expect((await call(detail.loader, getRequest(`/challenges/${id}`, cookie), { params: { challengeId: id } })).status).toBe(404);
  });
});

describe("triage", () => {
  it("lists submitted challenges oldest first with their age, and publishes one", async () => {
    const owner = createOrganisation({ kind: "nhs_trust" });
    const day = 24 * 60 * 60 * 1000;
    const older = createChallenge(owner.id, { status: "submitted", submittedAt: new Date(Date.now() - 9 * day), publishedAt: null, title: "Older" });
    const newer = createChallenge(owner.id, { status: "submitted", submittedAt: new Date(Date.now() - 2 * day), publishedAt: null, title: "Newer" });
    const { user, cookie } = await signedIn({ role: "leadership" });
    const queue = await call(triage.loader, getRequest("/triage", cookie));
    const mine = queue.data.queue.filter((c: { id: number }) => [older.id, newer.id].includes(c.id));
    expect(mine.map((c: { title: string; ageDays: number; overdue: boolean }) => [c.title, c.ageDays, c.overdue])).toEqual([
      ["Older", 9, true],
      ["Newer", 2, false],
    ]);

    const published = await call(detail.action, postRequest(`/challenges/${older.id}`, { intent: "triage", decision: "publish", note: "" }, cookie), { params: { challengeId: String(older.id) } });
    expect(published.status).toBe(302);
    expect(challenge(older.id).status).toBe("published");
    expect(audit(older.id)).toEqual([expect.objectContaining({ action: "challenge.published", actorUserId: user.id, fromState: "submitted", toState: "published" })]);
  });

  it("returns a challenge with a note its owner sees, and needs that note", async () => {
    const { user: ownerUser, cookie: ownerCookie } = await signedIn({ role: "clinician" });
    const submitted = createChallenge(ownerUser.organisationId, { status: "submitted", submittedAt: new Date(), publishedAt: null });
    const { cookie } = await signedIn({ role: "leadership" });
    const params = { params: { challengeId: String(submitted.id) } };
    const noNote = await call(detail.action, postRequest(`/challenges/${submitted.id}`, { intent: "triage", decision: "return", note: "" }, cookie), params);
    expect(noNote.status).toBe(400);
    expect(fieldErrors(noNote).note).toEqual(["Enter a note saying what needs to change"]);
    expect(challenge(submitted.id).status).toBe("submitted");

    const returned = await call(detail.action, postRequest(`/challenges/${submitted.id}`, { intent: "triage", decision: "return", note: "Say how many care homes." }, cookie), params);
    expect(returned.status).toBe(302);
    expect(challenge(submitted.id)).toMatchObject({ status: "draft", triageNote: "Say how many care homes." });
    const ownerView = await call(detail.loader, getRequest(`/challenges/${submitted.id}`, ownerCookie), params);
    expect(ownerView.data.challenge.triageNote).toBe("Say how many care homes.");
    expect(ownerView.data.history.map((h: { action: string; note: string | null }) => [h.action, h.note])).toEqual([["challenge.returned", "Say how many care homes."]]);
  });

  it.each(["clinician", "innovator", "investor", "admin"] as const)("is not for a %s", async (role) => {
    const owner = createOrganisation({ kind: "nhs_trust" });
    const submitted = createChallenge(owner.id, { status: "submitted", submittedAt: new Date(), publishedAt: null });
    const { cookie } = await signedIn({ role });
    expect((await call(triage.loader, getRequest("/triage", cookie))).status).toBe(403);
    const result = await call(detail.action, postRequest(`/challenges/${submitted.id}`, { intent: "triage", decision: "publish" }, cookie), { params: { challengeId: String(submitted.id) } });
    expect(result.status).toBe(role === "admin" ? 403 : 404);
    expect(challenge(submitted.id).status).toBe("submitted");
  });
});

describe("closing", () => {
  it("lets the owner close a published challenge", async () => {
    const { user, cookie } = await signedIn({ role: "clinician" });
    const c = createChallenge(user.organisationId);
    const result = await call(detail.action, postRequest(`/challenges/${c.id}`, { intent: "close" }, cookie), { params: { challengeId: String(c.id) } });
    expect(result.status).toBe(302);
    expect(challenge(c.id).status).toBe("closed");
    expect(audit(c.id).map((e) => e.action)).toEqual(["challenge.closed"]);
  });
});

describe("browsing challenges", () => {
  it("filters by area, setting and place in the URL, and shows only public ones to the public", async () => {
    const trust = createOrganisation({ kind: "nhs_trust", name: "Browse Test Trust" });
    const a = createChallenge(trust.id, { title: "Browse A", clinicalAreas: ["dementia"], careSettings: ["home"], place: "kirklees" });
    createChallenge(trust.id, { title: "Browse B", clinicalAreas: ["dementia"], careSettings: ["community"], place: "kirklees" });
    createChallenge(trust.id, { title: "Browse C", clinicalAreas: ["dementia"], careSettings: ["home"], place: "kirklees", status: "draft" });
    const result = await call(list.loader, getRequest("/challenges?area=dementia&setting=home&place=kirklees&status=draft&area=nonsense"));
    expect(result.data.rows.map((r: { title: string }) => r.title)).toEqual(["Browse A"]);
    expect(result.data.total).toBe(1);
    expect(result.data.filters.clinicalAreas).toEqual(["dementia"]);
    expect(result.data.rows[0].id).toBe(a.id);
  });

  it("paginates twenty to a page", async () => {
    const trust = createOrganisation({ kind: "nhs_trust" });
    for (let i = 0; i < 23; i++) createChallenge(trust.id, { title: `Paged ${i}`, clinicalAreas: ["kidney"], place: "wakefield" });
    const page2 = await call(list.loader, getRequest("/challenges?area=kidney&place=wakefield&sort=title&page=2"));
    expect(page2.data.total).toBe(23);
    expect(page2.data.pages).toBe(2);
    expect(page2.data.rows).toHaveLength(3);
  });
});
