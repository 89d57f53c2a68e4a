// Suggested matches on a challenge's and a product's pages, against the real local
// Meilisearch, and proposing a match from either side.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, matches } from "../../db/schema";
import * as challengeMatches from "../../app/routes/challenges/matches";
import * as productMatches from "../../app/routes/products/matches";
import { setSearchEngine } from "../../app/services/search.server";
import { createMeilisearchEngine } from "../../search/meilisearch";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import { createOrganisation, signedIn } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";
import { call, getRequest, postRequest } from "../support/routes";
import { readySearch } from "../support/search";

const db = () => getDb();
const trust = createOrganisation({ kind: "nhs_trust" });
const company = createOrganisation({ kind: "company" });
const rival = createOrganisation({ kind: "company" });
const challenge = createChallenge(trust.id, { title: "Falls at night in care homes", mustHaves: ["ukca_marked"] });
const sensor = createProduct(company.id, { name: "NightWatch falls sensor" });
const unrelated = createProduct(rival.id, {
  name: "Skin lesion triage app",
  summary: "Photographs moles for dermatology referral.",
  description: "Dermatology photography for suspected skin cancer.",
  intendedPurpose: "To triage skin lesions.",
  clinicalAreas: ["dermatology"],
  careSettings: ["primary_care"],
  ukcaMarked: false,
});
const draftProduct = createProduct(company.id, { name: "Unfinished falls mat", status: "draft", publishedAt: null });

beforeAll(async () => {
  const engine = await readySearch();
  await engine.upsert("challenges", challengeDocuments(db()));
  await engine.upsert("products", productDocuments(db()).filter((p) => p.status === "published"));
});

const onChallenge = { params: { challengeId: String(challenge.id) } };
const onProduct = { params: { productId: String(sensor.id) } };
const pairRow = (productId: number) => db().select().from(matches).where(and(eq(matches.challengeId, challenge.id), eq(matches.productId, productId))).get();

describe("a challenge's suggested products", () => {
  it("ranks the fitting product first, with a score and reasons in words", async () => {
    const { cookie } = await signedIn({ role: "clinician", organisationId: trust.id });
    const page = await call(challengeMatches.loader, getRequest(`/challenges/${challenge.id}/matches`, cookie), onChallenge);
    expect(page.status).toBe(200);
    const list = page.data.suggestions.matches;
    expect(list[0].record.id).toBe(String(sensor.id));
    expect(list[0].score).toBeGreaterThan(list.find((m: { record: { id: string } }) => m.record.id === String(unrelated.id))?.score ?? 0);
    expect(list[0].reasons.sharedAreas).toContain("frailty_falls");
    expect(list[0].reasons.mustHavesMet).toContain("ukca_marked");
    expect(list[0].mayPropose).toBe(true);
    expect(list.map((m: { record: { id: string } }) => m.record.id)).not.toContain(String(draftProduct.id));
  });

  it.each([
    ["investor", 403],
    ["innovator", 200],
    ["leadership", 200],
    ["admin", 200],
  ] as const)("answers a %s with %i", async (role, status) => {
    const { cookie } = await signedIn({ role });
    expect((await call(challengeMatches.loader, getRequest(`/challenges/${challenge.id}/matches`, cookie), onChallenge)).status).toBe(status);
  });

  it("sends a signed-out visitor to sign in", async () => {
    const page = await call(challengeMatches.loader, getRequest(`/challenges/${challenge.id}/matches`), onChallenge);
    expect(page.status).toBe(302);
    expect(page.location).toMatch(/^\/sign-in/);
  });

  it("says matching is unavailable when the engine is down, and the page still renders", async () => {
    setSearchEngine(createMeilisearchEngine({ host: "http://127.0.0.1:9", timeoutMs: 500 }));
    try {
      const { cookie } = await signedIn({ role: "clinician", organisationId: trust.id });
      const page = await call(challengeMatches.loader, getRequest(`/challenges/${challenge.id}/matches`, cookie), onChallenge);
      expect(page.status).toBe(200);
      expect(page.data.suggestions).toMatchObject({ available: false });
    } finally {
      setSearchEngine(undefined);
    }
  });
});

