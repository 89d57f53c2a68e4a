// Turning free text into terms a matcher can compare: words lower-cased and lightly stemmed,
// common words dropped, and healthcare concepts from search/synonyms.ts recognised so that
// "UTI" and "urinary tract infection" meet on the same term. Pure and dependency-free.
import { SYNONYM_GROUPS } from "../../../search/synonyms";
import { PLACES } from "../taxonomies";

// Function words, and words every NHS text uses, which say nothing about what a need is.
const STOPWORDS = new Set(
  (
    "a about above across after again against all almost also although always among an and any are aren't around as at " +
    "be because been before being below between both but by can cannot could did do does doing done down during each " +
    "either else enough even ever every few for from further get gets getting given go goes had has have having he her " +
    "here hers him his how however i if in into is isn't it its itself just least less like made make makes making many " +
    "may me might more most much must my near need needed needs neither no nor not now of off often on once one only onto " +
    "or other others otherwise our ours out over own per perhaps quite rather really same see seen several shall she " +
    "should since so some still such than that the their theirs them then there these they this those though through " +
    "thus to too towards under until up upon us use used uses using very via was wasn't we well were what when where " +
    "whether which while who whom whose why will with within without would yet you your " +
    // Generic service language: present in nearly every challenge and product.
    "nhs patient patients people person service services care help helps helping support supports supported supporting " +
    "improve improves improved improving improvement reduce reduces reduced reducing better new current currently " +
    "time times year years yearly annual day days week weeks month months today already around able want wants way ways " +
    "two three four five six seven eight nine ten first second hundred thousand lot lots number numbers include " +
    "includes including provide provides provided providing work works working based key important " +
    "trust trusts organisation organisations region regional local area areas place places " +
    // Comparisons say how much, not what.
    "earlier later faster slower sooner quicker fewer less greater higher lower larger smaller longer shorter " +
    "easier harder worse best worst"
  )
    .split(/\s+/)
    // Where a record is comes from its place, not its words: the structured fit weighs that.
    .concat(PLACES.flatMap((p) => p.label.toLowerCase().split(/\W+/)), ["yorkshire", "west"])
    .filter((w) => w && w !== "outside" && w !== "district"), // district nurses are not a place
);

// Words repeat across records, so each is stemmed once; the cap bounds the memory.
const stems = new Map<string, string>();
const STEMS_KEPT = 100_000;

/** A light suffix stripper: both sides are stemmed alike, so its mistakes cancel out. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear();
    cached = stripSuffixes(word);
    stems.set(word, cached);
  }
  return cached;
}

function stripSuffixes(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const stripped = /(ing|ed)$/.exec(w);
  if (stripped && w.length - stripped[0].length >= 4) {
    w = w.slice(0, -stripped[0].length);
    if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1); // admitted → admit
  }
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1); // nurse, nursing → nurs
  return w;
}

// --- concepts from the synonym groups ---------------------------------------------------------

type ConceptTerm = { words: string[]; abbreviation: boolean; group: number };

const WORD = /[\p{L}\p{N}]+/gu;
const isAbbreviation = (term: string) => /\p{Lu}/u.test(term) && term === term.toUpperCase();
let byFirstWord: Map<string, ConceptTerm[]> | undefined;

/** Synonym terms by their first word, longest first: a lookup per word of text, not a scan. */
function conceptIndex(): Map<string, ConceptTerm[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  SYNONYM_GROUPS.forEach((group, i) => {
    for (const term of group) {
      const abbreviation = isAbbreviation(term);
      const words = (term.match(WORD) ?? []).map((w) => (abbreviation ? w : w.toLowerCase()));
      if (!words.length) continue;
      const key = words[0].toLowerCase();
      byFirstWord!.set(key, [...(byFirstWord!.get(key) ?? []), { words, abbreviation, group: i }]);
    }
  });
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

/** A word of text is the term's word: abbreviations only in capitals; the last may be plural. */
function sameWord(written: string, lower: string, word: string, abbreviation: boolean, last: boolean): boolean {
  const w = abbreviation ? written : lower;
  return w === word || (last && (w === `${word}s` || w === `${word}S`));
}

/** The term standing for a whole synonym group. */
export const conceptTerm = (group: number) => `#${group}`;

// --- analysis ---------------------------------------------------------------------------------

const SEPARATORS = /([^\p{L}\p{N}]+)/u;
const CONCEPT_TERMS = SYNONYM_GROUPS.map((_, i) => conceptTerm(i));

/**
 * Calls `onTerm` for each matchable term of the text, in order: a concept term wherever a
 * synonym starts (the longest there), standing in for its words so that "UTI" and "urinary
 * tract infection" match in full; and each other word's stem. Concepts may nest: "high blood
 * pressure" is hypertension and also says "blood pressure". `shown` is the text as written,
 * for people to read. A callback, not a list: this runs over every candidate on every match.
 */
export function eachTerm(text: string, onTerm: (term: string, shown: string) => void): void {
  // Words at even positions, the separators between them at odd ones.
  const parts = text.split(SEPARATORS);
  const index = conceptIndex();
  let coveredTo = -1; // the last word inside a concept already found
  for (let i = parts[0] ? 0 : 2; i < parts.length; i += 2) {
    const written = parts[i];
    if (!written) continue;
    const lower = written.toLowerCase();
    const candidates = index.get(lower) ?? (lower.endsWith("s") ? index.get(lower.slice(0, -1)) : undefined);
    if (candidates) {
      for (const c of candidates) {
        const n = c.words.length;
        let k = 0;
        for (; k < n; k++) {
          const w = parts[i + 2 * k];
          if (w === undefined || !sameWord(w, w.toLowerCase(), c.words[k], c.abbreviation, k === n - 1)) break;
        }
        if (k < n) continue;
        onTerm(CONCEPT_TERMS[c.group], n === 1 ? written : parts.slice(i, i + 2 * n - 1).join("").replace(/\s+/g, " "));
        coveredTo = Math.max(coveredTo, i + 2 * n - 2);
        break;
      }
    }
    if (i <= coveredTo || lower.length < 2 || STOPWORDS.has(lower) || isNumber(lower)) continue;
    onTerm(stem(lower), lower);
  }
}

export type Analysed = {
  /** Stems and concept terms, in order, repeats kept. */
  terms: string[];
  /** A term → the words it was first written as. */
  surface: Map<string, string>;
};

export function analyse(text: string): Analysed {
  const terms: string[] = [];
  const surface = new Map<string, string>();
  eachTerm(text, (term, shown) => {
    terms.push(term);
    if (!surface.has(term)) surface.set(term, shown);
  });
  return { terms, surface };
}

const isNumber = (word: string) => word.charCodeAt(0) < 58 && /^\d+$/.test(word);
