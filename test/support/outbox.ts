// The search outbox and index as tests look at them.
import { and, eq } from "drizzle-orm";
import { createServer } from "node:net";
import { getDb } from "../../db/client.server";
import { searchOutbox } from "../../db/schema";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import type { IndexName, SearchEngine } from "../../search/port";
import { isIndexable } from "../../search/sync";

export function outboxRows(index?: IndexName, recordId?: number) {
  return getDb()
    .select()
    .from(searchOutbox)
    .where(and(index ? eq(searchOutbox.indexName, index) : undefined, recordId ? eq(searchOutbox.recordId, recordId) : undefined))
    .all();
}

export function clearOutbox() {
  getDb().delete(searchOutbox).run();
}

/** Every document id in the index, as the engine reports them (ids of this file's indexes). */
export async function indexedIds(engine: SearchEngine, index: IndexName): Promise<string[]> {
  const result = await engine.search(index, { q: "", limit: 1000 });
  expectAll(result.total < 1000, "more documents than a test should make");
  return result.hits.map((h) => h.document.id).sort(byNumber);
}

/** What the index should hold: the id of every record anyone may see. */
export function publicIds(index: IndexName): string[] {
  const docs = index === "challenges" ? challengeDocuments(getDb()).filter(isIndexable.challenges) : productDocuments(getDb()).filter(isIndexable.products);
  return docs.map((d) => d.id).sort(byNumber);
}

/** A loopback port nothing listens on, for "connection refused". */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const byNumber = (a: string, b: string) => Number(a) - Number(b);

function expectAll(ok: boolean, message: string) {
  if (!ok) throw new Error(message);
}

export const challengeForm = (overrides: Record<string, string | string[]> = {}) => ({
  title: "Falls at night in care homes",
  summary: "Residents fall at night when nobody is there.",
  problem: "Night-time falls lead to admissions.",
  peopleAffectedPerYear: "3000",
  currentPathway: "Staff check rooms hourly.",
  desiredOutcomes: "A third fewer falls at night.",
  clinicalAreas: ["frailty_falls"],
  careSettings: ["social_care"],
  place: "leeds",
  inequalitiesFocus: "Homes in deprived wards.",
  fundingRoute: "ICB transformation fund",
  mustHaves: ["ukca_marked"],
  closingDate: "2099-03-31",
  intent: "submit",
  ...overrides,
});

export const productForm = (overrides: Record<string, string | string[]> = {}) => ({
  name: "NightWatch falls radar",
  summary: "Detects falls at night without cameras.",
  description: "A radar sensor on the ceiling that tells staff when a resident falls.",
  intendedPurpose: "To detect falls of older adults in care homes.",
  technologyType: "remote_monitoring",
  clinicalAreas: ["frailty_falls"],
  careSettings: ["social_care"],
  deviceClass: "I",
  ukcaMarked: "yes",
  processesPatientData: "no",
  dtacPassed: "yes",
  esfTier: "B",
  trl: "8",
  features: ["ukca_marked"],
  evidenceSummary: "A year in six Leeds care homes.",
  priceModel: "£20 per room per month",
  fundingSought: "",
  intent: "publish",
  ...overrides,
});
