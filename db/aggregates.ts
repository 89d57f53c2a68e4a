// SQLite-specific aggregate queries live here, so the services stay portable.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "./client.server";

export type Count = { key: string; count: number };

/** Published records counted per value of a JSON array column (a record counts once per value). */
export function countPublishedByArrayValue(db: DbOrTx, table: "challenges" | "products", column: "clinical_areas" | "care_settings"): Count[] {
  return db.all<Count>(
    sql`select je.value as key, count(*) as count
        from ${sql.identifier(table)} t, json_each(t.${sql.identifier(column)}) je
        where t.status = 'published'
        group by je.value order by count desc, key`,
  );
}

export function countPublishedChallengesByPlace(db: DbOrTx): Count[] {
  return db.all<Count>(
    sql`select place as key, count(*) as count from challenges where status = 'published' group by place order by count desc, key`,
  );
}

/** Products have no place of their own: they count under their company's place. */
export function countPublishedProductsByPlace(db: DbOrTx): Count[] {
  return db.all<Count>(
    sql`select o.place as key, count(*) as count from products p join organisations o on o.id = p.organisation_id
        where p.status = 'published' group by o.place order by count desc, key`,
  );
}

export function countPublished(db: DbOrTx, table: "challenges" | "products"): number {
  return db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table)} where status = 'published'`)!.n;
}
