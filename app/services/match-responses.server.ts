// The other side of a proposed match answers it. Accepting starts a trial at triage with the
// challenge's organisation as its first host site; declining keeps the reason. Each answer
// writes the match, the trial, their audit events and the proposer's notification in one
// transaction.
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "../../db/client.server";
import { challenges, matches, organisations, products, trials, trialSites } from "../../db/schema";
import { can, type Actor } from "../domain/permissions";
import { startTrial } from "../domain/workflow";
import { recordAudit } from "./audit.server";
import { forbidden, notFound } from "./errors.server";
import { notify } from "./notifications.server";
import { notifyLeadership } from "./trial-notices.server";

const challengeOrg = alias(organisations, "challenge_org");
const productOrg = alias(organisations, "product_org");

function matchRows(where: ReturnType<typeof and>, db: ReturnType<typeof getDb> | Tx = getDb()) {
  return db
    .select({
      id: matches.id,
      status: matches.status,
      score: matches.score,
      reasons: matches.reasons,
      message: matches.message,
      declineReason: matches.declineReason,
      createdAt: matches.createdAt,
      decidedAt: matches.decidedAt,
      proposedByOrganisationId: matches.proposedByOrganisationId,
      proposedById: matches.proposedById,
      challengeId: challenges.id,
      challengeTitle: challenges.title,
      challengeOrganisationId: challenges.organisationId,
      challengeOrganisationName: challengeOrg.name,
      productId: products.id,
      productName: products.name,
      productOrganisationId: products.organisationId,
      productOrganisationName: productOrg.name,
      investorVisible: products.investorVisible,
      trialId: trials.id,
    })
    .from(matches)
    .innerJoin(challenges, eq(challenges.id, matches.challengeId))
    .innerJoin(products, eq(products.id, matches.productId))
    .innerJoin(challengeOrg, eq(challengeOrg.id, challenges.organisationId))
    .innerJoin(productOrg, eq(productOrg.id, products.organisationId))
    .leftJoin(trials, eq(trials.matchId, matches.id))
    .where(where);
}

type MatchRow = ReturnType<ReturnType<typeof matchRows>["all"]>[number];

/** The organisation that answers a proposal: the side that did not make it. */
function respondingOrganisationId(m: Pick<MatchRow, "proposedByOrganisationId" | "challengeOrganisationId" | "productOrganisationId">) {
  return m.proposedByOrganisationId === m.challengeOrganisationId ? m.productOrganisationId : m.challengeOrganisationId;
}

function mayRespond(actor: Actor, m: MatchRow) {
  return can(actor, "match:respond", { organisationId: respondingOrganisationId(m), status: m.status });
}

/** The actor's organisation's matches, both directions (every match for the leadership group). */
export function listMatches(actor: Actor) {
  if (!can(actor, "match:list")) forbidden("Matches are for the organisations that post challenges and products, and the leadership group.");
  const mine = can(actor, "match:see-all")
    ? undefined
    : or(eq(challenges.organisationId, actor.organisationId), eq(products.organisationId, actor.organisationId));
  const rows = matchRows(and(inArray(matches.status, ["proposed", "accepted", "declined"]), mine))
    .orderBy(desc(matches.updatedAt), desc(matches.id))
    .all();
  return rows.map((m) => ({
    ...m,
    proposedByUs: m.proposedByOrganisationId === actor.organisationId,
    proposerName: m.proposedByOrganisationId === m.challengeOrganisationId ? m.challengeOrganisationName : m.productOrganisationName,
    mayRespond: mayRespond(actor, m),
  }));
}

/** A match the actor's organisation is a side of (any match, for the leadership group);
 * anyone else is told it does not exist. */
export function loadMatch(actor: Actor, matchId: number, db: ReturnType<typeof getDb> | Tx = getDb()): MatchRow {
  const m = matchRows(and(eq(matches.id, matchId)), db).get();
  const isSide = m && (m.challengeOrganisationId === actor.organisationId || m.productOrganisationId === actor.organisationId);
  if (!m || !(isSide || can(actor, "match:see-all"))) notFound("We could not find that match.");
  return m;
}

