// The inbox's buttons and the email preference radios. Each is a button or a choice with a
// default, so invalid input means a stale or altered page, answered with a 400.
import { z } from "zod";

export const inboxActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mark-all-read") }),
  z.object({ intent: z.literal("mark-read"), notificationId: z.coerce.number().int().positive() }),
]);

/** ?page=N; anything else is the first page. */
export const inboxPageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export const EMAIL_PREFERENCES = [
  { value: "immediate", label: "An email for each notification, as it happens" },
  { value: "weekly", label: "One email a week listing what you have not yet seen" },
] as const;

export const emailPreferenceSchema = z.object({
  intent: z.literal("email-preference"),
  emailPreference: z.enum(["immediate", "weekly"], { error: "Choose how often you want emails" }),
});
