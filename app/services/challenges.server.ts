// Challenge lifecycle: draft → submitted → published → closed, with triage by the
// leadership group. Every change writes its audit event and its search outbox row in the
// same transaction.
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { challenges, organisations, type Challenge } from "../../db/schema";
import type { ChallengeInput, ChallengeIntent } from "../forms/challenge";
import { can, type Actor } from "../domain/permissions";
import { enqueueSearchUpdate } from "../../search/outbox";
import { recordAudit } from "./audit.server";
import { forbidden, notFound } from "./errors.server";

export type ChallengeOutcome = { ok: true; id: number; status: Challenge["status"] } | { ok: false; message: string };

const NOT_VERIFIED = "Your organisation, or your membership of it, is not verified yet, so you can save drafts but not submit them. The leadership group will verify it soon.";

function columns(input: ChallengeInput) {
  return {
    title: input.title,
    summary: input.summary,
    problem: input.problem,
    peopleAffectedPerYear: input.peopleAffectedPerYear ?? null,
    currentPathway: input.currentPathway,
    desiredOutcomes: input.desiredOutcomes,
    clinicalAreas: input.clinicalAreas,
    careSettings: input.careSettings,
    place: input.place,
    inequalitiesFocus: input.inequalitiesFocus,
    fundingRoute: input.fundingRoute,
    mustHaves: input.mustHaves,
    closingDate: input.closingDate ?? null,
  };
}

/** Loads a challenge the actor may see; anything else is "not found", so drafts stay secret. */
export function loadVisibleChallenge(actor: Actor | null, id: number, tx: Tx | ReturnType<typeof getDb> = getDb()) {
  const row = tx.select().from(challenges).where(eq(challenges.id, id)).get();
  if (!row || !can(actor, "challenge:view", row)) notFound("We could not find that challenge.");
  return row;
}

export function createChallenge(actor: Actor, input: ChallengeInput, intent: ChallengeIntent): ChallengeOutcome {
  if (!can(actor, "challenge:create")) forbidden();
  if (intent === "submit" && !actor.organisationVerified) return { ok: false, message: NOT_VERIFIED };
  const now = new Date();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(challenges)
      .values({ ...columns(input), organisationId: actor.organisationId, createdById: actor.userId, status: "draft" })
      .returning({ id: challenges.id })
      .get();
    recordAudit(tx, { actorUserId: actor.userId, action: "challenge.created", entityType: "challenge", entityId: row.id, toState: "draft" });
    enqueueSearchUpdate(tx, "challenges", row.id);
    if (intent === "submit") submit(tx, actor, row.id, now);
    return { ok: true, id: row.id, status: intent === "submit" ? "submitted" : "draft" } as const;
  });
}

export function updateChallenge(actor: Actor, id: number, input: ChallengeInput, intent: ChallengeIntent): ChallengeOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const current = loadVisibleChallenge(actor, id, tx);
    if (!can(actor, "challenge:edit", current)) forbidden("Only the organisation that posted this challenge can change it.");
    const submitting = intent === "submit" && current.status === "draft";
    if (submitting && !can(actor, "challenge:submit", current)) return { ok: false, message: NOT_VERIFIED } as const;
    tx.update(challenges).set({ ...columns(input), updatedAt: now }).where(eq(challenges.id, id)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "challenge.edited", entityType: "challenge", entityId: id, fromState: current.status, toState: current.status });
    enqueueSearchUpdate(tx, "challenges", id);
    if (submitting) submit(tx, actor, id, now);
    return { ok: true, id, status: submitting ? "submitted" : current.status } as const;
  });
}

function submit(tx: Tx, actor: Actor, id: number, now: Date) {
  tx.update(challenges).set({ status: "submitted", submittedAt: now, triageNote: null, updatedAt: now }).where(eq(challenges.id, id)).run();
  recordAudit(tx, { actorUserId: actor.userId, action: "challenge.submitted", entityType: "challenge", entityId: id, fromState: "draft", toState: "submitted" });
  enqueueSearchUpdate(tx, "challenges", id);
}

export function closeChallenge(actor: Actor, id: number) {
  const now = new Date();
  getDb().transaction((tx) => {
    const current = loadVisibleChallenge(actor, id, tx);
    if (!can(actor, "challenge:close", current)) forbidden("Only the organisation that posted a published challenge can close it.");
    tx.update(challenges).set({ status: "closed", updatedAt: now }).where(eq(challenges.id, id)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "challenge.closed", entityType: "challenge", entityId: id, fromState: "published", toState: "closed" });
    enqueueSearchUpdate(tx, "challenges", id);
  });
}

/** The leadership group publishes a submitted challenge, or returns it to its owner with a note. */
export function triageChallenge(actor: Actor, id: number, decision: "publish" | "return", note: string) {
  const now = new Date();
  getDb().transaction((tx) => {
    const current = loadVisibleChallenge(actor, id, tx);
    if (!can(actor, "challenge:triage", current)) forbidden("Only a submitted challenge can be triaged, by the leadership group.");
    if (decision === "publish") {
      tx.update(challenges).set({ status: "published", publishedAt: now, triageNote: null, updatedAt: now }).where(eq(challenges.id, id)).run();
    } else {
      tx.update(challenges).set({ status: "draft", triageNote: note, updatedAt: now }).where(eq(challenges.id, id)).run();
    }
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: decision === "publish" ? "challenge.published" : "challenge.returned",
      entityType: "challenge",
      entityId: id,
      fromState: "submitted",
      toState: decision === "publish" ? "published" : "draft",
      detail: note ? { note } : undefined,
    });
    enqueueSearchUpdate(tx, "challenges", id);
  });
}

export function getChallengeWithOwner(actor: Actor | null, id: number) {
  const challenge = loadVisibleChallenge(actor, id);
  const owner = getDb()
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, place: organisations.place })
    .from(organisations)
    .where(eq(organisations.id, challenge.organisationId))
    .get()!;
  return { challenge, owner };
}
