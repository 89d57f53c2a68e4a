// The real local Meilisearch, with this test file's own indexes made ready.
import { getSearchEngine } from "../../app/services/search.server";
import type { SearchEngine } from "../../search/port";

export async function readySearch(): Promise<SearchEngine> {
  const engine = getSearchEngine();
  if (!engine) throw new Error("MEILI_HOST is not set: run this through the integration project");
  await engine.configure();
  return engine;
}
