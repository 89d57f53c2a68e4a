// Service levels, as the NHS Innovation Service keeps them: a new trial is triaged within 7
// days, and a gate whose evidence is complete is decided within 10 working days. Dates are
// calendar dates in England ("YYYY-MM-DD"), since that is where the working day is kept.
import { GATE_SERVICE_LEVEL_WORKING_DAYS, TRIAGE_SERVICE_LEVEL_DAYS } from "../service-levels";
import type { TrialStatus } from "./machine";
import type { Stage } from "./stages";

export type IsoDate = string;

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in England at an instant: a gate submitted at 23:30 BST counts that day. */
export function englandDate(instant: Date): IsoDate {
  const parts = LONDON.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const toUtc = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

const weekday = (date: IsoDate) => toUtc(date).getUTCDay(); // 0 Sunday … 6 Saturday
const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const firstMonday = (year: number, month: number) => {
  const first: IsoDate = `${year}-${String(month).padStart(2, "0")}-01`;
  return addDays(first, (8 - weekday(first)) % 7);
};
const lastMonday = (year: number, month: number) => addDays(firstMonday(month === 12 ? year + 1 : year, (month % 12) + 1), -7);
const mondayIfWeekend = (date: IsoDate) => (weekday(date) === 6 ? addDays(date, 2) : weekday(date) === 0 ? addDays(date, 1) : date);

// One-off changes announced by royal proclamation; add new ones here when gov.uk lists them.
const MOVED: Record<IsoDate, IsoDate> = { "2020-05-04": "2020-05-08", "2022-05-30": "2022-06-02" };
const EXTRA: IsoDate[] = ["2022-06-03", "2022-09-19", "2023-05-08"];

/** Bank holidays in England and Wales in a year, by the standing rules plus one-off changes. */
export function bankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const christmas = `${year}-12-25`;
  const boxingDay = `${year}-12-26`;
  // Christmas on a Saturday moves to Monday and Boxing Day to Tuesday; Boxing Day on a Saturday
  // (Christmas on Friday) moves to Monday.
  const christmasSub = mondayIfWeekend(christmas);
  let boxingSub = mondayIfWeekend(boxingDay);
  if (boxingSub === christmasSub) boxingSub = addDays(christmasSub, 1);
  const standing = [
    mondayIfWeekend(`${year}-01-01`),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmasSub,
    boxingSub,
  ].map((d) => MOVED[d] ?? d);
  return [...standing, ...EXTRA.filter((d) => d.startsWith(`${year}-`))].sort();
}

const holidayCache = new Map<number, Set<IsoDate>>();
export function isBankHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (!holidayCache.has(year)) holidayCache.set(year, new Set(bankHolidays(year)));
  return holidayCache.get(year)!.has(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** The `n`th working day after `date` (the day itself does not count). */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not later. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

export type ServiceLevel =
  | { clock: "none" }
  | { clock: "triage" | "gate" | "incident"; state: "waiting_for_evidence" | "changes_requested" }
  | { clock: "triage" | "gate" | "incident"; state: "due"; since: IsoDate; dueBy: IsoDate; overdue: boolean };

export type ServiceLevelInput = {
  stage: Stage;
  status: TrialStatus;
  /** When the trial entered its current stage. */
  enteredAt: Date;
  /** When the last required item of the stage was recorded; null while any is missing. */
  evidenceCompleteAt: Date | null;
  /** The latest `return` at this gate, if any. */
  lastReturnedAt?: Date | null;
  /** When a safety incident paused the trial. */
  pausedAt?: Date | null;
  now: Date;
};

/** Whose move it is at the current gate, and whether the leadership group is late. */
export function serviceLevel(t: ServiceLevelInput): ServiceLevel {
  const today = englandDate(t.now);
  const due = (clock: "triage" | "gate" | "incident", since: IsoDate, dueBy: IsoDate): ServiceLevel => ({
    clock,
    state: "due",
    since,
    dueBy,
    overdue: today > dueBy,
  });
  if (t.status === "paused") {
    // A paused trial waits on a gate decision about the incident: the gate's service level.
    const since = englandDate(t.pausedAt ?? t.enteredAt);
    return due("incident", since, addWorkingDays(since, GATE_SERVICE_LEVEL_WORKING_DAYS));
  }
  if (t.status !== "active") return { clock: "none" };
  // Triage is the leadership group's own work, so its clock runs from the start.
  if (t.stage === "triage") {
    const since = englandDate(t.enteredAt);
    return due("triage", since, addDays(since, TRIAGE_SERVICE_LEVEL_DAYS));
  }
  if (!t.evidenceCompleteAt) return { clock: "gate", state: "waiting_for_evidence" };
  const ready = t.evidenceCompleteAt > t.enteredAt ? t.evidenceCompleteAt : t.enteredAt;
  // After a return the clock waits until the evidence changes again.
  if (t.lastReturnedAt && t.lastReturnedAt >= ready) return { clock: "gate", state: "changes_requested" };
  const since = englandDate(ready);
  return due("gate", since, addWorkingDays(since, GATE_SERVICE_LEVEL_WORKING_DAYS));
}

export type TimelineEntry = { stage: Stage; enteredAt: Date; leftAt: Date | null; days: number };

/** How long the trial spent in each stage it entered, the last one up to `until`. */
export function stageTimeline(entries: readonly { stage: Stage; enteredAt: Date }[], until: Date): TimelineEntry[] {
  const sorted = [...entries].sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
  return sorted.map((e, i) => {
    const leftAt = sorted[i + 1]?.enteredAt ?? null;
    return { stage: e.stage, enteredAt: e.enteredAt, leftAt, days: daysBetween(englandDate(e.enteredAt), englandDate(leftAt ?? until)) };
  });
}
