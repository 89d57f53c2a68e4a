// The conditions under which an evidence item applies. Each is a named fact about the trial's
// profile with the reason it gives in plain words, so the rules table reads as data and every
// checklist line can say why it is there.
import { deviceClassName, isDevice, isResearch, technologyName, type TrialProfile } from "./profile";

export type Condition = {
  /** The condition in the rules table and the docs: "medical device (branch M)". */
  readonly name: string;
  readonly holds: (p: TrialProfile) => boolean;
  /** Completes "Required …", e.g. "because the product processes patient data". Ask only when it holds. */
  readonly because: (p: TrialProfile) => string;
};

const condition = (name: string, holds: Condition["holds"], because: Condition["because"]): Condition => ({ name, holds, because });

/** Holds when any of `conditions` does; the reason is the first one that holds. */
export function anyOf(...conditions: Condition[]): Condition {
  return condition(
    conditions.map((c) => c.name).join(" or "),
    (p) => conditions.some((c) => c.holds(p)),
    (p) => conditions.find((c) => c.holds(p))!.because(p),
  );
}

const device = (p: TrialProfile) => `a ${deviceClassName(p)} medical device`;
// A mark for another purpose does not cover this trial: say so rather than "not marked".
const notMarkedHere = (p: TrialProfile) =>
  p.ukcaMarked ? "whose UKCA or CE mark does not cover the purpose of this trial" : "not UKCA or CE marked for this purpose";

export const everyTrial = condition("every trial", () => true, () => "for every trial");

export const medicalDevice = condition("medical device (branch M)", isDevice, (p) => `because the product is ${device(p)}`);

export const digitalTechnology = condition(
  "digital technology (branch D)",
  (p) => p.digital,
  (p) => `because the product is a digital technology (${technologyName(p)})`,
);

export const patientData = condition(
  "processes patient data",
  (p) => p.processesPatientData,
  () => "because the product processes patient data",
);

export const research = condition("research", isResearch, (p) =>
  p.research ? "because the trial is research" : "because the trial runs as a clinical investigation, which is research",
);

export const markedForPurpose = condition(
  "medical device UKCA or CE marked for this purpose",
  (p) => p.route === "marked",
  (p) => `because the product is ${device(p)} UKCA or CE marked for this purpose`,
);

export const awaitingMark = condition(
  "medical device waiting for its UKCA or CE mark",
  (p) => p.route === "await_marking",
  (p) => `because the product is ${device(p)} ${notMarkedHere(p)}, and the trial waits for the mark rather than running as a clinical investigation`,
);

export const clinicalInvestigation = condition(
  "clinical investigation",
  (p) => p.route === "clinical_investigation",
  (p) => `because the product is ${device(p)} ${notMarkedHere(p)}, and the trial runs as a clinical investigation`,
);

/** Branch M unless the trial takes the clinical-investigation route. */
export const markedOrAwaitingMark = anyOf(markedForPurpose, awaitingMark);
