// What the trial page shows: where the trial is and how long it spent in each stage, the
// current stage's checklist with who did what and why each item is required, the decision
// history, the messages, and the actions this viewer may take.
import type { Actor } from "../domain/permissions";
import {
  ACTION_RULES,
  availableActions,
  blockingEvidence,
  checklist,
  isDevice,
  mayWithdraw,
  PROVIDER_LABELS,
  requirementsFor,
  serviceLevel,
  STAGE_INFO,
  stageIndex,
  STAGES,
  stageTimeline,
  type Requirement,
  type Stage,
} from "../domain/workflow";
import { recordableRequirements } from "./evidence.server";
import { hostSiteCandidates } from "./trial-setup.server";
import { trialMessageList } from "./messages.server";
import { decisionHistory, loadTrial, requirementsSoFar, type EvidenceRow } from "./trials.server";

function evidenceView(e: EvidenceRow, trialId: number, mayDownload: boolean) {
  return {
    id: e.id,
    kind: e.kind,
    text: e.text,
    attestedOn: e.attestedOn,
    fileName: e.fileName,
    fileSize: e.fileSize,
    providedByName: e.providedByName,
    providedAt: e.providedAt,
    href: e.kind === "document" && mayDownload ? `/trials/${trialId}/evidence/${e.id}` : null,
  };
}

export function trialPage(actor: Actor, trialId: number, now = new Date()) {
  const ctx = loadTrial(actor, trialId);
  const { trial, party } = ctx;
  const onTrial = party.side !== "none";
  const decisions = decisionHistory(trial.id);

  const entered: { stage: Stage; enteredAt: Date }[] = [
    { stage: "triage", enteredAt: trial.createdAt },
    ...decisions.filter((d) => d.action === "approve" && d.toStage !== d.fromStage).map((d) => ({ stage: d.toStage, enteredAt: d.decidedAt })),
  ];
  const spent = stageTimeline(entered, now);
  const timeline = STAGES.map((stage) => {
    const entry = spent.find((t) => t.stage === stage);
    const state = stage === trial.stage ? "current" : stageIndex(stage) < stageIndex(trial.stage) ? "done" : "to-come";
    return { stage, label: STAGE_INFO[stage].label, question: STAGE_INFO[stage].question, state, days: entry?.days ?? null, enteredAt: entry?.enteredAt ?? null };
  });

  const lines = checklist(requirementsFor(ctx.profile, { stage: trial.stage, sites: ctx.sites }), ctx.evidence).map(({ requirement: r, evidence: e }) => ({
    key: r.key,
    title: r.title,
    description: r.description,
    because: r.because,
    provider: PROVIDER_LABELS[r.provider],
    kind: r.kind,
    siteName: r.site?.name ?? (r.perSite ? "each host site" : null),
    evidence: e ? { ...evidenceView(e, trial.id, onTrial), mayWithdraw: mayWithdraw(r, party, trial) } : null,
  }));
  const earlierMissing = blockingEvidence(trial, ctx)
    .filter((r) => r.stage !== trial.stage)
    .map((r) => ({ key: r.key, title: r.title, stage: STAGE_INFO[r.stage].label, siteName: r.site?.name ?? null, because: r.because }));

  // Items still missing come first; a recorded one may be recorded again to replace it.
  const recorded = new Set(checklist(requirementsSoFar(ctx), ctx.evidence).filter((l) => l.evidence).map((l) => l.requirement.key));
  const options = (requirements: Requirement[]) =>
    requirements
      .map((r) => ({
        value: r.key,
        label: [r.title, r.site?.name, r.stage !== trial.stage ? STAGE_INFO[r.stage].label.toLowerCase() : null, recorded.has(r.key) ? "recorded (a new one replaces it)" : null]
          .filter(Boolean)
          .join(" – "),
        recorded: recorded.has(r.key),
      }))
      .sort((a, b) => Number(a.recorded) - Number(b.recorded));

  return {
    trial: {
      id: trial.id,
      stage: trial.stage,
      stageLabel: STAGE_INFO[trial.stage].label,
      question: STAGE_INFO[trial.stage].question,
      description: STAGE_INFO[trial.stage].description,
      status: trial.status,
      createdAt: trial.createdAt,
    },
    product: ctx.product,
    challenge: { id: ctx.challenge.id, title: ctx.challenge.title },
    sites: ctx.sites.map((s) => s.name),
    side: party.side,
    serviceLevel: serviceLevel({
      stage: trial.stage,
      status: trial.status,
      enteredAt: trial.stageEnteredAt,
      evidenceCompleteAt: trial.evidenceCompleteAt,
      lastReturnedAt: trial.lastReturnedAt,
      pausedAt: trial.pausedAt,
      now,
    }),
    timeline,
    checklist: lines,
    earlierMissing,
    decisions,
    messages: onTrial ? trialMessageList(trial) : [],
    actions: availableActions(trial, party).map((type) => ({ value: type, label: ACTION_RULES[type].label, noteLabel: ACTION_RULES[type].noteLabel })),
    documentOptions: options(recordableRequirements(ctx, "document")),
    attestationOptions: options(recordableRequirements(ctx, "attestation")),
    mayMessage: onTrial,
    facts: {
      device: isDevice(ctx.profile),
      marked: ctx.profile.ukcaMarked,
      research: trial.facts.research === undefined ? null : trial.facts.research ? "research" : "service_evaluation",
      withinMarkedPurpose: trial.facts.withinMarkedPurpose === undefined ? null : trial.facts.withinMarkedPurpose ? "yes" : "no",
      deviceRoute: trial.facts.deviceRoute ?? null,
      route: ctx.profile.route,
    },
    mayRecordFacts: (party.side === "leadership" || party.side === "company") && trial.status === "active",
    siteOptions: party.side === "leadership" && trial.status === "active" ? hostSiteCandidates(trial.id).map((o) => ({ value: String(o.id), label: o.name })) : [],
  };
}
