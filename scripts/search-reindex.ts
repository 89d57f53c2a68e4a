// `npm run search:reindex`: rebuilds both search indexes from the database (after a settings
// change, or when the index is lost or in doubt).
import { reindexAll } from "../search/reindex";
import { runSearchCommand } from "./search-command";

await runSearchCommand("search:reindex", async (engine, db) => {
  const report = await reindexAll(engine, { db });
  if ("leased" in report) {
    console.error("search:reindex: another process is pushing the outbox; try again in a moment.");
    return 1;
  }
  console.log(`search:reindex: indexed ${report.challenges} challenges and ${report.products} products.`);
  return 0;
});
