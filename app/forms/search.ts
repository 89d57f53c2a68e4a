// The search page's URL: the words, which records, facet filters, sort and page. Like the list
// filters, unknown values are dropped so an old shared link still shows results.
import { z } from "zod";
import { CARE_SETTINGS, CLINICAL_AREAS, PLACES, TECHNOLOGY_TYPES, type Option } from "../domain/taxonomies";

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_KINDS = [
  { value: "all", label: "Challenges and products" },
  { value: "challenges", label: "Challenges only" },
  { value: "products", label: "Products only" },
] as const;
export const SEARCH_SORTS = [
  { value: "relevance", label: "Best match" },
  { value: "newest", label: "Newest first" },
] as const;

const words = z
  .string()
  .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, 200))
  .catch("");

function pick(params: URLSearchParams, name: string, options: readonly Option[]): string[] {
  const allowed = new Set(options.map((o) => o.value));
  return [...new Set(params.getAll(name).filter((v) => allowed.has(v)))];
}

function oneOf<T extends string>(value: string | null, options: readonly { value: T }[], fallback: T): T {
  return options.some((o) => o.value === value) ? (value as T) : fallback;
}

export function parseSearchParams(params: URLSearchParams) {
  const page = Number(params.get("page"));
  return {
    q: words.parse(params.get("q") ?? ""),
    kind: oneOf(params.get("kind"), SEARCH_KINDS, "all"),
    clinicalAreas: pick(params, "area", CLINICAL_AREAS),
    careSettings: pick(params, "setting", CARE_SETTINGS),
    places: pick(params, "place", PLACES),
    technologyTypes: pick(params, "type", TECHNOLOGY_TYPES),
    sort: oneOf(params.get("sort"), SEARCH_SORTS, "relevance"),
    page: Number.isInteger(page) && page >= 1 && page <= 100 ? page : 1,
  };
}
export type SearchParams = ReturnType<typeof parseSearchParams>;
