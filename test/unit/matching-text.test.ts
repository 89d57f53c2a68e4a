import { describe, expect, it } from "vitest";
import { keyTerms, MAX_QUERY_WORDS, retrievalQueries, challengeQueries } from "../../app/domain/matching/queries";
import { challengeProfile } from "../../app/domain/matching/records";
import { analyse, conceptTerm, stem } from "../../app/domain/matching/text";
import { meilisearchSynonyms, SYNONYM_GROUPS } from "../../search/synonyms";

const groupOf = (term: string) => SYNONYM_GROUPS.findIndex((g) => g.includes(term));
const concepts = (text: string) => analyse(text).terms.filter((t) => t.startsWith("#"));

describe("synonym groups", () => {
  it("give every term one meaning", () => {
    const seen = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, i) => {
      expect(group.length).toBeGreaterThan(1);
      for (const term of group) {
        const key = term.toLowerCase().replace(/[\s-]+/g, " ");
        expect(seen.get(key), `"${term}" is in two groups`).toBeUndefined();
        seen.set(key, i);
      }
    });
  });

  it("reach Meilisearch lower-cased, both ways, and only for terms of up to three words", () => {
    const map = meilisearchSynonyms();
    expect(map["uti"]).toContain("urinary tract infection");
    expect(map["urinary tract infection"]).toContain("uti");
    expect(map["a&e"]).toEqual(expect.arrayContaining(["emergency department", "ed"]));
    expect(Object.keys(map).every((k) => k === k.toLowerCase() && k.split(" ").length <= 3)).toBe(true);
    expect(map["iapt"]).not.toContain("improving access to psychological therapies");
  });
});

describe("analyse", () => {
  it("meets an abbreviation and its expansion on one concept", () => {
    const uti = conceptTerm(groupOf("UTI"));
    expect(concepts("Fewer UTIs in care homes")).toContain(uti);
    expect(concepts("a urinary tract infection")).toContain(uti);
    expect(concepts("Chest X-rays read sooner")).toContain(conceptTerm(groupOf("CXR")));
    expect(concepts("a chest x ray")).toContain(conceptTerm(groupOf("CXR")));
  });

  it("counts an abbreviation only when written in capitals", () => {
    const ae = conceptTerm(groupOf("A&E"));
    expect(concepts("Attendances at ED and A&E")).toEqual([ae, ae]);
    expect(concepts("we ed a note")).toEqual([]);
    expect(concepts("patients with AF")).toContain(conceptTerm(groupOf("AF")));
    expect(concepts("af")).toEqual([]);
  });

  it("stands a concept in for its words, and finds a shorter concept inside a longer one", () => {
    expect(analyse("urinary tract infection screening").terms).toEqual([conceptTerm(groupOf("UTI")), "screen"]);
    const found = concepts("high blood pressure in pregnancy");
    expect(found).toContain(conceptTerm(groupOf("hypertension")));
    expect(found).toContain(conceptTerm(groupOf("BP")));
  });

  it("keeps other words stemmed, without common words or bare numbers", () => {
    const { terms, surface } = analyse("The residents' falls were monitored over 12 nights");
    expect(terms).toEqual(["resident", "fall", "monitor", "night"]);
    expect(surface.get("fall")).toBe("falls");
  });

  it("stems both sides alike", () => {
    expect(["monitoring", "monitor", "monitored"].map(stem)).toEqual(["monitor", "monitor", "monitor"]);
    expect(stem("nurse")).toBe(stem("nursing"));
    expect(stem("therapies")).toBe("therapy");
    expect(stem("diagnosis")).toBe("diagnosis");
  });
});

describe("retrieval queries", () => {
  const challenge = {
    title: "Spotting urinary tract infections early in care homes",
    summary: "Care home staff miss early signs of UTI in residents with dementia, leading to A&E visits.",
    problem: "Residents with a urinary tract infection often become confused before anyone notices. Antibiotic prescribing is high.",
    desiredOutcomes: "Fewer emergency admissions for UTI; appropriate antibiotic use; any product must be UKCA marked.",
  };

  it("are led by the record's key terms, concepts first, assurance words left out", () => {
    const terms = keyTerms(challengeProfile(challenge));
    expect(terms[0]).toMatch(/urinary tract infections|UTI/);
    expect(terms.map((t) => t.toLowerCase())).not.toContain("ukca");
  });

  it("never pass the engine's ten-word limit, and add one structured query with no text", () => {
    const queries = challengeQueries(challenge);
    expect(queries.every((q) => q.q.split(/\s+/).length <= MAX_QUERY_WORDS)).toBe(true);
    const textQueries = queries.filter((q) => q.q && !q.sameAreas);
    expect(textQueries.length).toBeGreaterThan(1);
    expect(textQueries.length).toBeLessThanOrEqual(5);
    expect(queries.filter((q) => q.q && q.sameAreas).length).toBe(1);
    expect(queries.at(-1)).toEqual({ q: "", sameAreas: true, sameSettings: true });
  });

  it("give distinct anchors, never the same words twice, a concept never split across queries", () => {
    const queries = retrievalQueries(challengeProfile(challenge), { anchors: 3, areaAnchors: 0, wordsPerQuery: 3, hitsPerQuery: 10, structured: false });
    const anchors = queries.map((q) => q.q);
    const wordSets = anchors.map((q) => q.toLowerCase().split(/\s+/).sort().join(" "));
    expect(new Set(wordSets).size).toBe(anchors.length);
    expect(new Set(anchors.map((q) => q.split(" ")[0])).size).toBe(anchors.length);
    expect(anchors[0]).toBe("urinary tract infections");
  });

  it("are only the structured query for an empty draft", () => {
    expect(challengeQueries({})).toEqual([{ q: "", sameAreas: true, sameSettings: true }]);
  });
});
