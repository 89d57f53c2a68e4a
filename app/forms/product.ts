// The product form. A draft needs only a name; publishing needs every required field.
import { z } from "zod";
import {
  CARE_SETTINGS,
  CLINICAL_AREAS,
  DEVICE_CLASSES,
  ESF_TIERS,
  MUST_HAVES,
  TECHNOLOGY_TYPES,
  slugs,
} from "../domain/taxonomies";
import { optionalText, requiredText } from "./text";

export const PRODUCT_INTENTS = ["draft", "publish"] as const;
export type ProductIntent = (typeof PRODUCT_INTENTS)[number];

export const TRL_MESSAGE = "Choose a technology readiness level (TRL) from 1 to 9";
export const NOT_A_DEVICE_MARKED = "A product that is not a medical device cannot be UKCA or CE marked as one: answer no, or choose its device class";
export const UKCA_FEATURE_UNMARKED = "You ticked the UKCA or CE marked feature: answer yes to whether it is marked, or untick it";
export const DTAC_FEATURE_NOT_PASSED = "You ticked the DTAC feature: answer yes to whether it has passed the DTAC, or untick it";

const list = <T extends string>(values: [T, ...T[]], what: string) =>
  z.array(z.enum(values, { error: `Choose ${what} from the list` }), { error: `Choose ${what} from the list` }).max(values.length);

// Radios send "yes" or "no"; anything else is refused rather than read as "no".
const yesNo = (question: string) => z.enum(["yes", "no"], { error: `Answer yes or no: ${question}` });

export function productSchema(intent: ProductIntent) {
  const publishing = intent === "publish";
  const text = (label: string, max: number) => (publishing ? requiredText(label, max) : optionalText(label, max));
  const need = <T extends z.ZodType>(schema: T) => (publishing ? schema : schema.optional());
  const answer = (question: string) => need(yesNo(question)).transform((v) => v === "yes");
  const areas = list(slugs(CLINICAL_AREAS), "clinical areas");
  const settings = list(slugs(CARE_SETTINGS), "care settings");
  return z
    .object({
      name: requiredText("a name", 200),
      summary: text("a summary", 600),
      description: text("a description", 6000),
      intendedPurpose: text("the intended purpose", 2000),
      technologyType: need(z.enum(slugs(TECHNOLOGY_TYPES), { error: "Choose the type of technology" })),
      clinicalAreas: publishing ? areas.min(1, "Choose at least one clinical area") : areas.default([]),
      careSettings: publishing ? settings.min(1, "Choose at least one care setting") : settings.default([]),
      deviceClass: need(z.enum(slugs(DEVICE_CLASSES), { error: "Choose the medical device class" })),
      ukcaMarked: answer("is it UKCA or CE marked as a medical device?"),
      processesPatientData: answer("does it process patient data?"),
      dtacPassed: answer("has it passed the DTAC?"),
      esfTier: need(z.enum(slugs(ESF_TIERS), { error: "Choose the evidence tier" })),
      trl: need(z.number({ error: TRL_MESSAGE }).int(TRL_MESSAGE).min(1, TRL_MESSAGE).max(9, TRL_MESSAGE)),
      features: list(slugs(MUST_HAVES), "features").default([]),
      evidenceSummary: optionalText("the evidence summary", 4000),
      priceModel: optionalText("the price model", 600),
      fundingSought: optionalText("the funding sought", 600),
      investorVisible: z
        .literal("on", { error: "Tick the box to show this product to investors, or leave it unticked" })
        .optional()
        .transform((v) => v === "on"),
    })
    .superRefine((p, ctx) => {
      // A claim in one place must not contradict an answer in another.
      if (p.deviceClass === "not_a_device" && p.ukcaMarked) ctx.addIssue({ code: "custom", path: ["ukcaMarked"], message: NOT_A_DEVICE_MARKED });
      if (p.features.includes("ukca_marked") && !p.ukcaMarked) ctx.addIssue({ code: "custom", path: ["features"], message: UKCA_FEATURE_UNMARKED });
      if (p.features.includes("dtac_passed") && !p.dtacPassed) ctx.addIssue({ code: "custom", path: ["features"], message: DTAC_FEATURE_NOT_PASSED });
    });
}

export type ProductInput = z.infer<ReturnType<typeof productSchema>>;

/** Reads which button was pressed; anything unexpected is treated as a draft save. */
export function productIntent(formData: FormData): ProductIntent {
  return formData.get("intent") === "publish" ? "publish" : "draft";
}

/** The fields a stored product puts back into the form, in the form's own terms. */
export type ProductFormValues = Record<string, string | string[] | number | undefined>;

type StoredProduct = {
  [K in keyof ProductInput]: K extends "trl" ? number : K extends "technologyType" | "deviceClass" | "esfTier" ? string : ProductInput[K];
};

export function productFormValues(p: StoredProduct): ProductFormValues {
  const yes = (v: boolean) => (v ? "yes" : "no");
  return {
    name: p.name,
    summary: p.summary,
    description: p.description,
    intendedPurpose: p.intendedPurpose,
    // A draft stores "" (and TRL 0) for choices not made yet: show them as not chosen.
    technologyType: p.technologyType || undefined,
    clinicalAreas: p.clinicalAreas,
    careSettings: p.careSettings,
    deviceClass: p.deviceClass || undefined,
    ukcaMarked: yes(p.ukcaMarked),
    processesPatientData: yes(p.processesPatientData),
    dtacPassed: yes(p.dtacPassed),
    esfTier: p.esfTier || undefined,
    trl: p.trl || undefined,
    features: p.features,
    evidenceSummary: p.evidenceSummary,
    priceModel: p.priceModel,
    fundingSought: p.fundingSought,
    investorVisible: p.investorVisible ? "on" : undefined,
  };
}
