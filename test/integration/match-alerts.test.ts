// Match alerts against the real local Meilisearch: publishing through the real services, the
// search outbox pushed as the server's worker would, then the alerts run. Each scenario has a
// topic of its own (falls, kidney, eyes, COPD), since near-identical records in one index
// lower each other's text scores.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditCursors, auditEvents, matchAlerts, notifications, type Product } from "../../db/schema";
import type { Actor } from "../../app/domain/permissions";
import type { ClinicalArea, CareSetting } from "../../app/domain/taxonomies";
import { closeChallenge, triageChallenge } from "../../app/services/challenges.server";
import { ALERTS_CURSOR, STRONG_MATCH, announceNewlyPublished, announceStrongMatches } from "../../app/services/match-alerts.server";
import { matchProductsForChallenge } from "../../app/services/matching.server";
import { publishProduct } from "../../app/services/products.server";
import { createMeilisearchEngine } from "../../search/meilisearch";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import type { SearchEngine } from "../../search/port";
import { syncOutbox } from "../../search/sync";
import { createOrganisation, createUser } from "../support/factories";
import { closedPort } from "../support/outbox";
import { createChallenge, createProduct } from "../support/records";
import { readySearch } from "../support/search";

const db = () => getDb();
let engine: SearchEngine;

type Topic = { title: string; words: string; areas: ClinicalArea[]; settings: CareSetting[] };
const FALLS: Topic = { title: "falls at night in care homes", words: "Detect falls of older residents at night in care homes and alert staff within a minute.", areas: ["frailty_falls"], settings: ["social_care"] };
const KIDNEY: Topic = { title: "kidney decline at home", words: "Home urine testing for people with chronic kidney disease, to catch kidney decline early.", areas: ["kidney"], settings: ["home"] };
const EYES: Topic = { title: "diabetic eye screening in the community", words: "Retinal photography for diabetic eye screening in community clinics, graded by AI.", areas: ["eye_health", "diabetes"], settings: ["community"] };
const COPD: Topic = { title: "COPD flare-ups at home", words: "Remote monitoring of breathing and oxygen at home to spot COPD flare-ups early.", areas: ["respiratory"], settings: ["home"] };

const trust = createOrganisation({ kind: "nhs_trust" });
const company = createOrganisation({ kind: "company" });
const rival = createOrganisation({ kind: "company" });

/** A product about the topic; published unless told otherwise. */
const productAbout = (organisationId: number, name: string, t: Topic, overrides: Partial<Product> = {}) =>
  createProduct(organisationId, { name, summary: t.words, description: `${name}: ${t.words}`, intendedPurpose: t.words, clinicalAreas: t.areas, careSettings: t.settings, features: ["ukca_marked"], ...overrides });

/** A submitted challenge about the topic, for the leadership group to publish. */
const challengeAbout = (t: Topic, title = `Catching ${t.title}`) =>
  createChallenge(trust.id, {
    title,
    summary: t.words,
    problem: `Today nobody can: ${t.words}`,
    desiredOutcomes: t.words,
    clinicalAreas: t.areas,
    careSettings: t.settings,
    mustHaves: ["ukca_marked"],
    status: "submitted",
    publishedAt: null,
    submittedAt: new Date(),
  });

const sensor = productAbout(company.id, "NightWatch falls radar", FALLS);
const retina = productAbout(rival.id, "RetinaScan eye camera", EYES);

const members: Record<string, number[]> = {};
let leadership: Actor;

beforeAll(async () => {
  engine = await readySearch();
  for (const [name, org, role] of [["trust", trust, "clinician"], ["company", company, "innovator"], ["rival", rival, "innovator"]] as const) {
    members[name] = [(await createUser({ role, organisationId: org.id })).id, (await createUser({ role, organisationId: org.id })).id];
  }
  const lead = await createUser({ role: "leadership" });
  leadership = { userId: lead.id, organisationId: lead.organisationId, role: "leadership", organisationVerified: true };
  await engine.upsert("products", productDocuments(db()).filter((p) => p.status === "published"));
});

