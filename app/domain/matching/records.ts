// What matching reads from a challenge and a product, and how much each text field counts.
// The search documents (search/documents.ts) satisfy these shapes, as do database rows.
import type { CareSetting, ClinicalArea, DeviceClass, EsfTier, MustHave, Place, TechnologyType } from "../taxonomies";
import { profile, type Profile } from "./relevance";

export type ChallengeForMatch = {
  title: string;
  summary: string;
  problem: string;
  desiredOutcomes: string;
  currentPathway?: string | null;
  inequalitiesFocus?: string | null;
  clinicalAreas: readonly ClinicalArea[];
  careSettings: readonly CareSetting[];
  place: Place;
  mustHaves: readonly MustHave[];
};

export type ProductForMatch = {
  name: string;
  summary: string;
  description: string;
  intendedPurpose: string;
  evidenceSummary?: string | null;
  technologyType: TechnologyType | "";
  clinicalAreas: readonly ClinicalArea[];
  careSettings: readonly CareSetting[];
  deviceClass: DeviceClass | "";
  ukcaMarked: boolean;
  processesPatientData: boolean;
  dtacPassed: boolean;
  esfTier: EsfTier | "";
  trl: number;
  features: readonly MustHave[];
  /** Where the company is based. */
  place: Place;
};

// The title and summary say what a need is about; the problem tells its story, with more
// words that are only context. A product's name is often a brand, so its summary and intended
// purpose carry the most.
export const CHALLENGE_FIELD_WEIGHTS = { title: 3, summary: 2, desiredOutcomes: 1.5, problem: 1, currentPathway: 0.5, inequalitiesFocus: 0.3 };
export const PRODUCT_FIELD_WEIGHTS = { name: 1.5, summary: 2, intendedPurpose: 1.5, description: 1, evidenceSummary: 0.3 };

/** A record's terms; `keepSurface` when it is the query, whose words explain a match. */
export function challengeProfile(c: Partial<ChallengeForMatch>, keepSurface = true): Profile {
  const w = CHALLENGE_FIELD_WEIGHTS;
  const fields = [
    [c.title, w.title],
    [c.summary, w.summary],
    [c.desiredOutcomes, w.desiredOutcomes],
    [c.problem, w.problem],
    [c.currentPathway, w.currentPathway],
    [c.inequalitiesFocus, w.inequalitiesFocus],
  ] as const;
  return profile(fields, { keepSurface });
}

export function productProfile(p: Partial<ProductForMatch>, keepSurface = true): Profile {
  const w = PRODUCT_FIELD_WEIGHTS;
  const fields = [
    [p.name, w.name],
    [p.summary, w.summary],
    [p.intendedPurpose, w.intendedPurpose],
    [p.description, w.description],
    [p.evidenceSummary, w.evidenceSummary],
  ] as const;
  return profile(fields, { keepSurface });
}

// Candidates recur from one match to the next, so their profiles are kept, keyed by their
// text: an edited record has new text and so a new profile. The cap bounds the memory.
const kept = new Map<string, Profile>();
export const PROFILES_KEPT = 2000;

function remembered(key: string, build: () => Profile): Profile {
  let p = kept.get(key);
  if (!p) {
    if (kept.size >= PROFILES_KEPT) kept.delete(kept.keys().next().value!);
    p = build();
    kept.set(key, p);
  }
  return p;
}

/** A candidate's profile (no surface forms: the query's words explain a match). */
export function candidateProductProfile(p: ProductForMatch): Profile {
  return remembered(`p\u0000${p.name}\u0000${p.summary}\u0000${p.intendedPurpose}\u0000${p.description}\u0000${p.evidenceSummary ?? ""}`, () => productProfile(p, false));
}

export function candidateChallengeProfile(c: ChallengeForMatch): Profile {
  return remembered(
    `c\u0000${c.title}\u0000${c.summary}\u0000${c.desiredOutcomes}\u0000${c.problem}\u0000${c.currentPathway ?? ""}\u0000${c.inequalitiesFocus ?? ""}`,
    () => challengeProfile(c, false),
  );
}
