// Small pieces of the trial pages: the status tag and the gate's service level in words.
import { formatDate } from "~/components/record-bits";
import type { ServiceLevel, TrialStatus } from "~/domain/workflow";

const STATUS: Record<TrialStatus, { label: string; colour: string }> = {
  active: { label: "Active", colour: "nhsuk-tag--blue" },
  paused: { label: "Paused after an incident", colour: "nhsuk-tag--orange" },
  stopped: { label: "Stopped", colour: "nhsuk-tag--red" },
  withdrawn: { label: "Withdrawn", colour: "nhsuk-tag--grey" },
  adopted: { label: "Adopted", colour: "nhsuk-tag--green" },
};

export function TrialStatusTag({ status }: { status: TrialStatus }) {
  return <strong className={`nhsuk-tag ${STATUS[status].colour}`}>{STATUS[status].label}</strong>;
}

// Service levels serialise through the loader as plain JSON: dates are ISO strings already.
export function ServiceLevelText({ level }: { level: ServiceLevel }) {
  if (level.clock === "none") return <>No decision due</>;
  if (level.state !== "due") return <>{level.state === "waiting_for_evidence" ? "Waiting for evidence" : "Changes requested"}</>;
  const what = level.clock === "triage" ? "Triage" : level.clock === "incident" ? "Incident decision" : "Decision";
  return (
    <>
      {what} due by {formatDate(level.dueBy)}{" "}
      {level.overdue ? <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong> : null}
    </>
  );
}

export function isOverdue(level: ServiceLevel): boolean {
  return level.clock !== "none" && level.state === "due" && level.overdue;
}
