// The first start's demo data, in a database of its own (a child process, so the shared test
// database is untouched): the region's records, one account per role, and a little history
// made through the services, so the matches and trials pages are not empty.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const SCRIPT = `
import { getDb } from "./db/client.server";
import { migrateDatabase } from "./db/migrate";
import { seedDemoData } from "./seed/demo";
import { seedDemoActivity } from "./seed/demo-activity";
void (async () => {
const db = getDb();
migrateDatabase(db);
await seedDemoData(db);
await seedDemoActivity(db);
const all = (q) => db.$client.prepare(q).all();
console.log(JSON.stringify({
  trials: all("select stage, status from trials"),
  matches: all("select status from matches order by id"),
  evidence: all("select item_key as item, kind from evidence order by id"),
  messages: all("select count(*) as n from trial_messages")[0].n,
  audit: all("select action from audit_events where entity_type in ('match', 'trial') order by id").map((a) => a.action),
}));
})();
`;

it("loads the demo records, accounts and a trial past triage, each step audited", () => {
  const dir = mkdtempSync(join(tmpdir(), "sweetspot-demo-"));
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--eval", SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: join(dir, "demo.db"), DATA_DIR: dir, MEILI_HOST: "" },
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
  expect(out.trials).toEqual([{ stage: "regulatory_readiness", status: "active" }]);
  expect(out.matches).toEqual([{ status: "accepted" }, { status: "proposed" }]);
  expect(out.evidence).toEqual([
    { item: "fit_summary", kind: "attestation" },
    { item: "inequalities_impact", kind: "attestation" },
    { item: "intended_purpose", kind: "document" },
  ]);
  expect(out.messages).toBe(3);
  expect(out.audit).toEqual(expect.arrayContaining(["match.proposed", "match.message", "match.accepted", "trial.created", "trial.approve", "trial.document-uploaded"]));
}, 60_000);
