// Index settings. Searchable attributes are listed most important first: Meilisearch's
// "attribute" ranking rule prefers a match in an earlier one (a title over a description).
import type { Settings } from "meilisearch";
import type { IndexName } from "./port";
import { meilisearchSynonyms } from "./synonyms";

const FACETS_SHARED = ["clinicalAreas", "careSettings", "place", "status", "organisationId"];

const common: Settings = {
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  typoTolerance: {
    enabled: true,
    // Short clinical terms (COPD, UTI, ECG) must not match each other through a typo.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  synonyms: meilisearchSynonyms(),
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100 },
};

export const INDEX_SETTINGS: Record<IndexName, Settings> = {
  challenges: {
    ...common,
    searchableAttributes: ["title", "topics", "summary", "desiredOutcomes", "problem", "currentPathway", "inequalitiesFocus", "organisationName"],
    filterableAttributes: [...FACETS_SHARED, "mustHaves", "publishedAt"],
    sortableAttributes: ["publishedAt", "title"],
  },
  products: {
    ...common,
    searchableAttributes: ["name", "topics", "summary", "intendedPurpose", "description", "evidenceSummary", "organisationName"],
    filterableAttributes: [
      ...FACETS_SHARED,
      "technologyType",
      "deviceClass",
      "esfTier",
      "trl",
      "features",
      "ukcaMarked",
      "dtacPassed",
      "processesPatientData",
      "investorVisible",
      "publishedAt",
    ],
    sortableAttributes: ["publishedAt", "name", "trl"],
  },
};
