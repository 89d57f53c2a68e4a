// The test-and-trial stages, in order, as DESIGN.md names them. Each stage is a gate: a trial
// leaves it only when a leadership member approves with every required item present.

export const STAGES = [
  "triage",
  "regulatory_readiness",
  "sandbox_test",
  "trial_approval",
  "live_trial",
  "evaluation",
  "adoption",
] as const;
export type Stage = (typeof STAGES)[number];

export type StageInfo = {
  readonly label: string;
  /** The question the gate answers. */
  readonly question: string;
  /** What happens in the stage, in plain words. */
  readonly description: string;
};

export const STAGE_INFO: Record<Stage, StageInfo> = {
  triage: {
    label: "Triage",
    question: "A regional priority and a plausible fit?",
    description:
      "The leadership group checks that the challenge is a regional priority, that the product could meet it, and what the trial could do for health inequalities.",
  },
  regulatory_readiness: {
    label: "Regulatory readiness",
    question: "Safe and legal to test?",
    description:
      "The company shows what the product is for and how it is regulated: its medical device class and marking, its clinical safety case, how it protects patient data, and its DTAC assessment.",
  },
  sandbox_test: {
    label: "Sandbox test",
    question: "Does it work with no patient at risk?",
    description:
      "The company and the host site test the product on a test bed or with synthetic data, and check that people can use it, before any patient is involved.",
  },
  trial_approval: {
    label: "Trial approval",
    question: "Is each site ready and approved?",
    description:
      "Each host site names a sponsor, signs the agreement and records its own safety and data protection approvals; research also needs HRA approval and a REC opinion.",
  },
  live_trial: {
    label: "Live trial",
    question: "What happens in real care?",
    description:
      "The product is used in real care at the host sites. Any safety incident pauses the trial until the leadership group decides.",
  },
  evaluation: {
    label: "Evaluation",
    question: "Did it work, for whom, at what cost?",
    description:
      "The trial's results are measured against the challenge's desired outcomes, with the evidence tier reached and the economic and inequalities impact.",
  },
  adoption: {
    label: "Adoption",
    question: "Adopted and spreading?",
    description:
      "The host sites decide whether to adopt the product, how they will buy it, and check it again before the contract.",
  },
};

export function stageLabel(stage: Stage): string {
  return STAGE_INFO[stage].label;
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage an approval leads to, or null after adoption (approval there ends the trial). */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

/** The stages up to and including `stage`. */
export function stagesThrough(stage: Stage): Stage[] {
  return STAGES.slice(0, stageIndex(stage) + 1);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
