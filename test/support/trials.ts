// A trust's challenge, a company's product and a match the trust proposed: where the trial
// tests start. Accepting goes through the matches page's action, as the company would.
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { matches, products, trials } from "../../db/schema";
import * as matchesRoute from "../../app/routes/matches/list";
import { createOrganisation, signedIn } from "./factories";
import { createChallenge, createProduct } from "./records";
import { call, postRequest } from "./routes";

export async function proposedMatch(product: Partial<typeof products.$inferInsert> = {}) {
  const trust = createOrganisation({ kind: "nhs_trust" });
  const company = createOrganisation({ kind: "company" });
  const challenge = createChallenge(trust.id);
  const productRow = createProduct(company.id, product);
  const clinician = await signedIn({ role: "clinician", organisationId: trust.id });
  const innovator = await signedIn({ role: "innovator", organisationId: company.id });
  const match = getDb()
    .insert(matches)
    .values({
      challengeId: challenge.id,
      productId: productRow.id,
      proposedByOrganisationId: trust.id,
      proposedById: clinician.user.id,
      score: 80,
      reasons: { text: "shares: frailty and falls" } as never,
      message: "Shall we try it?",
    })
    .returning()
    .get();
  return { trust, company, challenge, product: productRow, clinician, innovator, match };
}

export const respondToMatch = (cookie: string, fields: Record<string, string>) => call(matchesRoute.action, postRequest("/matches", fields, cookie));

/** A proposed match the company accepted: a trial at triage. */
export async function startedTrial(product: Partial<typeof products.$inferInsert> = {}) {
  const setup = await proposedMatch(product);
  const accepted = await respondToMatch(setup.innovator.cookie, { matchId: String(setup.match.id), decision: "accept" });
  if (accepted.status !== 302) throw new Error(`accepting the match answered ${accepted.status}`);
  const trial = getDb().select().from(trials).where(eq(trials.matchId, setup.match.id)).get()!;
  return { ...setup, trial, on: { params: { trialId: String(trial.id) } } };
}
