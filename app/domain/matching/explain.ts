// Why two records match, in words a person can check: "Shares: frailty and falls, community
// services; matched: falls, remote monitoring; UKCA marked, as required; missing: DTAC".
import { CARE_SETTINGS, CLINICAL_AREAS, labelOf, type CareSetting, type ClinicalArea, type MustHave } from "../taxonomies";
import type { Fit } from "./fit";
import type { ProductForMatch } from "./records";

export type MatchReasons = {
  sharedAreas: ClinicalArea[];
  sharedSettings: CareSetting[];
  /** Terms both records use, the most telling first, as the text writes them. */
  matchedTerms: string[];
  mustHavesMet: MustHave[];
  mustHavesMissing: MustHave[];
  /** Short facts about readiness: "UKCA marked", "TRL 8". */
  readiness: string[];
  /** All of the above in one line. */
  text: string;
};

// Must-haves as a sentence fragment, shorter than their form labels.
const MUST_HAVE_SHORT: Record<MustHave, string> = {
  ukca_marked: "UKCA marked",
  dtac_passed: "DTAC passed",
  interoperable_shared_care_record: "works with the shared care record",
  nhs_login: "NHS login",
  offline_capable: "works offline",
  multilingual: "several languages",
  works_without_smartphone: "works without a smartphone",
  dspt_compliant: "DSPT compliant",
};
const MISSING_SHORT: Record<MustHave, string> = { ...MUST_HAVE_SHORT, ukca_marked: "UKCA mark", dtac_passed: "DTAC" };

export const MATCHED_TERMS_SHOWN = 4;

export function mustHaveText(m: MustHave): string {
  return MUST_HAVE_SHORT[m];
}

function readinessFacts(p: ProductForMatch, fit: Fit): string[] {
  const facts: string[] = [];
  if (p.ukcaMarked && !fit.mustHavesMet.includes("ukca_marked")) facts.push("UKCA marked");
  if (p.dtacPassed && !fit.mustHavesMet.includes("dtac_passed")) facts.push("DTAC passed");
  if (p.trl) facts.push(`TRL ${p.trl}`);
  if (p.esfTier) facts.push(`ESF tier ${p.esfTier}`);
  return facts;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The first few matched terms worth showing: "remote monitoring" already says "remote". */
export function explainTerms(matched: readonly string[]): string[] {
  const shown: string[] = [];
  const shownWords = new Set<string>();
  for (const term of matched) {
    const words = term.toLowerCase().split(/\s+/);
    if (words.every((w) => shownWords.has(w))) continue;
    for (const w of words) shownWords.add(w);
    shown.push(term);
    if (shown.length === MATCHED_TERMS_SHOWN) break;
  }
  return shown;
}

export function explain(fit: Fit, matched: readonly string[], p: ProductForMatch): MatchReasons {
  const matchedTerms = explainTerms(matched);
  const readiness = readinessFacts(p, fit);
  const shares = [...fit.sharedAreas.map((a) => labelOf(CLINICAL_AREAS, a)), ...fit.sharedSettings.map((s) => labelOf(CARE_SETTINGS, s))];
  const parts = [
    shares.length ? `Shares: ${shares.map(lower).join(", ")}` : "",
    matchedTerms.length ? `matched: ${matchedTerms.join(", ")}` : "",
    ...fit.mustHavesMet.map((m) => `${MUST_HAVE_SHORT[m]}, as required`),
    fit.mustHavesMissing.length ? `missing: ${fit.mustHavesMissing.map((m) => MISSING_SHORT[m]).join(", ")}` : "",
    readiness.length ? `readiness: ${readiness.join(", ")}` : "",
  ].filter(Boolean);
  const text = parts.join("; ");
  return {
    sharedAreas: fit.sharedAreas,
    sharedSettings: fit.sharedSettings,
    matchedTerms,
    mustHavesMet: fit.mustHavesMet,
    mustHavesMissing: fit.mustHavesMissing,
    readiness,
    text: text.charAt(0).toUpperCase() + text.slice(1),
  };
}
