// Matching against the real local Meilisearch: retrieval with a few searches sent at once,
// synonyms applied by the engine, the re-ranking, and what happens when the engine is missing
// or down.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { matchChallengesForProduct, matchProductsForChallenge, similarChallenges } from "../../app/services/matching.server";
import { MAX_QUERY_WORDS } from "../../app/domain/matching/queries";
import { createMeilisearchEngine } from "../../search/meilisearch";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import type { SearchEngine, SearchQuery } from "../../search/port";
import { createOrganisation } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";
import { readySearch } from "../support/search";

const db = () => getDb();
const trust = createOrganisation({ kind: "nhs_trust", place: "wakefield" });
const company = createOrganisation({ kind: "company", place: "wakefield" });

const utiChallenge = createChallenge(trust.id, {
  title: "Spotting UTI early in care homes",
  summary: "Residents with a UTI are often confused for days before anyone acts.",
  problem: "Care staff find it hard to tell a UTI from other causes of confusion; antibiotic use is high.",
  desiredOutcomes: "Fewer hospital admissions for UTI and fewer unnecessary antibiotics.",
  clinicalAreas: ["medicines_amr"],
  careSettings: ["social_care"],
  place: "wakefield",
  mustHaves: ["dtac_passed"],
});
const falls = createChallenge(trust.id, { title: "Reducing falls at night in care homes" });
const closed = createChallenge(trust.id, { title: "Closed: falls at night in care homes", status: "closed" });

// Says "urinary tract infection", never "UTI", and shares no clinical area: only the engine's
// synonyms can bring it back.
const dipstick = createProduct(company.id, {
  name: "Clearview urine reader",
  summary: "A smartphone reader for urine dipsticks that flags a likely urinary tract infection.",
  description: "Care staff photograph the dipstick; the result and advice go to the GP the same day.",
  intendedPurpose: "To support the assessment of suspected urinary tract infection in adults.",
  clinicalAreas: ["kidney"],
  careSettings: ["social_care"],
  dtacPassed: true,
});
const sensor = createProduct(company.id, {});
const draft = createProduct(company.id, { name: "Draft urinary tract infection test", status: "draft", publishedAt: null });

let engine: SearchEngine;
const sent: SearchQuery[][] = [];
/** The engine, recording each multi-search it is asked for. */
const recording = (): SearchEngine => ({
  ...engine,
  multiSearch: (index, queries) => {
    sent.push(queries);
    return engine.multiSearch(index, queries);
  },
});

beforeAll(async () => {
  engine = await readySearch();
  await engine.upsert("challenges", challengeDocuments(db()));
  await engine.upsert("products", productDocuments(db()));
}, 60_000);

describe("matchProductsForChallenge", () => {
  it("finds a product through the engine's synonyms and explains the match", async () => {
    const outcome = await matchProductsForChallenge(utiChallenge.id, { engine });
    expect(outcome?.available).toBe(true);
    if (!outcome?.available) return;
    expect(outcome.matches[0].product.id).toBe(String(dipstick.id));
    const { score, reasons } = outcome.matches[0];
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(reasons.matchedTerms).toContain("UTI");
    expect(reasons.mustHavesMet).toEqual(["dtac_passed"]);
    expect(reasons.text).toMatch(/^Shares: social care; matched: UTI/);
    expect(outcome.matches.map((m) => m.product.id)).not.toContain(String(draft.id));
  });

  it("asks the engine once, with short queries limited to published products", async () => {
    sent.length = 0;
    await matchProductsForChallenge(falls.id, { engine: recording(), limit: 3 });
    expect(sent).toHaveLength(1);
    for (const query of sent[0]) {
      expect(query.q.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
      expect(query.filter).toContain('status = "published"');
    }
    expect(sent[0].some((q) => q.q === "" && q.filter?.some((f) => f.startsWith("careSettings IN")))).toBe(true);
  });

  it("ranks the fitting product first and honours the limit", async () => {
    const outcome = await matchProductsForChallenge(falls.id, { engine, limit: 1 });
    expect(outcome).toMatchObject({ available: true, matches: [{ product: { id: String(sensor.id) } }] });
  });

  it("is null for a challenge that does not exist", async () => {
    expect(await matchProductsForChallenge(999_999, { engine })).toBeNull();
  });

  it("says search is unavailable when there is no engine, or it cannot be reached", async () => {
    expect(await matchProductsForChallenge(falls.id, { engine: null })).toMatchObject({ available: false });
    const down = createMeilisearchEngine({ host: "http://127.0.0.1:9", timeoutMs: 500 });
    expect(await matchProductsForChallenge(falls.id, { engine: down })).toMatchObject({ available: false, notice: expect.stringMatching(/unavailable/) });
  });
});

describe("matchChallengesForProduct", () => {
  it("ranks published challenges for a product with the same scoring", async () => {
    const outcome = await matchChallengesForProduct(sensor.id, { engine });
    if (!outcome?.available) throw new Error("search unavailable");
    const ids = outcome.matches.map((m) => m.challenge.id);
    expect(ids[0]).toBe(String(falls.id));
    expect(ids).not.toContain(String(closed.id));
    expect(outcome.matches[0].reasons.sharedAreas).toEqual(["frailty_falls"]);
  });
});

describe("similarChallenges", () => {
  it("shows a published challenge like the draft, but not the draft's own record or unrelated ones", async () => {
    const draftFields = { title: "Care home residents with urinary tract infections", clinicalAreas: ["medicines_amr" as const] };
    const outcome = await similarChallenges(draftFields, { engine });
    if (!outcome.available) throw new Error("search unavailable");
    expect(outcome.matches.map((m) => m.challenge.id)).toEqual([String(utiChallenge.id)]);
    expect(outcome.matches[0].score).toBeGreaterThanOrEqual(35);

    const excluded = await similarChallenges(draftFields, { engine, excludeId: utiChallenge.id });
    expect(excluded).toEqual({ available: true, matches: [] });
  });
});

describe("npm run match:eval", () => {
  const ROOT = fileURLToPath(new URL("../../", import.meta.url));

  // The quality bar of issue 4, kept from sliding back; the real engine of this run, with
  // throwaway indexes the command removes again.
  it("scores dev.json at or above the targets, beside plain BM25, ending with one JSON line", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/match-eval.ts", "test/fixtures/dev.json", "--baseline"], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.some((l) => l.startsWith("Plain BM25 "))).toBe(true);
    const result = JSON.parse(lines.at(-1)!);
    expect(result.challenges).toBe(25);
    expect(result["ndcg@10"]).toBeGreaterThanOrEqual(0.93);
    expect(result["p@5"]).toBeGreaterThanOrEqual(0.95);
    expect(result.mrr).toBeGreaterThanOrEqual(0.97);
    expect(result.baseline["ndcg@10"]).toBeLessThan(result["ndcg@10"]);
  }, 120_000);

  it("says how to use it when given no file", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/match-eval.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Usage: npm run match:eval -- FILE/);
  });
});
