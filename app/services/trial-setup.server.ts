// The leadership group's (and the company's) part in setting a trial up: recording the trial's
// facts (research or service evaluation, a device's marked purpose and route), adding host
// sites, and telling the leadership group when a trial starts or a gate is overdue.
// Each change, its audit event and its notifications are written in one transaction.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "../../db/client.server";
import { auditEvents, organisations, trials, trialSites, users } from "../../db/schema";
import type { Actor } from "../domain/permissions";
import type { OrganisationKind } from "../domain/taxonomies";
import { isDevice, isTerminal, serviceLevel, stageLabel, TERMINAL_STATUSES, type TrialFacts } from "../domain/workflow";
import { recordAudit } from "./audit.server";
import { forbidden } from "./errors.server";
import { notify } from "./notifications.server";
import { notifyLeadership } from "./trial-notices.server";
import { loadTrial, refreshEvidenceComplete, type TrialContext } from "./trials.server";

/** The kinds of organisation that host trials: the NHS and care. */
export const HOST_SITE_KINDS: readonly OrganisationKind[] = ["nhs_trust", "icb", "local_authority", "care_provider"];

export type SetupOutcome = { ok: true; message: string } | { ok: false; field: string | null; message: string };

function notWhileEnded(ctx: TrialContext): SetupOutcome | null {
  if (isTerminal(ctx.trial.status)) return { ok: false, field: null, message: `The trial has ended (${ctx.trial.status}): nothing more can be changed.` };
  if (ctx.trial.status !== "active") return { ok: false, field: null, message: "The trial is paused after a safety incident: change it once the leadership group has resumed it." };
  return null;
}

export type FactsInput = {
  research: boolean;
  withinMarkedPurpose?: boolean;
  deviceRoute?: TrialFacts["deviceRoute"];
};

/** What the facts must say for this product: a device needs its marked purpose (when marked) and, when not marked for it, its route. */
function judgeFacts(ctx: TrialContext, input: FactsInput): { ok: true; facts: TrialFacts } | { ok: false; field: string; message: string } {
  if (!isDevice(ctx.profile)) return { ok: true, facts: { research: input.research } };
  const marked = ctx.profile.ukcaMarked;
  if (marked && input.withinMarkedPurpose === undefined) {
    return { ok: false, field: "withinMarkedPurpose", message: "Say whether the trial uses the device within its marked purpose" };
  }
  const within = marked && input.withinMarkedPurpose === true;
  if (within) return { ok: true, facts: { research: input.research, withinMarkedPurpose: true } };
  if (!input.deviceRoute) return { ok: false, field: "deviceRoute", message: "Choose the route for a device not marked for this purpose" };
  return { ok: true, facts: { research: input.research, ...(marked ? { withinMarkedPurpose: false } : {}), deviceRoute: input.deviceRoute } };
}

const sameFacts = (a: TrialFacts, b: TrialFacts) =>
  a.research === b.research && a.withinMarkedPurpose === b.withinMarkedPurpose && a.deviceRoute === b.deviceRoute;

/** The leadership group or the company records the trial's facts; the checklist follows the new profile. */
export function setTrialFacts(actor: Actor, trialId: number, input: FactsInput): SetupOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    if (ctx.party.side !== "leadership" && ctx.party.side !== "company") forbidden("Only the leadership group and the company record the trial's facts.");
    const ended = notWhileEnded(ctx);
    if (ended) return ended;
    const judged = judgeFacts(ctx, input);
    if (!judged.ok) return judged;
    const before = ctx.trial.facts ?? {};
    if (sameFacts(before, judged.facts)) return { ok: true, message: "The trial's facts are unchanged." } as const;
    tx.update(trials).set({ facts: judged.facts, updatedAt: now }).where(eq(trials.id, trialId)).run();
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "trial.facts-changed",
      entityType: "trial",
      entityId: trialId,
      fromState: JSON.stringify(before),
      toState: JSON.stringify(judged.facts),
    });
    // Other facts may ask for other items: the gate's evidence may now be complete, or not.
    refreshEvidenceComplete(tx, trialId, now, actor);
    return { ok: true, message: "The trial's facts are recorded: the checklist follows them." } as const;
  });
}

