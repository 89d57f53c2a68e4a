import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  bankHolidays,
  englandDate,
  isWorkingDay,
  serviceLevel,
  stageTimeline,
  workingDaysBetween,
  type ServiceLevelInput,
} from "../../app/domain/workflow";

describe("bank holidays in England and Wales", () => {
  // As gov.uk/bank-holidays lists them.
  it.each([
    [2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"]],
    [2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"]],
    [2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"]],
    [2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"]],
    [2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]],
    [2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]],
    [2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]],
  ])("%i", (year, days) => {
    expect(bankHolidays(year)).toEqual(days);
  });
});

describe("working days", () => {
  it("skips weekends and bank holidays", () => {
    expect(isWorkingDay("2026-04-03")).toBe(false); // Good Friday
    expect(isWorkingDay("2026-04-04")).toBe(false); // Saturday
    expect(isWorkingDay("2026-04-07")).toBe(true);
  });

  it("counts 10 working days over Easter and over Christmas", () => {
    expect(addWorkingDays("2026-03-27", 10)).toBe("2026-04-14");
    expect(addWorkingDays("2026-12-18", 10)).toBe("2027-01-06");
    expect(addWorkingDays("2026-03-06", 10)).toBe("2026-03-20");
  });

  it("counts back what it added, from any day", () => {
    for (let i = 0; i < 400; i++) {
      const from = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
      expect(workingDaysBetween(from, addWorkingDays(from, 10)), from).toBe(10);
    }
    expect(workingDaysBetween("2026-04-14", "2026-03-27")).toBe(0);
  });

  it("takes the date in England, not in UTC", () => {
    expect(englandDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(englandDate(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
  });
});

describe("serviceLevel", () => {
  const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
  const gate = (over: Partial<ServiceLevelInput>): ServiceLevelInput => ({
    stage: "regulatory_readiness",
    status: "active",
    enteredAt: at("2026-03-02"),
    evidenceCompleteAt: null,
    now: at("2026-03-10"),
    ...over,
  });

  it("gives triage 7 calendar days from the start", () => {
    const t = { stage: "triage", enteredAt: at("2026-03-02") } as const;
    expect(serviceLevel(gate({ ...t, now: at("2026-03-09") }))).toEqual({ clock: "triage", state: "due", since: "2026-03-02", dueBy: "2026-03-09", overdue: false });
    expect(serviceLevel(gate({ ...t, now: at("2026-03-10") }))).toMatchObject({ overdue: true });
  });

  it("waits for the evidence before a gate's clock starts", () => {
    expect(serviceLevel(gate({}))).toEqual({ clock: "gate", state: "waiting_for_evidence" });
  });

  it("gives a complete gate 10 working days", () => {
    const complete = gate({ evidenceCompleteAt: at("2026-03-06"), now: at("2026-03-20") });
    expect(serviceLevel(complete)).toEqual({ clock: "gate", state: "due", since: "2026-03-06", dueBy: "2026-03-20", overdue: false });
    expect(serviceLevel({ ...complete, now: at("2026-03-21") })).toMatchObject({ overdue: true });
  });

  it("starts the clock on entry when the evidence was ready before", () => {
    expect(serviceLevel(gate({ evidenceCompleteAt: at("2026-02-01") }))).toMatchObject({ since: "2026-03-02" });
  });

  it("stops the clock after a return until the evidence changes", () => {
    const returned = gate({ evidenceCompleteAt: at("2026-03-04"), lastReturnedAt: at("2026-03-05") });
    expect(serviceLevel(returned)).toEqual({ clock: "gate", state: "changes_requested" });
    expect(serviceLevel({ ...returned, evidenceCompleteAt: at("2026-03-09") })).toMatchObject({ state: "due", since: "2026-03-09" });
  });

  it("runs a gate's clock on a trial paused after an incident", () => {
    expect(serviceLevel(gate({ stage: "live_trial", status: "paused", pausedAt: at("2026-03-27") }))).toMatchObject({
      clock: "incident",
      dueBy: "2026-04-14",
    });
  });

  it.each(["stopped", "withdrawn", "adopted"] as const)("runs no clock on a trial %s", (status) => {
    expect(serviceLevel(gate({ status }))).toEqual({ clock: "none" });
  });
});

describe("stageTimeline", () => {
  it("says how long the trial spent in each stage", () => {
    const entries = [
      { stage: "regulatory_readiness", enteredAt: new Date("2026-03-10T09:00:00Z") },
      { stage: "triage", enteredAt: new Date("2026-03-01T09:00:00Z") },
    ] as const;
    expect(stageTimeline(entries, new Date("2026-03-31T09:00:00Z"))).toEqual([
      { stage: "triage", enteredAt: entries[1].enteredAt, leftAt: entries[0].enteredAt, days: 9 },
      { stage: "regulatory_readiness", enteredAt: entries[0].enteredAt, leftAt: null, days: 21 },
    ]);
  });
});
