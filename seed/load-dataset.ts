// Writes a validated dataset into the database, matching organisations, challenges and
// products by key so that loading the same file twice changes nothing. Synchronous: call it
// inside one transaction so a failure leaves nothing half-loaded. Every challenge and product
// it writes gets a search outbox row in that transaction, so the demo seed and imports reach
// the index the way any other write does.
import { eq } from "drizzle-orm";
import type { Tx } from "../db/client.server";
import { challenges, organisations, products } from "../db/schema";
import { recordAudit } from "../app/services/audit.server";
import { enqueueOrganisationRecords, enqueueSearchUpdate } from "../search/outbox";
import type { Dataset } from "./dataset-schema";

export type LoadCounts = {
  organisations: { created: number; updated: number };
  challenges: { created: number; updated: number };
  products: { created: number; updated: number };
};

export function loadDataset(tx: Tx, dataset: Dataset, actorUserId: number | null = null): LoadCounts {
  const counts: LoadCounts = {
    organisations: { created: 0, updated: 0 },
    challenges: { created: 0, updated: 0 },
    products: { created: 0, updated: 0 },
  };
  const orgIds = new Map<string, number>();
  const orgColumns = { id: organisations.id, key: organisations.key, name: organisations.name, place: organisations.place };
  for (const o of dataset.organisations) {
    const values = { key: o.key, name: o.name, kind: o.kind, place: o.place, verified: o.verified ?? true };
    // Names are unique, so an organisation already here under another key (or none, after
    // sign-up) is the same organisation: adopt it, keeping any key it already has.
    const existing =
      tx.select(orgColumns).from(organisations).where(eq(organisations.key, o.key)).get() ??
      tx.select(orgColumns).from(organisations).where(eq(organisations.name, o.name)).get();
    if (existing) {
      tx.update(organisations).set({ ...values, key: existing.key ?? o.key }).where(eq(organisations.id, existing.id)).run();
      // Documents carry the owner's name and place.
      if (existing.name !== o.name || existing.place !== o.place) enqueueOrganisationRecords(tx, existing.id);
      orgIds.set(o.key, existing.id);
      counts.organisations.updated++;
    } else {
      const row = tx.insert(organisations).values(values).returning({ id: organisations.id }).get();
      orgIds.set(o.key, row.id);
      counts.organisations.created++;
      recordAudit(tx, { actorUserId, action: "organisation.imported", entityType: "organisation", entityId: row.id, toState: values.verified ? "verified" : "unverified" });
    }
  }
  const orgId = (key: string) => {
    const id = orgIds.get(key) ?? tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, key)).get()?.id;
    if (id === undefined) throw new Error(`Unknown organisation key "${key}"`);
    return id;
  };

  const now = new Date();
  for (const c of dataset.challenges) {
    const values = {
      key: c.key,
      organisationId: orgId(c.organisation),
      title: c.title,
      summary: c.summary,
      problem: c.problem,
      peopleAffectedPerYear: c.peopleAffectedPerYear ?? null,
      currentPathway: c.currentPathway ?? "",
      desiredOutcomes: c.desiredOutcomes,
      clinicalAreas: c.clinicalAreas,
      careSettings: c.careSettings,
      place: c.place,
      inequalitiesFocus: c.inequalitiesFocus ?? "",
      fundingRoute: c.fundingRoute ?? "",
      mustHaves: c.mustHaves ?? [],
      closingDate: c.closingDate ?? null,
      status: c.status,
      submittedAt: c.status === "draft" ? null : now,
      publishedAt: c.status === "published" || c.status === "closed" ? now : null,
      updatedAt: now,
    };
    const existing = tx
      .select({ id: challenges.id, status: challenges.status, submittedAt: challenges.submittedAt, publishedAt: challenges.publishedAt })
      .from(challenges)
      .where(eq(challenges.key, c.key))
      .get();
    if (existing) {
      // Importing again keeps when a record was first submitted and published.
      const dates = { submittedAt: values.submittedAt && (existing.submittedAt ?? now), publishedAt: values.publishedAt && (existing.publishedAt ?? now) };
      tx.update(challenges).set({ ...values, ...dates }).where(eq(challenges.id, existing.id)).run();
      enqueueSearchUpdate(tx, "challenges", existing.id);
      counts.challenges.updated++;
      if (existing.status !== c.status) {
        recordAudit(tx, { actorUserId, action: "challenge.imported", entityType: "challenge", entityId: existing.id, fromState: existing.status, toState: c.status });
      }
    } else {
      const row = tx.insert(challenges).values(values).returning({ id: challenges.id }).get();
      enqueueSearchUpdate(tx, "challenges", row.id);
      counts.challenges.created++;
      recordAudit(tx, { actorUserId, action: "challenge.imported", entityType: "challenge", entityId: row.id, toState: c.status });
    }
  }

  for (const p of dataset.products) {
    const values = {
      key: p.key,
      organisationId: orgId(p.organisation),
      name: p.name,
      summary: p.summary,
      description: p.description,
      intendedPurpose: p.intendedPurpose,
      technologyType: p.technologyType,
      clinicalAreas: p.clinicalAreas,
      careSettings: p.careSettings,
      deviceClass: p.deviceClass,
      ukcaMarked: p.ukcaMarked,
      processesPatientData: p.processesPatientData,
      dtacPassed: p.dtacPassed ?? false,
      esfTier: p.esfTier,
      trl: p.trl,
      features: p.features ?? [],
      evidenceSummary: p.evidenceSummary ?? "",
      priceModel: p.priceModel ?? "",
      fundingSought: p.fundingSought ?? "",
      investorVisible: p.investorVisible ?? false,
      status: p.status,
      publishedAt: p.status === "draft" ? null : now,
      updatedAt: now,
    };
    const existing = tx.select({ id: products.id, status: products.status, publishedAt: products.publishedAt }).from(products).where(eq(products.key, p.key)).get();
    if (existing) {
      tx.update(products).set({ ...values, publishedAt: values.publishedAt && (existing.publishedAt ?? now) }).where(eq(products.id, existing.id)).run();
      enqueueSearchUpdate(tx, "products", existing.id);
      counts.products.updated++;
      if (existing.status !== p.status) {
        recordAudit(tx, { actorUserId, action: "product.imported", entityType: "product", entityId: existing.id, fromState: existing.status, toState: p.status });
      }
    } else {
      const row = tx.insert(products).values(values).returning({ id: products.id }).get();
      enqueueSearchUpdate(tx, "products", row.id);
      counts.products.created++;
      recordAudit(tx, { actorUserId, action: "product.imported", entityType: "product", entityId: row.id, toState: p.status });
    }
  }
  return counts;
}
