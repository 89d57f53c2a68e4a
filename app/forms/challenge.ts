// The challenge form. A draft needs only a title; submitting for triage needs the rest.
import { z } from "zod";
import { CARE_SETTINGS, CLINICAL_AREAS, MUST_HAVES, PLACES, slugs } from "../domain/taxonomies";
import { optionalText, requiredText } from "./text";

export const CHALLENGE_INTENTS = ["draft", "submit"] as const;
export type ChallengeIntent = (typeof CHALLENGE_INTENTS)[number];

const list = <T extends string>(values: [T, ...T[]], what: string) =>
  z.array(z.enum(values, { error: `Choose ${what} from the list` }), { error: `Choose ${what} from the list` }).max(values.length);

export function challengeSchema(intent: ChallengeIntent) {
  const forTriage = intent === "submit";
  const text = (label: string, max: number) => (forTriage ? requiredText(label, max) : optionalText(label, max));
  const areas = list(slugs(CLINICAL_AREAS), "clinical areas");
  const settings = list(slugs(CARE_SETTINGS), "care settings");
  return z.object({
    title: requiredText("a title", 200),
    summary: text("a summary", 600),
    problem: text("the problem", 6000),
    peopleAffectedPerYear: z
      .number({ error: "Enter the number of people as a whole number, like 12000" })
      .int("Enter the number of people as a whole number, like 12000")
      .min(0, "The number of people cannot be negative")
      .max(100_000_000, "The number of people must be 100,000,000 or fewer")
      .optional(),
    currentPathway: optionalText("the current pathway", 4000),
    desiredOutcomes: text("the outcomes you want", 4000),
    clinicalAreas: forTriage ? areas.min(1, "Choose at least one clinical area") : areas.default([]),
    careSettings: forTriage ? settings.min(1, "Choose at least one care setting") : settings.default([]),
    place: z.enum(slugs(PLACES), { error: "Choose the place" }),
    inequalitiesFocus: optionalText("the inequalities focus", 2000),
    fundingRoute: optionalText("the budget or funding route", 600),
    mustHaves: list(slugs(MUST_HAVES), "must-haves").default([]),
    closingDate: z
      .iso.date({ error: "Enter a real closing date, like 2027-03-31" })
      .refine((d) => !forTriage || d >= new Date().toISOString().slice(0, 10), "The closing date must be today or in the future")
      .optional(),
  });
}

export type ChallengeInput = z.infer<ReturnType<typeof challengeSchema>>;

/** Reads which button was pressed; anything unexpected is treated as a draft save. */
export function challengeIntent(formData: FormData): ChallengeIntent {
  return formData.get("intent") === "submit" ? "submit" : "draft";
}

export const triageSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("publish"), note: optionalText("the note", 2000) }),
  z.object({ decision: z.literal("return"), note: requiredText("a note saying what needs to change", 2000) }),
]);
