// A trial taken all the way: a conversation on the proposed match, acceptance, then every
// stage to `adopted`, each item recorded by the side that provides it and each gate decided
// by the leadership group, with the notifications each step owes someone.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, evidence, matches, notifications, trials } from "../../db/schema";
import * as matchRoute from "../../app/routes/matches/detail";
import * as trialRoute from "../../app/routes/trials/detail";
import * as challengeMatches from "../../app/routes/challenges/matches";
import { setSearchEngine } from "../../app/services/search.server";
import { createOrganisation, signedIn } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";
import { call, getRequest, multipartRequest, postRequest } from "../support/routes";

const db = () => getDb();
const today = () => new Date().toISOString().slice(0, 10);
const PDF = (text: string) => `%PDF-1.7\n${text}\n%%EOF\n`;

type Side = Awaited<ReturnType<typeof signedIn>>;

const matchPage = (id: number, cookie: string) => call(matchRoute.loader, getRequest(`/matches/${id}`, cookie), { params: { matchId: String(id) } });
const onMatch = (id: number, cookie: string, fields: Record<string, string>) =>
  call(matchRoute.action, postRequest(`/matches/${id}`, fields, cookie), { params: { matchId: String(id) } });
const trialPage = (id: number, cookie: string) => call(trialRoute.loader, getRequest(`/trials/${id}`, cookie), { params: { trialId: String(id) } });
const onTrial = (id: number, cookie: string, fields: Record<string, string>) =>
  call(trialRoute.action, postRequest(`/trials/${id}`, fields, cookie), { params: { trialId: String(id) } });
const uploadTo = (id: number, cookie: string, requirement: string, name: string) =>
  call(trialRoute.action, multipartRequest(`/trials/${id}`, { intent: "upload", requirement }, { name, type: "application/pdf", bytes: PDF(name) }, cookie), {
    params: { trialId: String(id) },
  });
const inbox = (userId: number, kind: string) =>
  db().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))).all();

/** A Class IIa device without a UKCA mark that processes patient data: the longest road. */
async function proposal() {
  const trust = createOrganisation({ kind: "nhs_trust" });
  const company = createOrganisation({ kind: "company" });
  const challenge = createChallenge(trust.id, { title: "Deterioration at home after discharge" });
  const product = createProduct(company.id, { name: "HomeWatch remote monitoring", deviceClass: "IIa", ukcaMarked: false, processesPatientData: true });
  const clinician = await signedIn({ role: "clinician", organisationId: trust.id });
  const innovator = await signedIn({ role: "innovator", organisationId: company.id });
  const leader = await signedIn({ role: "leadership" });
  // Without an engine the pair is scored on its own, as the page does when search is down.
  setSearchEngine(null);
  try {
    const fields = { productId: String(product.id), message: "Could this help our virtual ward?" };
    const proposed = await call(challengeMatches.action, postRequest(`/challenges/${challenge.id}/matches`, fields, clinician.cookie), { params: { challengeId: String(challenge.id) } });
    expect(proposed.status).toBe(302);
    const matchId = db().select().from(matches).where(eq(matches.challengeId, challenge.id)).get()!.id;
    return { trust, company, challenge, product, clinician, innovator, leader, matchId };
  } finally {
    setSearchEngine(undefined);
  }
}

