// A little history for the demo accounts, made through the same services the pages use (so
// every step has its audit events and notifications): a match the company proposed and the
// trust accepted, now a trial past triage with some evidence in; and a proposal from the trust
// still waiting for another company's answer.
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { challenges, organisations, products, users } from "../db/schema";
import { effectiveRole } from "../app/domain/roles";
import type { Actor } from "../app/domain/permissions";
import { recordAttestation, uploadDocument } from "../app/services/evidence.server";
import { acceptMatch } from "../app/services/match-responses.server";
import { proposeMatch } from "../app/services/matches.server";
import { postMatchMessage, postTrialMessage } from "../app/services/messages.server";
import { setSearchEngine } from "../app/services/search.server";
import { decideGate } from "../app/services/trial-gates.server";
import { setTrialFacts } from "../app/services/trial-setup.server";

function actorFor(db: Db, email: string): Actor {
  const row = db
    .select({ id: users.id, roleOverride: users.roleOverride, organisationId: organisations.id, kind: organisations.kind })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email))
    .get();
  if (!row) throw new Error(`No demo user ${email}`);
  return { userId: row.id, organisationId: row.organisationId, role: effectiveRole(row.kind, row.roleOverride), organisationVerified: true };
}

const idOf = (db: Db, table: typeof challenges | typeof products, key: string) => {
  const row = db.select({ id: table.id }).from(table).where(eq(table.key, key)).get();
  if (!row) throw new Error(`No demo record ${key}`);
  return row.id;
};

function must<T extends { ok: boolean }>(outcome: T, step: string): T {
  if (!outcome.ok) throw new Error(`Demo activity failed at ${step}: ${JSON.stringify(outcome)}`);
  return outcome;
}

const today = () => new Date().toISOString().slice(0, 10);

export async function seedDemoActivity(db: Db) {
  const clinician = actorFor(db, "clinician@sweetspot.demo");
  const innovator = actorFor(db, "innovator@sweetspot.demo");
  const leader = actorFor(db, "leadership@sweetspot.demo");
  // Scored from the pair alone: the search engine has not indexed anything yet.
  setSearchEngine(null);
  try {
    const challengeId = idOf(db, challenges, "c-respiratory-discharge");
    const productId = idOf(db, products, "p-aire-ward");
    const proposed = must(
      await proposeMatch(innovator, { challengeId, productId, message: "AireWard watches oxygen saturation and breathing rate at home, with a hub that needs no smartphone." }),
      "proposing AireWard",
    );
    if (!proposed.ok) return;
    postMatchMessage(clinician, proposed.id, "Could the hub go home with patients on the day of discharge, set up by the ward team?");
    postMatchMessage(innovator, proposed.id, "Yes: the ward team pairs it in five minutes, and we train them on site.");
    const { trialId } = acceptMatch(clinician, proposed.id);

    must(setTrialFacts(leader, trialId, { research: false, withinMarkedPurpose: true }), "recording the facts");
    const attest = (actor: Actor, requirement: string, text: string) => must(recordAttestation(actor, trialId, { requirement, text, attestedOn: today() }), requirement);
    attest(leader, "fit_summary", "Readmissions after respiratory discharge are a Leeds winter priority, and AireWard is marked for home monitoring.");
    attest(leader, "inequalities_impact", "The hub works without a smartphone, which matters most in the deprived areas where COPD is commonest.");
    must(decideGate(leader, trialId, { type: "approve", note: "A regional priority with a marked device that fits the need." }), "approving triage");

    const pdf = new File([`%PDF-1.7\n% AireWard intended purpose (demo)\n%%EOF\n`], "aireward-intended-purpose.pdf", { type: "application/pdf" });
    must(await uploadDocument(innovator, trialId, { requirement: "intended_purpose", file: pdf }), "uploading the intended purpose");
    postTrialMessage(innovator, trialId, "Our intended-purpose statement is up; the DTAC and clinical safety documents follow this week.");

    // The trust's own proposal, waiting for the other company.
    must(
      await proposeMatch(clinician, {
        challengeId: idOf(db, challenges, "c-neonatal-jaundice"),
        productId: idOf(db, products, "p-birchcote-jaundiscan"),
        message: "Our community midwives would like to try JaundiScan on home visits.",
      }),
      "proposing JaundiScan",
    );
  } finally {
    setSearchEngine(undefined);
  }
}
