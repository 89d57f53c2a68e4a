// Who someone is to a trial: the leadership group, the company, one of its host sites, or
// nobody. The gates and the evidence checklist ask this, never the role alone.
import type { Role } from "../roles";

export type SiteId = number;
/** An organisation hosting the trial (a trust, a care provider, …). */
export type HostSite = { id: SiteId; name: string };

export type Party = { side: "leadership" } | { side: "company" } | { side: "site"; siteId: SiteId } | { side: "none" };
export type Side = Party["side"];

export type TrialSides = {
  companyOrganisationId: number;
  /** Each host site with the organisation its members belong to. */
  hostSites: readonly { id: SiteId; organisationId: number }[];
};

export function partyFor(actor: { role: Role; organisationId: number } | null, trial: TrialSides): Party {
  if (!actor) return { side: "none" };
  if (actor.role === "leadership") return { side: "leadership" };
  if (actor.role === "innovator" && actor.organisationId === trial.companyOrganisationId) return { side: "company" };
  const site = actor.role === "clinician" ? trial.hostSites.find((s) => s.organisationId === actor.organisationId) : undefined;
  return site ? { side: "site", siteId: site.id } : { side: "none" };
}