/** What the match page shows: the pair, the score and reasons the proposer saw, and what this viewer may do. */
export function matchPage(actor: Actor, matchId: number) {
  if (!can(actor, "match:list")) forbidden("Matches are for the organisations that post challenges and products, and the leadership group.");
  const m = loadMatch(actor, matchId);
  return {
    match: {
      ...m,
      proposedByUs: m.proposedByOrganisationId === actor.organisationId,
      proposerName: m.proposedByOrganisationId === m.challengeOrganisationId ? m.challengeOrganisationName : m.productOrganisationName,
    },
    mayRespond: mayRespond(actor, m),
    mayMessage: m.status === "proposed",
  };
}

function loadMatchForResponse(tx: Tx, actor: Actor, matchId: number): MatchRow {
  const m = loadMatch(actor, matchId, tx);
  if (!mayRespond(actor, m)) {
    if (m.status !== "proposed") forbidden(`This match has already been ${m.status}.`);
    if (m.proposedByOrganisationId === actor.organisationId) forbidden("Your organisation proposed this match: the other side accepts or declines it.");
    forbidden("Only a verified member of the organisation the match was proposed to can accept or decline it.");
  }
  return m;
}

export function acceptMatch(actor: Actor, matchId: number): { trialId: number } {
  const now = new Date();
  return getDb().transaction((tx) => {
    const m = loadMatchForResponse(tx, actor, matchId);
    tx.update(matches).set({ status: "accepted", decidedAt: now, updatedAt: now }).where(eq(matches.id, m.id)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "match.accepted", entityType: "match", entityId: m.id, fromState: "proposed", toState: "accepted" });

    const start = startTrial();
    const trial = tx
      .insert(trials)
      .values({
        matchId: m.id,
        challengeId: m.challengeId,
        productId: m.productId,
        companyOrganisationId: m.productOrganisationId,
        stage: start.stage,
        status: start.status,
        investorVisible: m.investorVisible,
        stageEnteredAt: now,
      })
      .returning({ id: trials.id })
      .get();
    const site = tx.insert(trialSites).values({ trialId: trial.id, organisationId: m.challengeOrganisationId }).returning({ id: trialSites.id }).get();
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "trial.created",
      entityType: "trial",
      entityId: trial.id,
      toState: `${start.stage}:${start.status}`,
      detail: { matchId: m.id, challengeId: m.challengeId, productId: m.productId },
    });
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "trial.site-added",
      entityType: "trial",
      entityId: trial.id,
      detail: { siteId: site.id, organisationId: m.challengeOrganisationId },
    });
    notify(tx, {
      organisationId: m.proposedByOrganisationId,
      kind: "match-accepted",
      title: `Match accepted: ${m.productName} for ${m.challengeTitle}`,
      body: "The other side accepted your proposal. The trial starts at triage with the leadership group.",
      link: `/trials/${trial.id}`,
      exceptUserId: actor.userId,
    });
    notifyLeadership(tx, {
      kind: "trial-started",
      title: `Trial started: ${m.productName} for ${m.challengeTitle}`,
      body: `${m.productOrganisationName} and ${m.challengeOrganisationName} agreed a trial. It waits at triage for the leadership group.`,
      link: `/trials/${trial.id}`,
    });
    return { trialId: trial.id };
  });
}

export function declineMatch(actor: Actor, matchId: number, reason: string) {
  const now = new Date();
  getDb().transaction((tx) => {
    const m = loadMatchForResponse(tx, actor, matchId);
    tx.update(matches).set({ status: "declined", declineReason: reason, decidedAt: now, updatedAt: now }).where(eq(matches.id, m.id)).run();
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "match.declined",
      entityType: "match",
      entityId: m.id,
      fromState: "proposed",
      toState: "declined",
      detail: { note: reason },
    });
    notify(tx, {
      organisationId: m.proposedByOrganisationId,
      kind: "match-declined",
      title: `Match declined: ${m.productName} for ${m.challengeTitle}`,
      body: `The reason given: ${reason}`,
      link: "/matches",
      exceptUserId: actor.userId,
    });
  });
}
