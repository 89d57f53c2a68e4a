// Challenge and product rows made straight in the database for tests.
import { getDb, type Db } from "../../db/client.server";
import { challenges, products } from "../../db/schema";

export function createChallenge(organisationId: number, overrides: Partial<typeof challenges.$inferInsert> = {}, db: Db = getDb()) {
  return db
    .insert(challenges)
    .values({
      organisationId,
      title: "Reducing falls in care homes",
      summary: "Residents fall too often at night.",
      problem: "Falls at night lead to admissions.",
      desiredOutcomes: "A third fewer falls.",
      clinicalAreas: ["frailty_falls"],
      careSettings: ["social_care"],
      place: "leeds",
      status: "published",
      publishedAt: new Date(),
      ...overrides,
    })
    .returning()
    .get();
}

export function createProduct(organisationId: number, overrides: Partial<typeof products.$inferInsert> = {}, db: Db = getDb()) {
  return db
    .insert(products)
    .values({
      organisationId,
      name: "NightWatch falls sensor",
      summary: "Detects falls at night.",
      description: "A radar sensor that detects falls without cameras.",
      intendedPurpose: "To detect falls of older adults in care homes.",
      technologyType: "remote_monitoring",
      clinicalAreas: ["frailty_falls"],
      careSettings: ["social_care"],
      deviceClass: "I",
      ukcaMarked: true,
      esfTier: "B",
      trl: 8,
      status: "published",
      publishedAt: new Date(),
      ...overrides,
    })
    .returning()
    .get();
}