/** Organisations the leadership group may add as a host site: NHS and care kinds not already a site. */
export function hostSiteCandidates(trialId: number, db: DbOrTx = getDb()) {
  const current = db.select({ id: trialSites.organisationId }).from(trialSites).where(eq(trialSites.trialId, trialId));
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(inArray(organisations.kind, [...HOST_SITE_KINDS]), notInArray(organisations.id, current)))
    .orderBy(organisations.name)
    .all();
}

/** The leadership group adds another host site; its members are told and can then see the trial. */
export function addHostSite(actor: Actor, trialId: number, organisationId: number): SetupOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    if (ctx.party.side !== "leadership") forbidden("Only the leadership group adds host sites.");
    const ended = notWhileEnded(ctx);
    if (ended) return ended;
    const org = tx.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get();
    if (!org || !HOST_SITE_KINDS.includes(org.kind)) return { ok: false, field: "organisationId", message: "Choose an NHS or care organisation" } as const;
    if (ctx.sites.some((s) => s.organisationId === org.id)) return { ok: false, field: "organisationId", message: `${org.name} is already a host site` } as const;
    const site = tx.insert(trialSites).values({ trialId, organisationId: org.id }).returning({ id: trialSites.id }).get();
    tx.update(trials).set({ updatedAt: now }).where(eq(trials.id, trialId)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "trial.site-added", entityType: "trial", entityId: trialId, detail: { siteId: site.id, organisationId: org.id } });
    // The new site's items are missing: the gate waits for them.
    refreshEvidenceComplete(tx, trialId, now, actor);
    notify(tx, {
      organisationId: org.id,
      kind: "trial-site-added",
      title: `Your organisation is a host site for the trial of ${ctx.product.name}`,
      body: `The leadership group added ${org.name} as a host site for ${ctx.challenge.title}.`,
      link: `/trials/${trialId}`,
      exceptUserId: actor.userId,
    });
    return { ok: true, message: `${org.name} is now a host site.` } as const;
  });
}

/** Tells the leadership group, once per trial and stage, that its gate decision is overdue. Returns the trials told about. */
export function notifyOverdueGates(now = new Date()): number[] {
  return getDb().transaction((tx) => {
    const open = tx
      .select({
        id: trials.id,
        stage: trials.stage,
        status: trials.status,
        stageEnteredAt: trials.stageEnteredAt,
        evidenceCompleteAt: trials.evidenceCompleteAt,
        lastReturnedAt: trials.lastReturnedAt,
        pausedAt: trials.pausedAt,
      })
      .from(trials)
      .where(notInArray(trials.status, [...TERMINAL_STATUSES]))
      .all();
    const told: number[] = [];
    for (const t of open) {
      const level = serviceLevel({ stage: t.stage, status: t.status, enteredAt: t.stageEnteredAt, evidenceCompleteAt: t.evidenceCompleteAt, lastReturnedAt: t.lastReturnedAt, pausedAt: t.pausedAt, now });
      if (level.clock === "none" || level.state !== "due" || !level.overdue) continue;
      const sent = tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, "trial"), eq(auditEvents.entityId, String(t.id)), eq(auditEvents.action, "trial.gate-overdue"), eq(auditEvents.toState, t.stage)))
        .get();
      if (sent) continue;
      recordAudit(tx, { actorUserId: null, action: "trial.gate-overdue", entityType: "trial", entityId: t.id, toState: t.stage, detail: { dueBy: level.dueBy, clock: level.clock } });
      notifyLeadership(tx, {
        kind: "trial-gate-overdue",
        title: `Overdue: the ${stageLabel(t.stage).toLowerCase()} decision on trial ${t.id}`,
        body: `The decision was due by ${level.dueBy}.`,
        link: `/trials/${t.id}`,
      });
      told.push(t.id);
    }
    return told;
  });
}