describe("a match's conversation", () => {
  it("tells the other side of the proposal, lets both sides and the leadership group talk, and carries the thread onto the trial", async () => {
    const p = await proposal();
    expect(inbox(p.innovator.user.id, "match-proposed")).toEqual([expect.objectContaining({ link: `/matches/${p.matchId}`, body: "Their message: Could this help our virtual ward?" })]);

    const seen = await matchPage(p.matchId, p.innovator.cookie);
    expect(seen.data).toMatchObject({ mayRespond: true, mayMessage: true, match: { status: "proposed", message: "Could this help our virtual ward?" } });
    expect((await onMatch(p.matchId, p.innovator.cookie, { intent: "message", body: "Is a pilot on one ward possible?" })).status).toBe(302);
    expect((await onMatch(p.matchId, p.leader.cookie, { intent: "message", body: "This fits the region's virtual-ward priority." })).status).toBe(302);
    expect(inbox(p.clinician.user.id, "match-message")).toHaveLength(2);
    expect(inbox(p.innovator.user.id, "match-message")).toHaveLength(1);
    const empty = await onMatch(p.matchId, p.clinician.cookie, { intent: "message", body: "  " });
    expect(empty.status).toBe(400);
    expect(empty.data.result.error.body).toBeDefined();

    // Nobody else learns the match exists.
    const stranger = await signedIn({ role: "innovator", organisationId: createOrganisation({ kind: "company" }).id });
    expect((await matchPage(p.matchId, stranger.cookie)).status).toBe(404);
    expect((await onMatch(p.matchId, stranger.cookie, { intent: "message", body: "Hello" })).status).toBe(404);
    expect((await matchPage(p.matchId, (await signedIn({ role: "investor" })).cookie)).status).toBe(403);

    // The proposer cannot answer its own proposal; the company accepts from the match page.
    expect((await onMatch(p.matchId, p.clinician.cookie, { decision: "accept" })).status).toBe(403);
    const noReason = await onMatch(p.matchId, p.innovator.cookie, { decision: "decline", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data.result.error.reason).toBeDefined();
    const accepted = await onMatch(p.matchId, p.innovator.cookie, { decision: "accept" });
    expect(accepted.status).toBe(302);
    const trial = db().select().from(trials).where(eq(trials.matchId, p.matchId)).get()!;
    expect(accepted.headers.get("Location")).toBe(`/trials/${trial.id}`);

    // The thread is closed on the match and carries on on the trial, the match's part first.
    expect((await onMatch(p.matchId, p.clinician.cookie, { intent: "message", body: "Late" })).status).toBe(403);
    expect((await onTrial(trial.id, p.clinician.cookie, { intent: "message", body: "Welcome aboard." })).status).toBe(302);
    const { data } = await trialPage(trial.id, p.clinician.cookie);
    expect(data.messages.map((m: { body: string; onMatch: boolean }) => [m.body, m.onMatch])).toEqual([
      ["Is a pilot on one ward possible?", true],
      ["This fits the region's virtual-ward priority.", true],
      ["Welcome aboard.", false],
    ]);
    const audit = db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "match"), eq(auditEvents.entityId, String(p.matchId)))).all();
    expect(audit.map((a) => a.action)).toEqual(["match.proposed", "match.message", "match.message", "match.accepted"]);
  });

  it("a declined match keeps its reason and closes its conversation", async () => {
    const p = await proposal();
    expect((await onMatch(p.matchId, p.innovator.cookie, { decision: "decline", reason: "We do not support virtual wards yet." })).status).toBe(302);
    expect(db().select().from(matches).where(eq(matches.id, p.matchId)).get()).toMatchObject({ status: "declined", declineReason: "We do not support virtual wards yet." });
    expect((await matchPage(p.matchId, p.clinician.cookie)).data).toMatchObject({ mayRespond: false, mayMessage: false });
    expect((await onMatch(p.matchId, p.clinician.cookie, { intent: "message", body: "Why?" })).status).toBe(403);
  });
});

