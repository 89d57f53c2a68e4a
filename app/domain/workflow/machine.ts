// The trial's state machine: the legal gate actions, who may take each, and their guards.
// Pure: the service gives it the trial's state, profile, host sites and recorded evidence,
// persists `next` with the decision and its audit event, or shows `reason` to the person.
import type { HostSite, Party, Side } from "./parties";
import type { TrialProfile } from "./profile";
import { missingRequirements, requirementsFor, type EvidenceRef, type Requirement } from "./requirements";
import { nextStage, stageLabel, type Stage } from "./stages";

export const TRIAL_STATUSES = ["active", "paused", "stopped", "withdrawn", "adopted"] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];
export const TERMINAL_STATUSES: readonly TrialStatus[] = ["stopped", "withdrawn", "adopted"];

export type TrialState = { stage: Stage; status: TrialStatus };

export const ACTIONS = ["approve", "return", "stop", "withdraw", "pause", "resume"] as const;
export type ActionType = (typeof ACTIONS)[number];
/** Every action carries a note: the rationale, the changes needed, the reason, the incident. */
export type TrialAction = { type: ActionType; note: string };

type ActionRule = {
  readonly label: string;
  /** What the note is called on the form. */
  readonly noteLabel: string;
  readonly by: readonly Side[];
  readonly from: readonly TrialStatus[];
  /** Only in these stages (all when absent). */
  readonly stages?: readonly Stage[];
};

// Leadership decides at gates; the company can withdraw; anyone on the trial reports a safety
// incident in the live trial, which pauses it until a gate decision (DESIGN.md). A paused trial
// can be returned (changes needed before it resumes) or stopped, but not moved on: it must be
// resumed first, so no incident is left without a decision.
export const ACTION_RULES: Record<ActionType, ActionRule> = {
  approve: { label: "Approve", noteLabel: "Rationale", by: ["leadership"], from: ["active"] },
  return: { label: "Return with changes needed", noteLabel: "Changes needed", by: ["leadership"], from: ["active", "paused"] },
  stop: { label: "Stop the trial", noteLabel: "Reason", by: ["leadership"], from: ["active", "paused"] },
  withdraw: { label: "Withdraw from the trial", noteLabel: "Reason", by: ["company"], from: ["active", "paused"] },
  pause: {
    label: "Report a safety incident",
    noteLabel: "What happened",
    by: ["leadership", "company", "site"],
    from: ["active"],
    stages: ["live_trial"],
  },
  resume: { label: "Resume the trial", noteLabel: "Rationale", by: ["leadership"], from: ["paused"] },
};

export type GateContext = {
  profile: TrialProfile;
  sites: readonly HostSite[];
  evidence: readonly EvidenceRef[];
};

export type Decision =
  | { ok: true; next: TrialState; /** The stage the trial has just entered, if it moved on. */ entered: Stage | null }
  | { ok: false; reason: string; /** For a refused approval: what is still missing. */ missing: Requirement[] };

export function startTrial(): TrialState {
  return { stage: "triage", status: "active" };
}

export function isTerminal(status: TrialStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

const WHO: Record<Side, string> = {
  leadership: "the leadership group",
  company: "the company",
  site: "a host site",
  none: "nobody",
};

const ENDED: Record<string, string> = {
  stopped: "The trial was stopped",
  withdrawn: "The company withdrew from the trial",
  adopted: "The trial ended in adoption",
};

/** Whether `party` may take `type` now, before looking at the note or the evidence. */
export function check(state: TrialState, type: ActionType, party: Party): { ok: true } | { ok: false; reason: string } {
  const rule = ACTION_RULES[type];
  if (isTerminal(state.status)) return { ok: false, reason: `${ENDED[state.status]}: nothing more can be decided.` };
  if (!rule.by.includes(party.side)) {
    const who = rule.by.length > 1 ? "people on the trial" : WHO[rule.by[0]];
    return { ok: false, reason: `Only ${who} can ${rule.label.charAt(0).toLowerCase()}${rule.label.slice(1)}.` };
  }
  if (rule.stages && !rule.stages.includes(state.stage)) {
    const stage = stageLabel(state.stage).toLowerCase();
    return { ok: false, reason: `A safety incident pauses a trial only in the live trial; in ${stage} no patient is using the product.` };
  }
  if (!rule.from.includes(state.status)) {
    if (type === "approve") return { ok: false, reason: "The trial is paused after a safety incident: resume it before approving the gate." };
    if (type === "resume") return { ok: false, reason: "The trial is not paused." };
    return { ok: false, reason: "The trial is already paused." };
  }
  return { ok: true };
}

/** The actions `party` may take now, for showing the controls. */
export function availableActions(state: TrialState, party: Party): ActionType[] {
  return ACTIONS.filter((type) => check(state, type, party).ok);
}

/** Missing evidence that blocks approval at the current stage: this stage's and any earlier one's. */
export function blockingEvidence(state: TrialState, ctx: GateContext): Requirement[] {
  // Earlier stages count too: a host site added later, or a trial later judged research, must
  // catch up before the trial moves on.
  return missingRequirements(requirementsFor(ctx.profile, { through: state.stage, sites: ctx.sites }), ctx.evidence);
}

/** Apply `action` by `party`: the next state, or why not, in plain words. */
export function decide(state: TrialState, action: TrialAction, party: Party, ctx: GateContext): Decision {
  const refuse = (reason: string, missing: Requirement[] = []): Decision => ({ ok: false, reason, missing });
  const allowed = check(state, action.type, party);
  if (!allowed.ok) return refuse(allowed.reason);
  if (!action.note.trim()) return refuse(`Give the ${ACTION_RULES[action.type].noteLabel.toLowerCase()}.`);

  switch (action.type) {
    case "approve": {
      const missing = blockingEvidence(state, ctx);
      if (missing.length) return refuse(missingReason(missing, state.stage), missing);
      const next = nextStage(state.stage);
      return next
        ? { ok: true, next: { stage: next, status: "active" }, entered: next }
        : { ok: true, next: { stage: state.stage, status: "adopted" }, entered: null };
    }
    case "return":
      return { ok: true, next: state, entered: null };
    case "stop":
      return { ok: true, next: { ...state, status: "stopped" }, entered: null };
    case "withdraw":
      return { ok: true, next: { ...state, status: "withdrawn" }, entered: null };
    case "pause":
      return { ok: true, next: { ...state, status: "paused" }, entered: null };
    case "resume":
      return { ok: true, next: { ...state, status: "active" }, entered: null };
  }
}

/** "The gate cannot be approved while 2 required items are missing: …" */
export function missingReason(missing: readonly Requirement[], stage: Stage): string {
  if (missing.some((r) => r.perSite && !r.site)) return "The trial has no host site yet: add one before this gate can be approved.";
  const names = missing.map((r) => {
    const notes = [r.site?.name, r.stage !== stage ? `from ${stageLabel(r.stage).toLowerCase()}` : null].filter(Boolean);
    return notes.length ? `${r.title} (${notes.join(", ")})` : r.title;
  });
  const count = missing.length === 1 ? "1 required item is" : `${missing.length} required items are`;
  // A long list helps nobody in a sentence; the checklist shows them all.
  const listed = names.length > 6 ? [...names.slice(0, 5), `and ${names.length - 5} more`] : names;
  return `The gate cannot be approved while ${count} missing: ${listed.join("; ")}.`;
}
