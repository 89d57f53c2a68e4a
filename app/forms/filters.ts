// List filters live in the URL so a filtered list can be shared. Unknown values are dropped
// rather than refused: a stale shared link should still show a list.
import {
  CARE_SETTINGS,
  CHALLENGE_STATUSES,
  CLINICAL_AREAS,
  DEVICE_CLASSES,
  ESF_TIERS,
  PLACES,
  PRODUCT_STATUSES,
  TECHNOLOGY_TYPES,
  type Option,
} from "../domain/taxonomies";

export const PAGE_SIZE = 20;

function pick(params: URLSearchParams, name: string, options: readonly Option[]): string[] {
  const allowed = new Set(options.map((o) => o.value));
  return [...new Set(params.getAll(name).filter((v) => allowed.has(v)))];
}

function int(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export const CHALLENGE_SORTS = [
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
  { value: "closing", label: "Closing soonest" },
  { value: "title", label: "Title A to Z" },
] as const;

export function parseChallengeFilters(params: URLSearchParams) {
  return {
    clinicalAreas: pick(params, "area", CLINICAL_AREAS),
    careSettings: pick(params, "setting", CARE_SETTINGS),
    places: pick(params, "place", PLACES),
    statuses: pick(params, "status", CHALLENGE_STATUSES),
    sort: oneOf(params.get("sort"), CHALLENGE_SORTS.map((s) => s.value), "newest"),
    page: int(params, "page", 1, 100_000) ?? 1,
    pageSize: PAGE_SIZE,
  };
}
export type ChallengeFilters = ReturnType<typeof parseChallengeFilters>;

export const PRODUCT_SORTS = [
  { value: "newest", label: "Newest first" },
  { value: "name", label: "Name A to Z" },
  { value: "readiness", label: "Most ready first (TRL)" },
] as const;

export function parseProductFilters(params: URLSearchParams) {
  let trlMin = int(params, "trlMin", 1, 9);
  let trlMax = int(params, "trlMax", 1, 9);
  if (trlMin !== undefined && trlMax !== undefined && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  return {
    clinicalAreas: pick(params, "area", CLINICAL_AREAS),
    careSettings: pick(params, "setting", CARE_SETTINGS),
    places: pick(params, "place", PLACES),
    technologyTypes: pick(params, "type", TECHNOLOGY_TYPES),
    deviceClasses: pick(params, "class", DEVICE_CLASSES),
    esfTiers: pick(params, "tier", ESF_TIERS),
    statuses: pick(params, "status", PRODUCT_STATUSES),
    trlMin,
    trlMax,
    sort: oneOf(params.get("sort"), PRODUCT_SORTS.map((s) => s.value), "newest"),
    page: int(params, "page", 1, 100_000) ?? 1,
    pageSize: PAGE_SIZE,
  };
}
export type ProductFilters = ReturnType<typeof parseProductFilters>;
