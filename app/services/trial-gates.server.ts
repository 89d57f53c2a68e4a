// Gate decisions: approve, return, stop, withdraw, pause on a safety incident, resume. The
// workflow's `decide` judges each against the trial as the database has it, never the form;
// the decision, the transition and its audit event are written in one transaction.
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { gateDecisions, trials } from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { ACTION_RULES, check, decide, stageLabel, type ActionType } from "../domain/workflow";
import { recordAudit } from "./audit.server";
import { forbidden } from "./errors.server";
import type { NotificationKind } from "./notifications.server";
import { notifyLeadership, notifyTrialSides, requestEvidence } from "./trial-notices.server";
import { loadTrial, refreshEvidenceComplete } from "./trials.server";

export type GateOutcome = { ok: true; message: string } | { ok: false; message: string };

const DONE: Record<ActionType, (stage: string) => string> = {
  approve: (stage) => `Gate approved: the trial is now in ${stage.toLowerCase()}.`,
  return: () => "Returned with the changes needed.",
  stop: () => "The trial has been stopped.",
  withdraw: () => "You have withdrawn from the trial.",
  pause: () => "Safety incident reported: the trial is paused until the leadership group decides.",
  resume: () => "The trial has resumed.",
};

const NOTICE_KINDS: Record<ActionType, NotificationKind> = {
  approve: "trial-decision",
  return: "trial-returned",
  stop: "trial-decision",
  withdraw: "trial-decision",
  pause: "trial-incident",
  resume: "trial-decision",
};

export function decideGate(actor: Actor, trialId: number, action: { type: ActionType; note: string }): GateOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    const from = { stage: ctx.trial.stage, status: ctx.trial.status };
    // Someone who is not the side this action belongs to is refused outright; everything else
    // (a missing item, a finished trial, no note) is explained beside the form.
    const allowed = check(from, action.type, ctx.party);
    if (!allowed.ok && !ACTION_RULES[action.type].by.includes(ctx.party.side)) forbidden(allowed.reason);
    const decision = decide(from, action, ctx.party, ctx);
    if (!decision.ok) return { ok: false, message: decision.reason } as const;

    const to = decision.next;
    tx.update(trials)
      .set({
        stage: to.stage,
        status: to.status,
        updatedAt: now,
        ...(decision.entered ? { stageEnteredAt: now, evidenceCompleteAt: null, lastReturnedAt: null } : {}),
        ...(action.type === "return" ? { lastReturnedAt: now } : {}),
        ...(action.type === "pause" ? { pausedAt: now } : {}),
        ...(action.type === "resume" ? { pausedAt: null } : {}),
      })
      .where(eq(trials.id, trialId))
      .run();
    tx.insert(gateDecisions)
      .values({
        trialId,
        stage: from.stage,
        action: action.type,
        note: action.note,
        decidedById: actor.userId,
        decidedAt: now,
        fromStage: from.stage,
        toStage: to.stage,
        fromStatus: from.status,
        toStatus: to.status,
      })
      .run();
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: `trial.${action.type}`,
      entityType: "trial",
      entityId: trialId,
      fromState: `${from.stage}:${from.status}`,
      toState: `${to.stage}:${to.status}`,
      detail: { note: action.note },
    });
    notifyTrialSides(tx, ctx, actor, {
      kind: NOTICE_KINDS[action.type],
      title: `${ACTION_RULES[action.type].label}: the trial of ${ctx.product.name}`,
      body: `${stageLabel(from.stage)}: ${action.note}`,
    });
    // The leadership group decides what happens after an incident, whoever reported it.
    if (action.type === "pause") {
      notifyLeadership(tx, { kind: "trial-incident", title: `Safety incident: the trial of ${ctx.product.name} is paused`, body: action.note, link: `/trials/${trialId}` }, actor.userId);
    }
    if (decision.entered) {
      // Evidence recorded ahead of time may already complete the new stage's gate.
      refreshEvidenceComplete(tx, trialId, now, actor);
      if (to.status === "active") requestEvidence(tx, loadTrial(actor, trialId, tx), actor);
    }
    const message = to.status === "adopted" ? "Adopted: the trial is complete and the region adopts the product." : DONE[action.type](stageLabel(to.stage));
    return { ok: true, message } as const;
  });
}
