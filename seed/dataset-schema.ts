// The dataset format `sweetspot-dataset/1` (shared/datasets/FORMAT.md), with the optional
// extra fields the demo data uses. The demo seed and the importer both load through it.
import { z } from "zod";
import {
  CARE_SETTINGS,
  CHALLENGE_STATUSES,
  CLINICAL_AREAS,
  DEVICE_CLASSES,
  ESF_TIERS,
  MUST_HAVES,
  ORGANISATION_KINDS,
  PLACES,
  PRODUCT_STATUSES,
  slugs,
  TECHNOLOGY_TYPES,
} from "../app/domain/taxonomies";

const key = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const datasetOrganisationSchema = z.object({
  key,
  name: text(160),
  kind: z.enum(slugs(ORGANISATION_KINDS)),
  place: z.enum(slugs(PLACES)),
  verified: z.boolean().optional(),
});

export const datasetChallengeSchema = z.object({
  key,
  organisation: key,
  title: text(200),
  summary: text(600),
  problem: text(6000),
  desiredOutcomes: text(4000),
  peopleAffectedPerYear: z.number().int().min(0).optional(),
  currentPathway: optionalText(4000),
  clinicalAreas: z.array(z.enum(slugs(CLINICAL_AREAS))).min(1),
  careSettings: z.array(z.enum(slugs(CARE_SETTINGS))).min(1),
  place: z.enum(slugs(PLACES)),
  mustHaves: z.array(z.enum(slugs(MUST_HAVES))).optional(),
  inequalitiesFocus: optionalText(2000),
  fundingRoute: optionalText(600),
  closingDate: z.iso.date().optional(),
  status: z.enum(slugs(CHALLENGE_STATUSES)),
});

export const datasetProductSchema = z.object({
  key,
  organisation: key,
  name: text(160),
  summary: text(600),
  description: text(6000),
  intendedPurpose: text(2000),
  technologyType: z.enum(slugs(TECHNOLOGY_TYPES)),
  clinicalAreas: z.array(z.enum(slugs(CLINICAL_AREAS))).min(1),
  careSettings: z.array(z.enum(slugs(CARE_SETTINGS))).min(1),
  deviceClass: z.enum(slugs(DEVICE_CLASSES)),
  ukcaMarked: z.boolean(),
  processesPatientData: z.boolean(),
  dtacPassed: z.boolean().optional(),
  esfTier: z.enum(slugs(ESF_TIERS)),
  trl: z.number().int().min(1).max(9),
  features: z.array(z.enum(slugs(MUST_HAVES))).optional(),
  evidenceSummary: optionalText(4000),
  priceModel: optionalText(600),
  fundingSought: optionalText(600),
  investorVisible: z.boolean().optional(),
  status: z.enum(slugs(PRODUCT_STATUSES)),
});

export const datasetJudgementSchema = z.object({
  challenge: key,
  product: key,
  grade: z.number().int().min(0).max(3),
});

export const datasetSchema = z.object({
  format: z.literal("sweetspot-dataset/1"),
  organisations: z.array(datasetOrganisationSchema),
  challenges: z.array(datasetChallengeSchema),
  products: z.array(datasetProductSchema),
  judgements: z.array(datasetJudgementSchema).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetOrganisation = z.infer<typeof datasetOrganisationSchema>;
export type DatasetChallenge = z.infer<typeof datasetChallengeSchema>;
export type DatasetProduct = z.infer<typeof datasetProductSchema>;
