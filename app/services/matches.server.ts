// Suggested matches for a record's page, and proposing one. A match is scored when it is
// proposed and keeps that score and its reasons, so both sides later see what was proposed.
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { matches, type Match } from "../../db/schema";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import type { ChallengeDocument, ProductDocument } from "../../search/documents";
import { can, type Actor } from "../domain/permissions";
import { rankProducts } from "../domain/matching/score";
import type { MatchReasons } from "../domain/matching/explain";
import { loadVisibleChallenge } from "./challenges.server";
import { loadVisibleProduct } from "./products.server";
import { recordAudit } from "./audit.server";
import { badRequest, forbidden } from "./errors.server";
import { notify } from "./notifications.server";
import { matchChallengesForProduct, matchProductsForChallenge, productsMatching, similarChallenges, type DraftChallenge, type MatchOutcome } from "./matching.server";

export const SUGGESTIONS_SHOWN = 10;

type Suggestion<D> = { record: D; score: number; reasons: MatchReasons; proposal: Match["status"] | null; mayPropose: boolean };
export type Suggestions<D> = MatchOutcome<Suggestion<D>>;

function requireSuggestions(actor: Actor) {
  if (!can(actor, "match:suggestions")) forbidden("Suggested matches are for the organisations that post challenges and products, and the leadership group.");
}

function proposalsFor(where: ReturnType<typeof eq>) {
  return getDb().select({ challengeId: matches.challengeId, productId: matches.productId, status: matches.status }).from(matches).where(where).all();
}

export async function suggestedProducts(actor: Actor, challengeId: number) {
  requireSuggestions(actor);
  const challenge = loadVisibleChallenge(actor, challengeId);
  const found = await matchProductsForChallenge(challengeId, { limit: SUGGESTIONS_SHOWN });
  const proposals = new Map(proposalsFor(eq(matches.challengeId, challengeId)).map((m) => [m.productId, m.status]));
  const ownsChallenge = can(actor, "match:propose-for-challenge", challenge);
  const suggestions: Suggestions<ProductDocument> = !found?.available
    ? (found ?? { available: false, notice: "" })
    : {
        available: true,
        matches: found.matches.map((m) => ({
          record: m.product,
          score: m.score,
          reasons: m.reasons,
          proposal: proposals.get(Number(m.product.id)) ?? null,
          mayPropose: challenge.status === "published" && (ownsChallenge || can(actor, "match:propose-for-product", m.product)),
        })),
      };
  return { challenge, suggestions };
}

export async function suggestedChallenges(actor: Actor, productId: number) {
  requireSuggestions(actor);
  const product = loadVisibleProduct(actor, productId);
  const found = await matchChallengesForProduct(productId, { limit: SUGGESTIONS_SHOWN });
  const proposals = new Map(proposalsFor(eq(matches.productId, productId)).map((m) => [m.challengeId, m.status]));
  const ownsProduct = can(actor, "match:propose-for-product", product);
  const suggestions: Suggestions<ChallengeDocument> = !found?.available
    ? (found ?? { available: false, notice: "" })
    : {
        available: true,
        matches: found.matches.map((m) => ({
          record: m.challenge,
          score: m.score,
          reasons: m.reasons,
          proposal: proposals.get(Number(m.challenge.id)) ?? null,
          mayPropose: product.status === "published" && (ownsProduct || can(actor, "match:propose-for-challenge", m.challenge)),
        })),
      };
  return { product, suggestions };
}

/** Checked before a propose form is even read: who may act here at all, and on what. */
export function guardMatchPage(actor: Actor, side: "challenge" | "product", id: number) {
  requireSuggestions(actor);
  if (side === "challenge") loadVisibleChallenge(actor, id);
  else loadVisibleProduct(actor, id);
}

export type ProposeOutcome = { ok: true; id: number } | { ok: false; message: string };

/** Either side proposes: a verified member of the organisation owning the challenge or the product. */
export async function proposeMatch(actor: Actor, input: { challengeId: number; productId: number; message: string }): Promise<ProposeOutcome> {
  const challenge = loadVisibleChallenge(actor, input.challengeId);
  const product = loadVisibleProduct(actor, input.productId);
  const side = can(actor, "match:propose-for-challenge", challenge) ? "challenge" : can(actor, "match:propose-for-product", product) ? "product" : null;
  if (!side) forbidden("Only a verified member of the organisation that posted the challenge, or of the company that offers the product, can propose this match.");
  if (challenge.status !== "published" || product.status !== "published") badRequest("Both the challenge and the product must be published to propose a match.");

  // Scored as the suggestions list scores it when the engine is up; from the pair alone otherwise.
  const [challengeDoc] = challengeDocuments(getDb(), [challenge.id]);
  const [productDoc] = productDocuments(getDb(), [product.id]);
  const listed = await productsMatching(challengeDoc, { limit: 50 });
  const scored =
    (listed.available ? listed.matches.find((m) => m.product.id === productDoc.id) : undefined) ??
    rankProducts(challengeDoc, [productDoc]).map((r) => ({ score: r.score, reasons: r.reasons }))[0];

  const now = new Date();
  return getDb().transaction((tx) => {
    const existing = tx.select().from(matches).where(and(eq(matches.challengeId, challenge.id), eq(matches.productId, product.id))).get();
    if (existing && (existing.status === "proposed" || existing.status === "accepted")) {
      return { ok: false, message: existing.status === "proposed" ? "This match has already been proposed." : "This match has already been accepted." } as const;
    }
    const values = {
      status: "proposed" as const,
      proposedByOrganisationId: actor.organisationId,
      proposedById: actor.userId,
      score: scored.score,
      reasons: scored.reasons,
      message: input.message,
      declineReason: null,
      decidedAt: null,
      updatedAt: now,
    };
    const id = existing
      ? (tx.update(matches).set(values).where(eq(matches.id, existing.id)).run(), existing.id)
      : tx.insert(matches).values({ ...values, challengeId: challenge.id, productId: product.id }).returning({ id: matches.id }).get().id;
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "match.proposed",
      entityType: "match",
      entityId: id,
      fromState: existing?.status ?? null,
      toState: "proposed",
      detail: { challengeId: challenge.id, productId: product.id, score: scored.score, from: side },
    });
    notify(tx, {
      organisationId: side === "challenge" ? product.organisationId : challenge.organisationId,
      kind: "match-proposed",
      title: `Match proposed: ${product.name} for ${challenge.title}`,
      body: input.message ? `Their message: ${input.message}` : `A match scoring ${scored.score} out of 100. Accept it to start a trial, or decline it with a reason.`,
      link: `/matches/${id}`,
    });
    return { ok: true, id } as const;
  });
}

export type SimilarList = MatchOutcome<{ id: string; title: string; organisationName: string; matchedTerms: string[] }>;

/** Published challenges like a draft, as the panel beside the challenge form lists them. */
export async function similarChallengeList(draft: DraftChallenge, excludeId?: number): Promise<SimilarList> {
  const found = await similarChallenges(draft, { excludeId, limit: 5 });
  if (!found.available) return found;
  return {
    available: true,
    matches: found.matches.map((m) => ({ id: m.challenge.id, title: m.challenge.title, organisationName: m.challenge.organisationName, matchedTerms: m.matchedTerms })),
  };
}
