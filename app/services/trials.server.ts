// Trials: who may see one, what the workflow rules need to know about it, the list and the
// trial page. Gate decisions are in trial-gates.server.ts and evidence in evidence.server.ts.
import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type DbOrTx, type Tx } from "../../db/client.server";
import {
  challenges,
  evidence,
  gateDecisions,
  organisations,
  products,
  trialMessages,
  trials,
  trialSites,
  users,
  type Trial,
} from "../../db/schema";
import { can, type Actor } from "../domain/permissions";
import {
  blockingEvidence,
  partyFor,
  profileFromProduct,
  requirementsFor,
  serviceLevel,
  type HostSite,
  type Party,
  type TrialProfile,
} from "../domain/workflow";
import { forbidden, notFound } from "./errors.server";
import { announceGateReady } from "./trial-notices.server";

export type EvidenceRow = {
  id: number;
  item: string;
  siteId: number | null;
  kind: "document" | "attestation";
  text: string | null;
  attestedOn: string | null;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  providedByName: string;
  providedAt: Date;
};

export type TrialContext = {
  trial: Trial;
  party: Party;
  profile: TrialProfile;
  /** Host sites as the rules see them (id = trial_sites.id) with their organisation. */
  sites: (HostSite & { organisationId: number })[];
  evidence: EvidenceRow[];
  product: { id: number; name: string; organisationName: string };
  challenge: { id: number; title: string; organisationId: number };
};

/** Whether the actor is anyone to this trial: one of its sides, or the leadership group (admins read). */
export function mayView(actor: Actor | null, party: Party) {
  return party.side !== "none" || can(actor, "trial:view-all");
}

/** Everything the rules ask about a trial. Anyone who may not see it is told it does not exist. */
export function loadTrial(actor: Actor, trialId: number, db: DbOrTx = getDb()): TrialContext {
  const trial = db.select().from(trials).where(eq(trials.id, trialId)).get();
  if (!trial) notFound("We could not find that trial.");
  const sites = db
    .select({ id: trialSites.id, organisationId: trialSites.organisationId, name: organisations.name })
    .from(trialSites)
    .innerJoin(organisations, eq(organisations.id, trialSites.organisationId))
    .where(eq(trialSites.trialId, trial.id))
    .orderBy(asc(trialSites.id))
    .all();
  const party = partyFor(actor, { companyOrganisationId: trial.companyOrganisationId, hostSites: sites });
  if (!mayView(actor, party)) notFound("We could not find that trial.");
  const product = db
    .select({
      id: products.id,
      name: products.name,
      organisationName: organisations.name,
      deviceClass: products.deviceClass,
      technologyType: products.technologyType,
      ukcaMarked: products.ukcaMarked,
      processesPatientData: products.processesPatientData,
      dtacPassed: products.dtacPassed,
    })
    .from(products)
    .innerJoin(organisations, eq(organisations.id, products.organisationId))
    .where(eq(products.id, trial.productId))
    .get()!;
  const challenge = db
    .select({ id: challenges.id, title: challenges.title, organisationId: challenges.organisationId })
    .from(challenges)
    .where(eq(challenges.id, trial.challengeId))
    .get()!;
  return {
    trial,
    party,
    profile: profileFromProduct(product, trial.facts),
    sites,
    evidence: activeEvidence(db, trial.id),
    product: { id: product.id, name: product.name, organisationName: product.organisationName },
    challenge,
  };
}

/** The trial's recorded, not withdrawn evidence, newest first (so the newest satisfies an item). */
function activeEvidence(db: DbOrTx, trialId: number): EvidenceRow[] {
  return db
    .select({
      id: evidence.id,
      item: evidence.itemKey,
      siteId: evidence.siteId,
      kind: evidence.kind,
      text: evidence.text,
      attestedOn: evidence.attestedOn,
      fileName: evidence.fileName,
      fileType: evidence.fileType,
      fileSize: evidence.fileSize,
      providedByName: users.name,
      providedAt: evidence.providedAt,
    })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.providedById))
    .where(and(eq(evidence.trialId, trialId), isNull(evidence.withdrawnAt)))
    .orderBy(desc(evidence.providedAt), desc(evidence.id))
    .all();
}

/** Keeps `evidenceCompleteAt` true to the evidence: set when the gate's last item arrives, cleared while any is missing. */
export function refreshEvidenceComplete(tx: Tx, trialId: number, now: Date, actor: Actor) {
  const ctx = loadTrial(actor, trialId, tx);
  const complete = blockingEvidence(ctx.trial, ctx).length === 0;
  const next = complete ? (ctx.trial.evidenceCompleteAt ?? now) : null;
  if (next?.getTime() !== ctx.trial.evidenceCompleteAt?.getTime()) {
    tx.update(trials).set({ evidenceCompleteAt: next, updatedAt: now }).where(eq(trials.id, trialId)).run();
    if (next && ctx.trial.status === "active") announceGateReady(tx, ctx, actor);
  }
}

/** Every trial for the leadership group and admins; otherwise the trials the organisation is a side of. */
export function listTrials(actor: Actor, now = new Date()) {
  const db = getDb();
  const mine = can(actor, "trial:view-all")
    ? undefined
    : or(
        eq(trials.companyOrganisationId, actor.organisationId),
        inArray(trials.id, db.select({ id: trialSites.trialId }).from(trialSites).where(eq(trialSites.organisationId, actor.organisationId))),
      );
  const rows = db
    .select({
      id: trials.id,
      stage: trials.stage,
      status: trials.status,
      stageEnteredAt: trials.stageEnteredAt,
      evidenceCompleteAt: trials.evidenceCompleteAt,
      lastReturnedAt: trials.lastReturnedAt,
      pausedAt: trials.pausedAt,
      createdAt: trials.createdAt,
      challengeTitle: challenges.title,
      productName: products.name,
      companyName: organisations.name,
    })
    .from(trials)
    .innerJoin(challenges, eq(challenges.id, trials.challengeId))
    .innerJoin(products, eq(products.id, trials.productId))
    .innerJoin(organisations, eq(organisations.id, trials.companyOrganisationId))
    .where(mine)
    .orderBy(desc(trials.id))
    .all();
  return rows.map((t) => ({
    ...t,
    serviceLevel: serviceLevel({
      stage: t.stage,
      status: t.status,
      enteredAt: t.stageEnteredAt,
      evidenceCompleteAt: t.evidenceCompleteAt,
      lastReturnedAt: t.lastReturnedAt,
      pausedAt: t.pausedAt,
      now,
    }),
  }));
}

export function decisionHistory(trialId: number) {
  return getDb()
    .select({
      id: gateDecisions.id,
      stage: gateDecisions.stage,
      action: gateDecisions.action,
      note: gateDecisions.note,
      decidedAt: gateDecisions.decidedAt,
      fromStage: gateDecisions.fromStage,
      toStage: gateDecisions.toStage,
      toStatus: gateDecisions.toStatus,
      decidedByName: users.name,
    })
    .from(gateDecisions)
    .innerJoin(users, eq(users.id, gateDecisions.decidedById))
    .where(eq(gateDecisions.trialId, trialId))
    .orderBy(asc(gateDecisions.id))
    .all();
}

/** The requirements up to the current stage, for checking what may be recorded. */
export function requirementsSoFar(ctx: TrialContext) {
  return requirementsFor(ctx.profile, { through: ctx.trial.stage, sites: ctx.sites });
}
