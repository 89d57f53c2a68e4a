// Match alerts (DESIGN "Alerts"): when a challenge is published, the companies whose products
// match it strongly are told; when a product is published, the owners of the challenges it
// matches strongly. Each pair is announced once, ever (match_alerts).
//
// What sets them off is the audit log. Publishing writes a "challenge.published" or
// "product.published" event in the publish transaction, and the worker reads the log from a
// cursor (audit_cursors). So a publish is never missed, whether the server stops or the search
// engine is down at that moment, and the publishing code needs no change. The cursor passes an
// event only once its alerts are written; replaying one cannot notify twice.
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { getDb, type Db } from "../../db/client.server";
import { auditCursors, auditEvents, challenges, matchAlerts, organisations, products } from "../../db/schema";
import { outboxLag } from "../../search/outbox";
import type { SearchEngine } from "../../search/port";
import type { MatchReasons } from "../domain/matching/explain";
import { recordAudit } from "./audit.server";
import { matchChallengesForProduct, matchProductsForChallenge } from "./matching.server";
import { notify } from "./notifications.server";

/** A match this good is worth interrupting someone for. On shared/datasets/dev.json every pair
 * scoring 70 or more from the challenge's side was judged relevant (grade 2 or 3), and 91%
 * from the product's side, against 81% at 50. It finds about half the relevant pairs: the
 * matches pages show the rest to whoever looks. */
export const STRONG_MATCH = 70;

/** Matches looked at per published record; far more than ever reach STRONG_MATCH. */
const CANDIDATES = 20;

export const ALERTS_CURSOR = "match-alerts";
const PUBLISHED = { "challenge.published": "challenge", "product.published": "product" } as const;

export type AlertSubject = { kind: "challenge" | "product"; id: number };
export type AlertOptions = { engine?: SearchEngine | null; db?: Db };
export type AnnounceOutcome = { ok: true; announced: number } | { ok: false; notice: string };

/** Runs the matcher for a newly published record and tells the other side of each strong
 * match not announced before. Not ok when search is unavailable: nothing was announced. */
export async function announceStrongMatches(subject: AlertSubject, options: AlertOptions = {}): Promise<AnnounceOutcome> {
  const db = options.db ?? getDb();
  const matchOptions = { limit: CANDIDATES, engine: options.engine, db };
  const pairs: Pair[] = [];
  if (subject.kind === "challenge") {
    const outcome = await matchProductsForChallenge(subject.id, matchOptions);
    if (outcome && !outcome.available) return { ok: false, notice: outcome.notice };
    for (const m of outcome?.matches ?? []) pairs.push({ challengeId: subject.id, productId: Number(m.product.id), score: m.score, reasons: m.reasons });
  } else {
    const outcome = await matchChallengesForProduct(subject.id, matchOptions);
    if (outcome && !outcome.available) return { ok: false, notice: outcome.notice };
    for (const m of outcome?.matches ?? []) pairs.push({ challengeId: Number(m.challenge.id), productId: subject.id, score: m.score, reasons: m.reasons });
  }
  let announced = 0;
  for (const pair of pairs) if (pair.score >= STRONG_MATCH && announcePair(db, pair, subject.kind)) announced++;
  return { ok: true, announced };
}

type Pair = { challengeId: number; productId: number; score: number; reasons: MatchReasons };

/** In one transaction: claims the pair, tells the side that did not just publish, and audits
 * it. False if the pair was announced before, either record is no longer published, or the
 * other record is the newer one. */
