import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { listProducts } from "../../db/listing";
import { products } from "../../db/schema";
import type { ProductFilters } from "../forms/filters";
import { can, type Actor } from "../domain/permissions";

/** Statuses a reader may list: published, plus archived for those who read everything. */
export function listableProductStatuses(actor: Actor | null): string[] {
  return can(actor, "pipeline:view") ? ["published", "archived"] : ["published"];
}

export function browseProducts(actor: Actor | null, filters: ProductFilters) {
  const allowed = listableProductStatuses(actor);
  const chosen = filters.statuses.filter((s) => allowed.includes(s));
  const result = listProducts(getDb(), { ...filters, statuses: chosen.length ? chosen : ["published"] });
  return { ...result, statusOptions: allowed, pages: Math.max(1, Math.ceil(result.total / filters.pageSize)) };
}

/** Everything the actor's organisation owns, drafts included. */
export function organisationProducts(actor: Actor) {
  return getDb()
    .select({ id: products.id, name: products.name, status: products.status, updatedAt: products.updatedAt })
    .from(products)
    .where(eq(products.organisationId, actor.organisationId))
    .orderBy(asc(products.status), asc(products.name))
    .all();
}
