// The exact requests the adapter sends to the real local Meilisearch, recorded by msw on
// their way through: settings, escaped filters, and waiting for tasks before returning.
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeilisearchEngine } from "../../search/meilisearch";
import { INDEX_SETTINGS } from "../../search/settings";
import { anyOf, equals } from "../../search/filters";
import type { ChallengeDocument } from "../../search/documents";
import { inject } from "vitest";

type Seen = { method: string; path: string; body: unknown };
const seen: Seen[] = [];
const host = inject("meiliHost");
const server = setupServer(
  http.all(`${host}/*`, async ({ request }) => {
    const text = request.method === "GET" ? "" : await request.clone().text();
    seen.push({ method: request.method, path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined });
    return passthrough();
  }),
);
const prefix = `adapter${Date.now().toString(36)}_`;
const engine = createMeilisearchEngine({ host, apiKey: inject("meiliKey"), indexPrefix: prefix });

const challenge = (id: string, title: string, place: ChallengeDocument["place"] = "leeds"): ChallengeDocument => ({
  id, title, summary: "", problem: "", desiredOutcomes: "", currentPathway: "", inequalitiesFocus: "", topics: [],
  clinicalAreas: ["frailty_falls"], careSettings: ["home"], place, mustHaves: [], status: "published",
  organisationId: 1, organisationName: 'The "Quoted" Trust', publishedAt: 1, peopleAffectedPerYear: null,
});

beforeAll(() => server.listen({ onUnhandledRequest: "bypass" }));
afterAll(() => server.close());

describe("the Meilisearch adapter", () => {
  it("creates both indexes with their settings and waits for each task", async () => {
    seen.length = 0;
    await engine.configure();
    const created = seen.filter((r) => r.method === "POST" && r.path === "/indexes").map((r) => r.body);
    expect(created).toEqual([{ uid: `${prefix}challenges`, primaryKey: "id" }, { uid: `${prefix}products`, primaryKey: "id" }]);
    const settings = seen.find((r) => r.method === "PATCH" && r.path === `/indexes/${prefix}products/settings`);
    expect(settings?.body).toMatchObject({ searchableAttributes: INDEX_SETTINGS.products.searchableAttributes, filterableAttributes: INDEX_SETTINGS.products.filterableAttributes });
    expect(Object.keys((settings?.body as { synonyms: object }).synonyms)).toContain("a&e");
    // Each write is followed by polling its task until done.
    expect(seen.filter((r) => r.method === "GET" && r.path.startsWith("/tasks/")).length).toBeGreaterThanOrEqual(4);
  });

  it("returns from an upsert only once the documents are searchable", async () => {
    await engine.upsert("challenges", [challenge("1", "Falls at night in care homes"), challenge("2", 'Loneliness "at home"', "kirklees")]);
    const result = await engine.search("challenges", { q: "falls" });
    expect(result.hits.map((h) => h.document.id)).toEqual(["1"]);
    expect(result.hits[0].score).toBeGreaterThan(0);
  });

  it("sends filters with quotes and backslashes escaped, so a value cannot widen the search", async () => {
    seen.length = 0;
    const hostile = 'leeds" OR place = "kirklees';
    const result = await engine.search("challenges", { q: "", filter: [equals("status", "published"), anyOf("place", [hostile])!] });
    expect(result.hits).toEqual([]);
    const sent = seen.find((r) => r.path === `/indexes/${prefix}challenges/search`)!.body as { filter: string[] };
    expect(sent.filter).toEqual(['status = "published"', 'place IN ["leeds\\" OR place = \\"kirklees"]']);
  });

  it("asks for ranking scores, facets and highlights, and gives highlights back as pieces", async () => {
    seen.length = 0;
    const result = await engine.search("challenges", { q: "falls", facets: ["place"], highlight: true });
    const sent = seen.find((r) => r.path.endsWith("/search"))!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ q: "falls", facets: ["place"], showRankingScore: true });
    expect(result.facets.place).toEqual({ leeds: 1 });
    expect(result.hits[0].highlights.title).toEqual([
      { text: "Falls", match: true },
      { text: " at night in care homes", match: false },
    ]);
  });

  it("removes documents and clears an index, waiting each time", async () => {
    await engine.remove("challenges", ["2"]);
    expect((await engine.search("challenges", { q: "" })).total).toBe(1);
    await engine.clear("challenges");
    expect((await engine.search("challenges", { q: "" })).total).toBe(0);
  });

  it("runs several searches in two requests side by side, results in order", async () => {
    await engine.upsert("challenges", [challenge("3", "Falls clinic"), challenge("4", "Dementia support")]);
    seen.length = 0;
    const [falls, dementia] = await engine.multiSearch("challenges", [{ q: "falls" }, { q: "dementia" }]);
    expect(seen.filter((r) => r.path === "/multi-search")).toHaveLength(2);
    expect(falls.hits.map((h) => h.document.id)).toEqual(["3"]);
    expect(dementia.hits.map((h) => h.document.id)).toEqual(["4"]);
  });
});