describe("proposing a match", () => {
  it("lets the challenge's owner propose, keeping the score and reasons, with an audit event", async () => {
    const { user, cookie } = await signedIn({ role: "clinician", organisationId: trust.id });
    const result = await call(challengeMatches.action, postRequest(`/challenges/${challenge.id}/matches`, { productId: String(sensor.id), message: "Could we try this at St James's?" }, cookie), onChallenge);
    expect(result.status).toBe(302);
    const row = pairRow(sensor.id)!;
    expect(row).toMatchObject({ status: "proposed", proposedById: user.id, proposedByOrganisationId: trust.id, message: "Could we try this at St James's?" });
    expect(row.score).toBeGreaterThan(0);
    expect(row.reasons.text).toMatch(/frailty and falls/i);
    const audit = db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "match"), eq(auditEvents.entityId, String(row.id)))).all();
    expect(audit.map((a) => a.action)).toEqual(["match.proposed"]);

    const again = await call(challengeMatches.action, postRequest(`/challenges/${challenge.id}/matches`, { productId: String(sensor.id) }, cookie), onChallenge);
    expect(again.status).toBe(409);
    expect(again.data.message).toBe("This match has already been proposed.");
  });

  it("lets a company propose its own product for a challenge", async () => {
    const { cookie } = await signedIn({ role: "innovator", organisationId: rival.id });
    const other = createChallenge(trust.id, { title: "Skin cancer referrals", clinicalAreas: ["dermatology", "cancer"] });
    const result = await call(productMatches.action, postRequest(`/products/${unrelated.id}/matches`, { challengeId: String(other.id) }, cookie), { params: { productId: String(unrelated.id) } });
    expect(result.status).toBe(302);
    expect(db().select().from(matches).where(eq(matches.challengeId, other.id)).get()).toMatchObject({ productId: unrelated.id, status: "proposed" });
  });

  it.each([
    ["a clinician of another trust", { role: "clinician" as const }, 403],
    ["an unverified member of the owner", { role: "clinician" as const, organisationId: undefined, verified: false }, 403],
    ["an investor", { role: "investor" as const }, 403],
  ])("refuses %s and changes nothing", async (_, who, status) => {
    const { cookie } = await signedIn(who);
    const before = db().select().from(matches).all().length;
    const result = await call(challengeMatches.action, postRequest(`/challenges/${challenge.id}/matches`, { productId: String(unrelated.id) }, cookie), onChallenge);
    expect(result.status).toBe(status);
    expect(db().select().from(matches).all()).toHaveLength(before);
  });

  it.each([
    [{ productId: "abc" }, 400],
    [{ productId: "" }, 400],
    [{ productId: "99999999" }, 404],
    [{ productId: String(draftProduct.id) }, 404],
    [{ productId: String(unrelated.id), message: "<script>alert(1)</script>" }, 400],
    [{ productId: String(unrelated.id), message: "x".repeat(1001) }, 400],
  ])("refuses %j with %i and changes nothing", async (fields, status) => {
    const { cookie } = await signedIn({ role: "clinician", organisationId: trust.id });
    const before = db().select().from(matches).all().length;
    const result = await call(challengeMatches.action, postRequest(`/challenges/${challenge.id}/matches`, fields, cookie), onChallenge);
    expect(result.status).toBe(status);
    expect(db().select().from(matches).all()).toHaveLength(before);
  });

  it("still proposes while the search engine is down, scoring the pair on its own", async () => {
    setSearchEngine(createMeilisearchEngine({ host: "http://127.0.0.1:9", timeoutMs: 500 }));
    try {
      const { cookie } = await signedIn({ role: "innovator", organisationId: company.id });
      const other = createChallenge(trust.id, { title: "Falls in the community" });
      const result = await call(productMatches.action, postRequest(`/products/${sensor.id}/matches`, { challengeId: String(other.id) }, cookie), onProduct);
      expect(result.status).toBe(302);
      expect(db().select().from(matches).where(eq(matches.challengeId, other.id)).get()!.score).toBeGreaterThan(0);
    } finally {
      setSearchEngine(undefined);
    }
  });
});
