import {
  countPublished,
  countPublishedByArrayValue,
  countPublishedChallengesByPlace,
  countPublishedProductsByPlace,
  type Count,
} from "../../db/aggregates";
import { getDb } from "../../db/client.server";
import { CLINICAL_AREAS, PLACES, type Option } from "../domain/taxonomies";

export type PipelineRow = { key: string; label: string; challenges: number; products: number };

function merge(options: readonly Option[], challenges: Count[], products: Count[]): PipelineRow[] {
  const c = new Map(challenges.map((r) => [r.key, r.count]));
  const p = new Map(products.map((r) => [r.key, r.count]));
  return options
    .map((o) => ({ key: o.value, label: o.label, challenges: c.get(o.value) ?? 0, products: p.get(o.value) ?? 0 }))
    .filter((r) => r.challenges + r.products > 0)
    .sort((a, b) => b.challenges + b.products - (a.challenges + a.products) || a.label.localeCompare(b.label));
}

/** The regional pipeline in aggregate: public, so counts only. */
export function getRegionalPipeline() {
  const db = getDb();
  return {
    totals: { challenges: countPublished(db, "challenges"), products: countPublished(db, "products") },
    byClinicalArea: merge(
      CLINICAL_AREAS,
      countPublishedByArrayValue(db, "challenges", "clinical_areas"),
      countPublishedByArrayValue(db, "products", "clinical_areas"),
    ),
    byPlace: merge(PLACES, countPublishedChallengesByPlace(db), countPublishedProductsByPlace(db)),
  };
}
