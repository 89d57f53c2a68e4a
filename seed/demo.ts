import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { organisations, users } from "../db/schema";
import { hashPassword } from "../app/services/auth/password.server";
import { datasetSchema } from "./dataset-schema";
import { loadDataset } from "./load-dataset";
import { challenges } from "./demo-data/challenges";
import { organisations as demoOrganisations } from "./demo-data/organisations";
import { products } from "./demo-data/products";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

export function isEmpty(db: Db): boolean {
  return db.get<{ n: number }>(sql`select count(*) as n from organisations`)!.n === 0;
}

export const demoDataset = () =>
  datasetSchema.parse({ format: "sweetspot-dataset/1", organisations: demoOrganisations, challenges, products });

/** Loads the region's demo organisations, challenges, products and one account per role. */
export async function seedDemoData(db: Db) {
  const dataset = demoDataset();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction((tx) => {
    const counts = loadDataset(tx, dataset);
    for (const u of DEMO_USERS) {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) continue;
      const org = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, u.organisation)).get();
      if (!org) throw new Error(`Demo user ${u.email} names unknown organisation ${u.organisation}`);
      tx.insert(users)
        .values({ organisationId: org.id, name: u.name, email: u.email, passwordHash, roleOverride: u.roleOverride ?? null, membershipVerified: true })
        .run();
    }
    return counts;
  });
}
