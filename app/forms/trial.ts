// Forms on the matches page and the trial page. The server judges every decision against the
// trial as it stands; these schemas only say what a well-formed request looks like.
import { z } from "zod";
import { ACTIONS } from "../domain/workflow";
import { optionalText, requiredText } from "./text";

const matchId = z.coerce.number({ error: "Choose a match" }).int().positive("Choose a match");

export const respondSchema = z.discriminatedUnion("decision", [
  z.object({ matchId, decision: z.literal("accept"), reason: optionalText("the reason", 1000) }),
  z.object({ matchId, decision: z.literal("decline"), reason: requiredText("the reason for declining", 1000) }),
]);

export const decisionSchema = z.object({
  intent: z.literal("decide"),
  action: z.enum(ACTIONS, { error: "Choose a decision" }),
  note: requiredText("a note for the decision", 2000),
});

const requirement = z.string({ error: "Choose the item" }).trim().min(1, "Choose the item").max(100, "Choose the item");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const attestSchema = z.object({
  intent: z.literal("attest"),
  requirement,
  text: requiredText("the attestation", 2000),
  attestedOn: z
    .string({ error: "Enter the date of the attestation" })
    .trim()
    .regex(ISO_DATE, "Enter the date as a real date, for example 2025-03-27")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "Enter a real date")
    .refine((d) => d <= new Date().toISOString().slice(0, 10), "The date of the attestation must be today or in the past"),
});

export const uploadSchema = z.object({ intent: z.literal("upload"), requirement });

export const withdrawSchema = z.object({
  intent: z.literal("withdraw"),
  evidenceId: z.coerce.number({ error: "Choose the record" }).int().positive("Choose the record"),
  reason: requiredText("why the record is withdrawn", 1000),
});

export const messageSchema = z.object({ intent: z.literal("message"), body: requiredText("your message", 2000) });

const yesNo = (error: string) =>
  z
    .enum(["yes", "no"], { error })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "yes"));

export const factsSchema = z.object({
  intent: z.literal("facts"),
  research: z.enum(["research", "service_evaluation"], { error: "Choose research or service evaluation" }).transform((v) => v === "research"),
  withinMarkedPurpose: yesNo("Choose yes or no"),
  deviceRoute: z.enum(["await_marking", "clinical_investigation"], { error: "Choose the route" }).optional(),
});

export const siteSchema = z.object({
  intent: z.literal("add-site"),
  organisationId: z.coerce.number({ error: "Choose an organisation" }).int("Choose an organisation").positive("Choose an organisation"),
});