const publish = (challengeId: number) => triageChallenge(leadership, challengeId, "publish", "");
const inbox = (userIds: number[]) => db().select().from(notifications).where(inArray(notifications.userId, userIds)).all();
const linkingTo = (userIds: number[], link: string) => inbox(userIds).filter((n) => n.link === link);
const cursor = () => db().select().from(auditCursors).where(eq(auditCursors.name, ALERTS_CURSOR)).get()?.position ?? 0;

async function newCompanyMember(verified = true) {
  const user = await createUser({ role: "innovator", verified });
  const actor: Actor = { userId: user.id, organisationId: user.organisationId, role: "innovator", organisationVerified: verified };
  return { user, actor };
}

/** What the server's two workers do: push the search outbox, then run the alerts. */
async function runWorkers(alertEngine: SearchEngine | null = engine) {
  await syncOutbox(engine, { db: db() });
  return announceNewlyPublished({ engine: alertEngine });
}

describe("a newly published challenge", () => {
  it("tells every member of the company whose product matches strongly, once", async () => {
    const challenge = challengeAbout(FALLS);
    publish(challenge.id);
    const run = await runWorkers();
    expect(run).toMatchObject({ waiting: null, announced: 1 });

    const told = linkingTo(members.company, `/challenges/${challenge.id}`);
    expect(told.map((n) => n.userId).sort()).toEqual([...members.company].sort());
    expect(told[0]).toMatchObject({ kind: "new-challenge-match", title: "A new challenge matches your product NightWatch falls radar" });
    expect(told[0].body).toMatch(/^“Catching falls at night in care homes”, from Organisation .+\. Shares: frailty and falls.*Match score \d+ out of 100\.$/);
    expect(linkingTo([...members.rival, ...members.trust], `/challenges/${challenge.id}`)).toEqual([]);

    const pair = db().select().from(matchAlerts).where(and(eq(matchAlerts.challengeId, challenge.id), eq(matchAlerts.productId, sensor.id))).get();
    expect(pair!.score).toBeGreaterThanOrEqual(STRONG_MATCH);
    const audit = db().select().from(auditEvents).where(and(eq(auditEvents.action, "challenge.strong-match-announced"), eq(auditEvents.entityId, String(challenge.id)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ productId: sensor.id, notified: 2 });

    // Not twice: neither a later run nor announcing the same record again.
    await runWorkers();
    expect(await announceStrongMatches({ kind: "challenge", id: challenge.id }, { engine })).toEqual({ ok: true, announced: 0 });
    expect(linkingTo(members.company, `/challenges/${challenge.id}`)).toHaveLength(2);
  });

  it("tells nobody about weak matches", async () => {
    const challenge = createChallenge(trust.id, {
      title: "Loneliness among older people in rural villages",
      summary: "Older people living alone in villages see nobody for days.",
      problem: "Isolation worsens mental health and leads to crisis admissions.",
      desiredOutcomes: "Fewer people reporting loneliness.",
      clinicalAreas: ["social_isolation"],
      careSettings: ["community"],
      status: "submitted",
      publishedAt: null,
      submittedAt: new Date(),
    });
    publish(challenge.id);
    expect(await runWorkers()).toMatchObject({ waiting: null, announced: 0 });
    const found = await matchProductsForChallenge(challenge.id, { engine });
    expect(found?.available && found.matches.every((m) => m.score < STRONG_MATCH)).toBe(true);
    expect(linkingTo([...members.company, ...members.rival], `/challenges/${challenge.id}`)).toEqual([]);
    expect(db().select().from(matchAlerts).where(eq(matchAlerts.challengeId, challenge.id)).all()).toEqual([]);
  });

  it("tells nobody if it was closed before the alerts ran", async () => {
    const challenge = challengeAbout(FALLS, "Falls at night in nursing homes");
    publish(challenge.id);
    const owner = await createUser({ role: "clinician", organisationId: trust.id });
    closeChallenge({ userId: owner.id, organisationId: trust.id, role: "clinician", organisationVerified: true }, challenge.id);
    await runWorkers();
    expect(linkingTo(members.company, `/challenges/${challenge.id}`)).toEqual([]);
  });

  it("tells every member of the company, verified or not", async () => {
    const newcomer = await createUser({ role: "innovator", organisationId: company.id, verified: false });
    const challenge = challengeAbout(FALLS, "Falls at night in care homes in Calderdale");
    publish(challenge.id);
    await runWorkers();
    expect(linkingTo([newcomer.id, ...members.company], `/challenges/${challenge.id}`)).toHaveLength(3);
  });
});

describe("a newly published product", () => {
  it("tells every member of the trust whose challenge it matches strongly, and not its own company", async () => {
    const challenge = challengeAbout(KIDNEY);
    publish(challenge.id);
    await runWorkers();
    const { user, actor } = await newCompanyMember();
    const product = productAbout(user.organisationId, "RenalCheck home urine test", KIDNEY, { status: "draft", publishedAt: null });
    expect(publishProduct(actor, product.id)).toEqual({ ok: true });
    expect(await runWorkers()).toMatchObject({ waiting: null, announced: 1 });

    const told = linkingTo(members.trust, `/products/${product.id}`);
    expect(told.map((n) => n.userId).sort()).toEqual([...members.trust].sort());
    expect(told[0]).toMatchObject({ kind: "new-product-match", title: `A new product matches your challenge “${challenge.title}”` });
    expect(told[0].body).toMatch(/^RenalCheck home urine test, from Organisation .+\. Shares: kidney/);
    expect(inbox([user.id])).toEqual([]);
  });
});

describe("when search is down", () => {
  it("the alert waits, and is sent once search is back", async () => {
    const down = createMeilisearchEngine({ host: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 500 });
    await runWorkers();
    const before = cursor();
    const challenge = challengeAbout(EYES);
    publish(challenge.id);
    await syncOutbox(engine, { db: db() });

    // Search is down: nothing is announced and the cursor stays put, as often as it is tried.
    expect(await announceNewlyPublished({ engine: down })).toMatchObject({ waiting: "search", records: 0 });
    expect(await announceNewlyPublished({ engine: null })).toMatchObject({ waiting: "search", records: 0 });
    expect(linkingTo(members.rival, `/challenges/${challenge.id}`)).toEqual([]);
    expect(cursor()).toBe(before);

    // Back up: announced exactly once.
    expect(await announceNewlyPublished({ engine })).toMatchObject({ waiting: null, announced: 1 });
    await announceNewlyPublished({ engine });
    expect(linkingTo(members.rival, `/challenges/${challenge.id}`).map((n) => n.title)).toEqual([
      `A new challenge matches your product ${retina.name}`,
      `A new challenge matches your product ${retina.name}`,
    ]);
    expect(cursor()).toBeGreaterThan(before);
  });

  it("a product and a challenge published while the index was behind still find each other", async () => {
    await runWorkers();
    const { user, actor } = await newCompanyMember();
    const product = productAbout(user.organisationId, "BreatheWell COPD monitor", COPD, { status: "draft", publishedAt: null });
    publishProduct(actor, product.id);
    await new Promise((r) => setTimeout(r, 5)); // so the challenge is the later of the two
    const challenge = challengeAbout(COPD);
    publish(challenge.id);

    // Neither is in the index yet (the outbox was not pushed): the alerts wait for it.
    expect(await announceNewlyPublished({ engine })).toMatchObject({ waiting: "index" });
    expect(linkingTo([user.id], `/challenges/${challenge.id}`)).toEqual([]);

    // Once it is, the pair is announced once, by the later of the two: the company hears of
    // the challenge; the trust is not told of a product older than its challenge.
    expect(await runWorkers()).toMatchObject({ waiting: null });
    expect(linkingTo([user.id], `/challenges/${challenge.id}`)).toHaveLength(1);
    expect(linkingTo(members.trust, `/products/${product.id}`)).toEqual([]);
  });
});
