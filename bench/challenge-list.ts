// What one `/challenges` request costs with 10,000 challenges: the route's loader called the
// way the server calls it, and, as a floor, the same count and page SQL run directly.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/better-sqlite3";
import {
  CARE_SETTINGS,
  CHALLENGE_STATUSES,
  CLINICAL_AREAS,
  PLACES,
  type CareSetting,
  type ChallengeStatus,
  type ClinicalArea,
  type Place,
} from "../app/domain/taxonomies";
import { memory, ms, random, ratio, time, timeAsync, times, type BenchResult } from "./support";

const CHALLENGES = 10_000;
const ORGANISATIONS = 60;
const TIMING = { warmUp: 20, runs: 200 };
const ORIGIN = "http://localhost:3000";

const CASES = [
  { name: "no filters", path: "/challenges" },
  { name: "one area", path: "/challenges?area=frailty_falls" },
  { name: "area + setting + place", path: "/challenges?area=frailty_falls&setting=home&place=leeds" },
  { name: "sort by title", path: "/challenges?sort=title" },
  { name: "page 50", path: "/challenges?page=50" },
  { name: "no filters, signed in (leadership)", path: "/challenges", signedIn: true },
];

export async function benchChallengeList(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "sweetspot-bench-"));
  // The route reads the database from DATABASE_PATH, so set it before importing anything.
  process.env.DATABASE_PATH = join(dir, "bench.db");
  process.env.DATA_DIR = dir;
  const { getDb } = await import("../db/client.server");
  const { migrateDatabase } = await import("../db/migrate");
  const schema = await import("../db/schema");
  const { listChallenges } = await import("../db/listing");
  const { parseChallengeFilters } = await import("../app/forms/filters");
  const { createSession } = await import("../app/services/auth/sessions.server");
  const { SESSION_COOKIE } = await import("../app/services/auth/cookies.server");
  const list = await import("../app/routes/challenges/list");

  const db = getDb();
  migrateDatabase(db);
  const rand = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(items)))];
  const areas = CLINICAL_AREAS.map((o) => o.value) as ClinicalArea[];
  const settings = CARE_SETTINGS.map((o) => o.value) as CareSetting[];
  const places = PLACES.map((o) => o.value) as Place[];
  const statuses: ChallengeStatus[] = ["published", "published", "published", "published", "published", "published", "published", "closed", "submitted", "draft"];
  const words = ["Faster", "Safer", "Earlier", "Remote", "Shared", "Better", "Fewer", "Joined-up", "Digital", "Community"];
  const topics = ["diagnosis", "discharge", "referrals", "monitoring", "follow-up", "self-care", "triage", "waiting lists", "prescribing", "rehabilitation"];
  const YEAR = 365 * 24 * 60 * 60 * 1000;

  const started = performance.now();
  const { userId } = db.transaction((tx) => {
    const orgIds = Array.from({ length: ORGANISATIONS }, (_, i) =>
      tx.insert(schema.organisations)
        .values({ name: `Bench organisation ${i}`, kind: i % 5 === 0 ? "local_authority" : "nhs_trust", place: places[i % places.length], verified: true })
        .returning({ id: schema.organisations.id })
        .get().id,
    );
    const rows = Array.from({ length: CHALLENGES }, (_, i) => {
      const status = pick(statuses);
      const area = pick(areas);
      const at = new Date(Date.now() - rand() * 3 * YEAR);
      return {
        organisationId: pick(orgIds),
        title: `${pick(words)} ${pick(topics)} in ${CLINICAL_AREAS.find((a) => a.value === area)!.label.toLowerCase()} #${i}`,
        summary: "A synthetic challenge for the list benchmark: the summary is about as long as a real one, a sentence or two.",
        problem: "The problem, described at the length a clinician writes it. ".repeat(12),
        desiredOutcomes: "Fewer admissions and shorter waits.",
        clinicalAreas: [area, ...some(areas, 2)].filter((a, j, all) => all.indexOf(a) === j),
        careSettings: some(settings, 2),
        place: pick(places),
        status,
        closingDate: rand() < 0.6 ? new Date(Date.now() + rand() * YEAR).toISOString().slice(0, 10) : null,
        submittedAt: status === "draft" ? null : at,
        publishedAt: status === "published" || status === "closed" ? at : null,
        createdAt: at,
      };
    });
    for (let i = 0; i < rows.length; i += 500) tx.insert(schema.challenges).values(rows.slice(i, i + 500)).run();
    const leadership = tx.insert(schema.organisations).values({ name: "Bench leadership", kind: "leadership", place: "leeds", verified: true }).returning().get();
    const user = tx.insert(schema.users)
      .values({ organisationId: leadership.id, name: "Bench reader", email: "bench@example.test", passwordHash: "unused", membershipVerified: true })
      .returning()
      .get();
    return { userId: user.id };
  });
  const seedMs = Math.round(performance.now() - started);
  const cookie = `${SESSION_COOKIE}=${createSession(db, userId).token}`;
  // A long-running server has long since checkpointed the seed out of the WAL.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.pragma("optimize");

  // The SQL the loader runs, captured once per case through drizzle's logger, then replayed
  // with statements prepared once: the cost of SQLite alone.
  const captured: { sql: string; params: unknown[] }[] = [];
  const logged = drizzle(db.$client, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } });

  const results = [];
  for (const c of CASES) {
    const headers: Record<string, string> = c.signedIn ? { Cookie: cookie } : {};
    const loaderArgs = () => ({ request: new Request(`${ORIGIN}${c.path}`, { headers }), params: {}, context: {} }) as unknown as Parameters<typeof list.loader>[0];
    const sample = list.loader(loaderArgs());
    const loader = await timeAsync(async () => list.loader(loaderArgs()), TIMING);

    captured.length = 0;
    const filters = parseChallengeFilters(new URL(`${ORIGIN}${c.path}`).searchParams);
    listChallenges(logged, { ...filters, statuses: ["published"] });
    const [count, page] = captured.map((q) => ({ stmt: db.$client.prepare(q.sql).raw(true), params: q.params }));
    const floor = time(() => {
      count.stmt.get(...count.params);
      page.stmt.all(...page.params);
    }, TIMING);
    const { rssMb } = memory();
    results.push({ name: c.name, path: c.path, rows: sample.rows.length, total: sample.total, loader, floor, loaderOverFloor: ratio(loader, floor), rssMb });
  }

  db.$client.close();
  rmSync(dir, { recursive: true, force: true });

  const header = ["/challenges, 10,000 challenges", "rows/total", "median ms", "p95 ms", "mean ms", "SQL median", "SQL p95", "SQL mean", "× SQL med", "× SQL p95", "RSS MB"];
  const rows = results.map((r) => [
    r.name,
    `${r.rows}/${r.total}`,
    ms(r.loader.median),
    ms(r.loader.p95),
    ms(r.loader.mean),
    ms(r.floor.median),
    ms(r.floor.p95),
    ms(r.floor.mean),
    times(r.loaderOverFloor.median),
    times(r.loaderOverFloor.p95),
    String(r.rssMb),
  ]);
  return {
    name: "challenge-list",
    tables: [{ title: "challenge-list: the /challenges loader, and as its floor the same SQL run directly", rows: [header, ...rows] }],
    figures: {
      challenges: CHALLENGES,
      organisations: ORGANISATIONS + 1,
      statuses: Object.fromEntries(CHALLENGE_STATUSES.map((s) => [s.value, statuses.filter((x) => x === s.value).length / statuses.length])),
      ...TIMING,
      seedMs,
      cases: results,
    },
  };
}
