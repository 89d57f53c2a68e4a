// Text rules shared by every form: plain text only, trimmed, with a length limit.
import { z } from "zod";

// Angle brackets that open a tag (<b>, </p>, <!--, <?) are refused with a clear message,
// rather than stored and escaped on every page.
const MARKUP = /<\s*[a-z!/?]/i;
const PLAIN_TEXT_MESSAGE = "Remove the angle brackets: write plain text, without HTML or script";

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .refine((v) => !MARKUP.test(v), PLAIN_TEXT_MESSAGE);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .refine((v) => !MARKUP.test(v), PLAIN_TEXT_MESSAGE)
    .optional()
    .transform((v) => v ?? "");
}

function capitalise(label: string) {
  const bare = label.replace(/^(a|an|the) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
