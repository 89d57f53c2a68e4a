// Structured fit: what the taxonomies say about a challenge and a product, apart from words.
// Each part is 0–1 so the score can weigh them; the lists feed the explanation.
import type { CareSetting, ClinicalArea, MustHave } from "../taxonomies";
import type { ChallengeForMatch, ProductForMatch } from "./records";

export type Fit = {
  sharedAreas: ClinicalArea[];
  sharedSettings: CareSetting[];
  mustHavesMet: MustHave[];
  mustHavesMissing: MustHave[];
  /** Share of the challenge's clinical areas the product covers. */
  areas: number;
  /** Share of the challenge's care settings the product works in. */
  settings: number;
  /** How ready the product is to deploy: TRL, regulation for what it is, evidence tier. */
  readiness: number;
  /** 1 in the challenge's own place, 0.5 elsewhere in the region, 0 outside it. */
  region: number;
};

const DEVICE_CLASSES = new Set(["I", "IIa", "IIb", "III"]);

/** Whether a product meets a must-have: its regulatory flags count as well as its features. */
export function meets(p: Pick<ProductForMatch, "features" | "ukcaMarked" | "dtacPassed">, must: MustHave): boolean {
  if (must === "ukca_marked" && p.ukcaMarked) return true;
  if (must === "dtac_passed" && p.dtacPassed) return true;
  return p.features.includes(must);
}

const share = <T>(wanted: readonly T[], offered: readonly T[]) => wanted.filter((v) => offered.includes(v));

export function structuredFit(c: ChallengeForMatch, p: ProductForMatch): Fit {
  const sharedAreas = share(c.clinicalAreas, p.clinicalAreas);
  const sharedSettings = share(c.careSettings, p.careSettings);
  return {
    sharedAreas,
    sharedSettings,
    mustHavesMet: c.mustHaves.filter((m) => meets(p, m)),
    mustHavesMissing: c.mustHaves.filter((m) => !meets(p, m)),
    // A challenge with no areas or settings says nothing either way: neutral, not zero.
    areas: c.clinicalAreas.length ? sharedAreas.length / c.clinicalAreas.length : 0.5,
    settings: c.careSettings.length ? sharedSettings.length / c.careSettings.length : 0.5,
    readiness: readiness(p),
    region: p.place === c.place ? 1 : p.place === "outside_region" ? 0 : 0.5,
  };
}

/** Readiness for use in the NHS, 0–1. A medical device needs its UKCA mark; software that
 * handles patient data needs DTAC; the ESF tier says how much evidence it stands on. */
export function readiness(p: ProductForMatch): number {
  const trl = (Math.min(9, Math.max(1, p.trl)) - 1) / 8;
  const isDevice = DEVICE_CLASSES.has(p.deviceClass) || p.technologyType === "samd";
  const regulated = isDevice ? (p.ukcaMarked ? 1 : 0) : 1;
  const assured = p.processesPatientData ? (p.dtacPassed ? 1 : 0.5) : 1;
  const evidence = p.esfTier === "C" ? 1 : p.esfTier === "B" ? 0.8 : p.esfTier === "A" ? 0.6 : 0.4;
  return 0.4 * trl + 0.25 * regulated + 0.2 * assured + 0.15 * evidence;
}
