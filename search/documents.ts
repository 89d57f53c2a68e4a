// What a challenge or product looks like in the search index: its text, its facets, and the
// labels of its taxonomies so a search for "falls" finds a record tagged "Frailty and falls".
import type { Challenge, Product } from "../db/schema";
import { CARE_SETTINGS, CLINICAL_AREAS, labelOf, TECHNOLOGY_TYPES } from "../app/domain/taxonomies";
import type {
  CareSetting,
  ChallengeStatus,
  ClinicalArea,
  DeviceClass,
  EsfTier,
  MustHave,
  Place,
  ProductStatus,
  TechnologyType,
} from "../app/domain/taxonomies";

export type ChallengeDocument = {
  id: string;
  title: string;
  summary: string;
  problem: string;
  desiredOutcomes: string;
  currentPathway: string;
  inequalitiesFocus: string;
  topics: string[];
  clinicalAreas: ClinicalArea[];
  careSettings: CareSetting[];
  place: Place;
  mustHaves: MustHave[];
  status: ChallengeStatus;
  organisationId: number;
  organisationName: string;
  publishedAt: number | null;
  peopleAffectedPerYear: number | null;
};

export type ProductDocument = {
  id: string;
  name: string;
  summary: string;
  description: string;
  intendedPurpose: string;
  evidenceSummary: string;
  topics: string[];
  technologyType: TechnologyType | "";
  clinicalAreas: ClinicalArea[];
  careSettings: CareSetting[];
  deviceClass: DeviceClass | "";
  ukcaMarked: boolean;
  processesPatientData: boolean;
  dtacPassed: boolean;
  esfTier: EsfTier | "";
  trl: number;
  features: MustHave[];
  status: ProductStatus;
  investorVisible: boolean;
  organisationId: number;
  organisationName: string;
  place: Place;
  publishedAt: number | null;
};

type Owner = { name: string; place: Place };

const labels = (list: Parameters<typeof labelOf>[0], values: readonly string[]) => values.map((v) => labelOf(list, v));

export function challengeDocument(c: Challenge, owner: Owner): ChallengeDocument {
  return {
    id: String(c.id),
    title: c.title,
    summary: c.summary,
    problem: c.problem,
    desiredOutcomes: c.desiredOutcomes,
    currentPathway: c.currentPathway,
    inequalitiesFocus: c.inequalitiesFocus,
    topics: [...labels(CLINICAL_AREAS, c.clinicalAreas), ...labels(CARE_SETTINGS, c.careSettings)],
    clinicalAreas: c.clinicalAreas,
    careSettings: c.careSettings,
    place: c.place,
    mustHaves: c.mustHaves,
    status: c.status,
    organisationId: c.organisationId,
    organisationName: owner.name,
    publishedAt: c.publishedAt ? c.publishedAt.getTime() : null,
    peopleAffectedPerYear: c.peopleAffectedPerYear,
  };
}

export function productDocument(p: Product, owner: Owner): ProductDocument {
  return {
    id: String(p.id),
    name: p.name,
    summary: p.summary,
    description: p.description,
    intendedPurpose: p.intendedPurpose,
    evidenceSummary: p.evidenceSummary,
    topics: [
      ...labels(CLINICAL_AREAS, p.clinicalAreas),
      ...labels(CARE_SETTINGS, p.careSettings),
      ...(p.technologyType ? [labelOf(TECHNOLOGY_TYPES, p.technologyType)] : []),
    ],
    technologyType: p.technologyType,
    clinicalAreas: p.clinicalAreas,
    careSettings: p.careSettings,
    deviceClass: p.deviceClass,
    ukcaMarked: p.ukcaMarked,
    processesPatientData: p.processesPatientData,
    dtacPassed: p.dtacPassed,
    esfTier: p.esfTier,
    trl: p.trl,
    features: p.features,
    status: p.status,
    investorVisible: p.investorVisible,
    organisationId: p.organisationId,
    organisationName: owner.name,
    place: owner.place,
    publishedAt: p.publishedAt ? p.publishedAt.getTime() : null,
  };
}
