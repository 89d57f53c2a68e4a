// Who hears about a trial's progress. Each function only inserts notifications, so it runs
// inside the transaction of the change it reports.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server";
import { organisations, users } from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { checklist, requirementsFor, stageLabel, type Requirement } from "../domain/workflow";
import { notify, type NotificationKind } from "./notifications.server";
import type { TrialContext } from "./trials.server";

type Note = { kind: NotificationKind; title: string; body: string };

/** Tells every member of the leadership group's organisations (except whoever acted). */
export function notifyLeadership(tx: DbOrTx, note: Note & { link: string }, exceptUserId?: number) {
  const userIds = tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(organisations.kind, "leadership"))
    .all()
    .map((u) => u.id);
  return notify(tx, { userIds, ...note, exceptUserId });
}

/** Tells both sides of the trial (and not the person who acted). */
export function notifyTrialSides(tx: DbOrTx, ctx: TrialContext, actor: Actor, note: Note) {
  const organisationIds = [...new Set([ctx.trial.companyOrganisationId, ...ctx.sites.map((s) => s.organisationId)])];
  for (const organisationId of organisationIds) {
    notify(tx, { organisationId, ...note, link: `/trials/${ctx.trial.id}`, exceptUserId: actor.userId });
  }
}

/** The organisations that provide an item: the company, one site or every site. */
function providers(ctx: TrialContext, r: Requirement): number[] | "leadership" {
  const company = ctx.trial.companyOrganisationId;
  const sites = r.site ? ctx.sites.filter((s) => s.id === r.site!.id) : ctx.sites;
  const siteOrganisations = sites.map((s) => s.organisationId);
  switch (r.provider) {
    case "leadership":
      return "leadership";
    case "company":
      return [company];
    case "site":
      return siteOrganisations;
    case "company_with_site":
      return [company, ...siteOrganisations];
  }
}

/** On entering a stage: each side is told which of its items the gate still needs. */
export function requestEvidence(tx: DbOrTx, ctx: TrialContext, actor: Actor) {
  const missing = checklist(requirementsFor(ctx.profile, { stage: ctx.trial.stage, sites: ctx.sites }), ctx.evidence)
    .filter((line) => !line.evidence)
    .map((line) => line.requirement);
  const byOrganisation = new Map<number | "leadership", string[]>();
  for (const r of missing) {
    const who = providers(ctx, r);
    for (const key of who === "leadership" ? (["leadership"] as const) : who) {
      byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), r.site ? `${r.title} (${r.site.name})` : r.title]);
    }
  }
  const stage = stageLabel(ctx.trial.stage);
  const link = `/trials/${ctx.trial.id}`;
  for (const [who, titles] of byOrganisation) {
    const note = {
      kind: "evidence-requested" as const,
      title: `${stage}: evidence needed for the trial of ${ctx.product.name}`,
      body: `The gate needs from you: ${[...new Set(titles)].join("; ")}.`,
      link,
    };
    if (who === "leadership") notifyLeadership(tx, note, actor.userId);
    else notify(tx, { organisationId: who, ...note, exceptUserId: actor.userId });
  }
}

/** When the last required item of a gate arrives, the leadership group can decide. */
export function announceGateReady(tx: DbOrTx, ctx: TrialContext, actor: Actor) {
  notifyLeadership(
    tx,
    {
      kind: "trial-gate-ready",
      title: `Ready for a decision: ${stageLabel(ctx.trial.stage).toLowerCase()} on the trial of ${ctx.product.name}`,
      body: "Every required item of the gate is recorded, so the decision is now due.",
      link: `/trials/${ctx.trial.id}`,
    },
    actor.userId,
  );
}
