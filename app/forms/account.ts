// One schema per form, shared by the browser (Conform) and the server.
import { z } from "zod";
import { ORGANISATION_KINDS, PLACES, slugs } from "../domain/taxonomies";

export const MIN_PASSWORD_LENGTH = 12;

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.nhs.uk" }))
  .transform((v) => v.toLowerCase());

const newPassword = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Password must be 200 characters or fewer");

/** Kinds a person may create at sign-up: the leadership group is set up by an admin. */
export const SELF_SERVICE_KINDS = ORGANISATION_KINDS.filter((k) => k.value !== "leadership");

export const signUpSchema = z
  .object({
    name: z.string({ error: "Enter your full name" }).trim().min(1, "Enter your full name").max(120, "Name must be 120 characters or fewer"),
    email,
    password: newPassword,
    organisationChoice: z.enum(["join", "create"], { error: "Choose whether to join or create an organisation" }),
    organisationId: z.coerce.number().int().positive().optional(),
    organisationName: z.string().trim().max(160, "Organisation name must be 160 characters or fewer").optional(),
    organisationKind: z
      .enum(slugs(SELF_SERVICE_KINDS), { error: "Choose the kind of organisation" })
      .optional(),
    organisationPlace: z.enum(slugs(PLACES), { error: "Choose where the organisation is based" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.organisationChoice === "join" && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choose your organisation" });
    }
    if (value.organisationChoice === "create") {
      if (!value.organisationName) {
        ctx.addIssue({ code: "custom", path: ["organisationName"], message: "Enter the organisation's name" });
      }
      if (!value.organisationKind) {
        ctx.addIssue({ code: "custom", path: ["organisationKind"], message: "Choose the kind of organisation" });
      }
      if (!value.organisationPlace) {
        ctx.addIssue({ code: "custom", path: ["organisationPlace"], message: "Choose where the organisation is based" });
      }
    }
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Only a path on this site, so sign-in cannot be used to send people elsewhere. */
export const safeRedirect = z
  .string()
  .optional()
  .transform((v) => (v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/"));

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "Password must be 200 characters or fewer"),
  redirectTo: safeRedirect,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).max(200),
    newPassword,
    confirmPassword: z.string({ error: "Confirm your new password" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one",
  });
