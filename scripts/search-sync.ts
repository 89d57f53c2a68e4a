// `npm run search:sync`: pushes everything waiting in the search outbox, as the server's worker
// does, and says what is left.
import { outboxLag } from "../search/outbox";
import { syncOutbox } from "../search/sync";
import { runSearchCommand } from "./search-command";

await runSearchCommand("search:sync", async (engine, db) => {
  const options = { db, beforePush: () => engine.configure() };
  let report = await syncOutbox(engine, options);
  // The server's worker holds the lease only while it pushes.
  for (let tries = 0; !report.leased && tries < 20; tries++) {
    await new Promise((r) => setTimeout(r, 500));
    report = await syncOutbox(engine, options);
  }
  if (!report.leased) {
    console.error("search:sync: another process kept pushing the outbox for 10 s; try again later.");
    return 1;
  }
  const lag = outboxLag(db);
  console.log(`search:sync: ${report.upserted} indexed, ${report.removed} removed from the index, ${lag.pending} waiting.`);
  if (report.error) console.error(`search:sync: the engine failed, the rest will be retried: ${report.error}`);
  return report.error ? 1 : 0;
});
