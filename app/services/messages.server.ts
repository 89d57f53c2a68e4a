// The conversation between the two sides (and the leadership group): on a match while it is
// proposed, then on the trial it becomes, which shows the match's messages first.
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, trialMessages, users } from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { recordAudit } from "./audit.server";
import { forbidden } from "./errors.server";
import { loadMatch } from "./match-responses.server";
import { notify } from "./notifications.server";
import { notifyTrialSides } from "./trial-notices.server";
import { loadTrial } from "./trials.server";

const preview = (body: string) => (body.length > 200 ? `${body.slice(0, 199)}…` : body);

function messageRows(where: ReturnType<typeof and>) {
  return getDb()
    .select({
      id: trialMessages.id,
      body: trialMessages.body,
      createdAt: trialMessages.createdAt,
      trialId: trialMessages.trialId,
      authorName: users.name,
      organisationName: organisations.name,
    })
    .from(trialMessages)
    .innerJoin(users, eq(users.id, trialMessages.authorId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(trialMessages.id))
    .all()
    .map(({ trialId, ...m }) => ({ ...m, onMatch: trialId === null }));
}

/** The trial's messages, after those written on its match before it was accepted. */
export function trialMessageList(trial: { id: number; matchId: number | null }) {
  const onMatch = trial.matchId === null ? undefined : and(eq(trialMessages.matchId, trial.matchId), isNull(trialMessages.trialId));
  return messageRows(onMatch ? or(eq(trialMessages.trialId, trial.id), onMatch) : eq(trialMessages.trialId, trial.id));
}

export function matchMessageList(matchId: number) {
  return messageRows(and(eq(trialMessages.matchId, matchId), isNull(trialMessages.trialId)));
}

/** A message from one side of the trial (or the leadership group) to the others. */
export function postTrialMessage(actor: Actor, trialId: number, body: string) {
  getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    if (ctx.party.side === "none") forbidden("Only the trial's company, its host sites and the leadership group post messages on it.");
    const id = tx.insert(trialMessages).values({ trialId, matchId: ctx.trial.matchId, authorId: actor.userId, body }).returning({ id: trialMessages.id }).get().id;
    recordAudit(tx, { actorUserId: actor.userId, action: "trial.message", entityType: "trial", entityId: trialId, detail: { messageId: id } });
    notifyTrialSides(tx, ctx, actor, { kind: "trial-message", title: `New message on the trial of ${ctx.product.name}`, body: preview(body) });
  });
}

/** A message on a proposed match, so the sides can talk before one accepts it. */
export function postMatchMessage(actor: Actor, matchId: number, body: string) {
  getDb().transaction((tx) => {
    const m = loadMatch(actor, matchId, tx);
    if (m.status !== "proposed") forbidden(m.trialId ? "This match is now a trial: write on the trial instead." : `This match has been ${m.status}: its conversation is closed.`);
    const id = tx.insert(trialMessages).values({ matchId, authorId: actor.userId, body }).returning({ id: trialMessages.id }).get().id;
    recordAudit(tx, { actorUserId: actor.userId, action: "match.message", entityType: "match", entityId: matchId, detail: { messageId: id } });
    for (const organisationId of new Set([m.challengeOrganisationId, m.productOrganisationId])) {
      notify(tx, {
        organisationId,
        kind: "match-message",
        title: `New message on the match of ${m.productName} for ${m.challengeTitle}`,
        body: preview(body),
        link: `/matches/${matchId}`,
        exceptUserId: actor.userId,
      });
    }
  });
}