function announcePair(db: Db, pair: Pair, published: AlertSubject["kind"]): boolean {
  return db.transaction((tx) => {
    const challenge = tx
      .select({ title: challenges.title, status: challenges.status, publishedAt: challenges.publishedAt, organisationId: challenges.organisationId, owner: organisations.name })
      .from(challenges)
      .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
      .where(eq(challenges.id, pair.challengeId))
      .get();
    const product = tx
      .select({ name: products.name, status: products.status, publishedAt: products.publishedAt, organisationId: products.organisationId, company: organisations.name })
      .from(products)
      .innerJoin(organisations, eq(organisations.id, products.organisationId))
      .where(eq(products.id, pair.productId))
      .get();
    // The index can lag behind a close or an archive: the database has the last word.
    if (challenge?.status !== "published" || product?.status !== "published") return false;
    // A pair is news when the later of the two is published, to the earlier one's side. If the
    // other was published after this one (both waited out an outage), its own event says it.
    const [mine, theirs] = published === "challenge" ? [challenge.publishedAt, product.publishedAt] : [product.publishedAt, challenge.publishedAt];
    if (mine && theirs && theirs > mine) return false;
    const claimed = tx.insert(matchAlerts).values(pair).onConflictDoNothing().run().changes > 0;
    if (!claimed) return false;
    const why = [pair.reasons.text, `Match score ${pair.score} out of 100`].filter(Boolean).join(". ") + ".";
    const notified =
      published === "challenge"
        ? notify(tx, {
            organisationId: product.organisationId,
            kind: "new-challenge-match",
            title: `A new challenge matches your product ${product.name}`,
            body: `“${challenge.title}”, from ${challenge.owner}. ${why}`,
            link: `/challenges/${pair.challengeId}`,
          })
        : notify(tx, {
            organisationId: challenge.organisationId,
            kind: "new-product-match",
            title: `A new product matches your challenge “${challenge.title}”`,
            body: `${product.name}, from ${product.company}. ${why}`,
            link: `/products/${pair.productId}`,
          });
    recordAudit(tx, {
      actorUserId: null,
      action: `${published}.strong-match-announced`,
      entityType: published,
      entityId: published === "challenge" ? pair.challengeId : pair.productId,
      detail: { challengeId: pair.challengeId, productId: pair.productId, score: pair.score, notified: notified.length },
    });
    return true;
  });
}

export type AlertRunReport = {
  /** Published records whose alerts are done. */
  records: number;
  /** Pairs announced. */
  announced: number;
  /** Why the run stopped early: the search index is still catching up, or search is down. */
  waiting: null | "index" | "search";
};

/** Announces the strong matches of everything published since the last run, in order. Stops
 * at the first record that has to wait; the next run starts there again. */
export async function announceNewlyPublished(options: AlertOptions & { batchSize?: number } = {}): Promise<AlertRunReport> {
  const db = options.db ?? getDb();
  const report: AlertRunReport = { records: 0, announced: 0, waiting: null };
  for (;;) {
    const events = db
      .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(gt(auditEvents.id, cursorPosition(db)), inArray(auditEvents.action, Object.keys(PUBLISHED))))
      .orderBy(asc(auditEvents.id))
      .limit(options.batchSize ?? 50)
      .all();
    if (events.length === 0) return report;
    for (const event of events) {
      // Wait until the index holds every write made before this publish. Otherwise a product
      // and a challenge published while the engine was down could each miss the other.
      const oldestUnsynced = outboxLag(db).oldestAt;
      if (oldestUnsynced && oldestUnsynced <= event.at) return { ...report, waiting: "index" };
      const kind = PUBLISHED[event.action as keyof typeof PUBLISHED];
      const outcome = await announceStrongMatches({ kind, id: Number(event.entityId) }, options);
      if (!outcome.ok) return { ...report, waiting: "search" };
      report.records++;
      report.announced += outcome.announced;
      moveCursor(db, event.id);
    }
  }
}

function cursorPosition(db: Db): number {
  return db.select({ position: auditCursors.position }).from(auditCursors).where(eq(auditCursors.name, ALERTS_CURSOR)).get()?.position ?? 0;
}

function moveCursor(db: Db, position: number) {
  db.insert(auditCursors)
    .values({ name: ALERTS_CURSOR, position })
    .onConflictDoUpdate({ target: auditCursors.name, set: { position, updatedAt: new Date() } })
    .run();
}