describe("a trial from triage to adopted", () => {
  /** Records every item this side may record now: documents uploaded, attestations stated. */
  async function recordAll(trialId: number, side: Side) {
    const { data } = await trialPage(trialId, side.cookie);
    const missing = new Set([...data.checklist.filter((l: { evidence: unknown }) => !l.evidence), ...data.earlierMissing].map((l: { key: string }) => l.key));
    const documents = (data.documentOptions as { value: string; label: string }[]).filter((o) => missing.has(o.value));
    const attestations = (data.attestationOptions as { value: string; label: string }[]).filter((o) => missing.has(o.value));
    for (const o of documents) {
      const r = await uploadTo(trialId, side.cookie, o.value, `${o.value.replace(/[^a-z0-9]+/gi, "-")}.pdf`);
      expect(r.status, `${o.label}: ${JSON.stringify(r.data?.result?.error)}`).toBe(302);
    }
    for (const o of attestations) {
      const r = await onTrial(trialId, side.cookie, { intent: "attest", requirement: o.value, text: `${o.label}: confirmed.`, attestedOn: today() });
      expect(r.status, `${o.label}: ${JSON.stringify(r.data?.result?.error)}`).toBe(302);
    }
    return documents.length + attestations.length;
  }

  it("goes through every stage with each item recorded by its provider and each gate decided by the leadership group", async () => {
    const p = await proposal();
    expect((await onMatch(p.matchId, p.innovator.cookie, { decision: "accept" })).status).toBe(302);
    const trialId = db().select().from(trials).where(eq(trials.matchId, p.matchId)).get()!.id;
    const row = () => db().select().from(trials).where(eq(trials.id, trialId)).get()!;

    // The leadership group records what the trial is: research, as a clinical investigation.
    expect((await onTrial(trialId, p.leader.cookie, { intent: "facts", research: "research", deviceRoute: "clinical_investigation" })).status).toBe(302);

    const visited: string[] = [];
    let recorded = 0;
    while (row().status === "active") {
      const stage = row().stage;
      visited.push(stage);
      // A gate cannot be passed early, whatever the form says.
      const early = await onTrial(trialId, p.leader.cookie, { intent: "decide", action: "approve", note: "Too soon" });
      expect(early.status, stage).toBe(400);
      // Nobody may approve their own trial's gate but the leadership group.
      expect((await onTrial(trialId, p.innovator.cookie, { intent: "decide", action: "approve", note: "Ours" })).status).toBe(403);

      for (const side of [p.leader, p.innovator, p.clinician]) recorded += await recordAll(trialId, side);
      if (stage === "sandbox_test") {
        // Returned once with the changes needed, which the company hears as such.
        expect((await onTrial(trialId, p.leader.cookie, { intent: "decide", action: "return", note: "Add the ward's test results." })).status).toBe(302);
        expect(inbox(p.innovator.user.id, "trial-returned")).toEqual([expect.objectContaining({ body: "Sandbox test: Add the ward's test results." })]);
      }
      if (stage === "live_trial") {
        // A host site reports a safety incident: the trial pauses until the leadership group resumes it.
        expect((await onTrial(trialId, p.clinician.cookie, { intent: "decide", action: "pause", note: "An alert was missed overnight." })).status).toBe(302);
        expect(row().status).toBe("paused");
        expect(inbox(p.leader.user.id, "trial-incident")).toEqual([expect.objectContaining({ body: "An alert was missed overnight." })]);
        expect(inbox(p.innovator.user.id, "trial-incident")).toHaveLength(1);
        expect((await onTrial(trialId, p.leader.cookie, { intent: "decide", action: "resume", note: "The cause is fixed and the staff briefed." })).status).toBe(302);
      }
      expect(row().evidenceCompleteAt, stage).not.toBeNull();
      const approved = await onTrial(trialId, p.leader.cookie, { intent: "decide", action: "approve", note: `The ${stage} gate is met.` });
      expect(approved.status, `${stage}: ${JSON.stringify(approved.data?.result?.error)}`).toBe(302);
      expect(visited.length).toBeLessThan(10);
    }

    expect(visited).toEqual(["triage", "regulatory_readiness", "sandbox_test", "trial_approval", "live_trial", "evaluation", "adoption"]);
    expect(row()).toMatchObject({ stage: "adoption", status: "adopted" });
    expect(recorded).toBeGreaterThan(30);
    expect(db().select().from(evidence).where(eq(evidence.trialId, trialId)).all()).toHaveLength(recorded);

    // Each new stage asked each side for its part; the company heard of every decision.
    const requested = inbox(p.innovator.user.id, "evidence-requested");
    expect(requested.length).toBeGreaterThanOrEqual(4);
    expect(requested[0].body).toMatch(/^The gate needs from you: /);
    expect(inbox(p.clinician.user.id, "evidence-requested").length).toBeGreaterThan(0);
    expect(inbox(p.innovator.user.id, "trial-decision")).toHaveLength(8);
    // Whenever a side recorded a gate's last item, the leadership group heard it could decide.
    expect(inbox(p.leader.user.id, "trial-gate-ready").length).toBeGreaterThanOrEqual(4);
    const page = await trialPage(trialId, p.clinician.cookie);
    // The host site sees what the trial was recorded to be, though only others record it.
    expect(page.data).toMatchObject({ mayRecordFacts: false, facts: { research: "research", route: "clinical_investigation" } });
    expect(page.data.timeline.every((t: { state: string }) => t.state !== "to-come")).toBe(true);
    expect(page.data.actions).toEqual([]);
  });
});
