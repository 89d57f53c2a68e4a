// A record is not a query: the engine reads only ten words, and a query's results must all
// contain its first word. Retrieval therefore asks a few short queries, each led by one of the
// record's key terms, plus one on the structured fields alone; the matcher then re-ranks the
// candidates they bring back.
import type { ChallengeForMatch, ProductForMatch } from "./records";
import { challengeProfile, productProfile } from "./records";
import type { Profile } from "./relevance";

export const MAX_QUERY_WORDS = 10;

export type MatchQuery = {
  /** At most ten words; empty for the structured query. */
  q: string;
  /** Only candidates sharing a clinical area with the record. */
  sameAreas: boolean;
  /** Only candidates sharing a care setting with the record too. */
  sameSettings: boolean;
};

/** How retrieval asks: queries led by the top key terms (the first few asked again within the
 * record's clinical areas), words in each, hits each brings back, and whether to add the
 * structured query. Measured on shared/datasets/dev.json: fewer anchors lose recall, more
 * cost engine time without gain. */
export const RETRIEVAL = { anchors: 5, areaAnchors: 1, wordsPerQuery: 3, hitsPerQuery: 25, structured: true };

// Assurance words say how a product is regulated, not what it does: the structured fit
// weighs them (must-haves, readiness), so they make poor search terms.
const ASSURANCE = /^(ukca|ce|dtac|dspt|mhra|nice|esf|marked|mark|compliant|compliance|certified|regulat\w*|assur\w*)\b/i;

/** The record's terms as written, most weighted first; a recognised concept ("urinary tract
 * infection", "UTI") ranks above a plain word of the same weight, and a word already said by
 * a chosen concept is not repeated. */
export function keyTerms(p: Profile): string[] {
  const weight = ([term, tf]: [string, number]) => tf * (term.startsWith("#") ? 1.5 : 1);
  const said = new Set<string>();
  const out: string[] = [];
  for (const [term] of [...p.tf.entries()].sort((a, b) => weight(b) - weight(a))) {
    const shown = p.surface.get(term) ?? term;
    const words = shown.toLowerCase().split(/\s+/);
    if (ASSURANCE.test(shown) || words.every((w) => said.has(w))) continue;
    for (const w of words) said.add(w);
    out.push(shown);
  }
  return out;
}

/** The first `max` distinct words of the terms, in order; a term never split. */
function leadingWords(terms: readonly string[], max: number): string {
  const words: string[] = [];
  for (const term of terms) {
    const parts = term.split(/\s+/).filter((w) => !words.some((x) => x.toLowerCase() === w.toLowerCase()));
    if (words.length && words.length + parts.length > max) continue;
    words.push(...parts);
    if (words.length >= max) break;
  }
  return words.slice(0, MAX_QUERY_WORDS).join(" ");
}

/** One query per anchor term, the next key terms after it: the engine drops words from the
 * end, so everything a query returns contains its anchor (or a synonym of it), ranked by how
 * many of the other terms it also has. */
export function retrievalQueries(p: Profile, r = RETRIEVAL): MatchQuery[] {
  const terms = keyTerms(p);
  const out: MatchQuery[] = [];
  const asked = new Set<string>();
  terms.slice(0, r.anchors).forEach((anchor, i) => {
    const q = leadingWords([anchor, ...terms.filter((t) => t !== anchor)], r.wordsPerQuery);
    // The same words in another order mostly bring back the same records: each costs the
    // engine as much as a new query, so ask each set of words once.
    const words = q.toLowerCase().split(/\s+/).sort().join(" ");
    if (asked.has(words)) return;
    asked.add(words);
    out.push({ q, sameAreas: false, sameSettings: false });
    if (i < r.areaAnchors) out.push({ q, sameAreas: true, sameSettings: false });
  });
  // Records that fit on areas and settings whatever their wording: no text, so nearly free.
  if (r.structured) out.push({ q: "", sameAreas: true, sameSettings: true });
  return out;
}

export function challengeQueries(c: Partial<ChallengeForMatch>): MatchQuery[] {
  return retrievalQueries(challengeProfile(c));
}

export function productQueries(p: Partial<ProductForMatch>): MatchQuery[] {
  return retrievalQueries(productProfile(p));
}
