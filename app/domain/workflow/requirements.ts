// A trial's evidence requirements, computed from the rules table for its profile and host
// sites, each with the reason it applies; and how recorded evidence is matched against them.
import { EVIDENCE_ITEMS, type EvidenceItem, type EvidenceKind, type ItemKey, type Provider } from "./evidence-table";
import type { HostSite, Party } from "./parties";
import type { TrialProfile } from "./profile";
import { STAGES, stagesThrough, type Stage } from "./stages";

/** One line of a trial's checklist: an item, for one host site when it is a per-site item. */
export type Requirement = {
  /** Unique in the trial: the item key, or `item@siteId` for a per-site item. */
  readonly key: string;
  readonly item: ItemKey;
  readonly stage: Stage;
  readonly title: string;
  readonly description: string;
  readonly provider: Provider;
  readonly kind: EvidenceKind;
  readonly perSite: boolean;
  /** The host site a per-site item is for; null for a trial item, or before any host site is known. */
  readonly site: HostSite | null;
  /** "Required because the product is a Class IIa medical device …" */
  readonly because: string;
};

export type RequirementOptions = {
  /** Only this stage's items. */
  stage?: Stage;
  /** Only the items of the stages up to and including this one. */
  through?: Stage;
  /** The host sites: per-site items are expanded for each. Without any, each appears once, unassigned. */
  sites?: readonly HostSite[];
};

export function explain(item: EvidenceItem, profile: TrialProfile): string {
  return `Required ${item.when.because(profile)}.`;
}

/** The evidence a trial with this profile must provide, in stage order, each with its reason. */
export function requirementsFor(profile: TrialProfile, options: RequirementOptions = {}): Requirement[] {
  const stages: readonly Stage[] = options.stage ? [options.stage] : options.through ? stagesThrough(options.through) : STAGES;
  const sites = options.sites ?? [];
  const out: Requirement[] = [];
  for (const stage of stages) {
    for (const item of EVIDENCE_ITEMS) {
      if (item.stage !== stage || !item.when.holds(profile)) continue;
      const because = explain(item, profile);
      if (!item.perSite) out.push(requirement(item, item.key, null, because));
      else if (sites.length === 0) out.push(requirement(item, `${item.key}@each-site`, null, because));
      else for (const site of sites) out.push(requirement(item, requirementKey(item.key, site.id), site, because));
    }
  }
  return out;
}

// A plain literal, not a spread: this runs tens of thousands of times in the tests.
const requirement = (item: EvidenceItem, key: string, site: HostSite | null, because: string): Requirement => ({
  key,
  item: item.key,
  stage: item.stage,
  title: item.title,
  description: item.description,
  provider: item.provider,
  kind: item.kind,
  perSite: !!item.perSite,
  site,
  because,
});

export function requirementKey(item: ItemKey | string, siteId?: number | null): string {
  return siteId == null ? item : `${item}@${siteId}`;
}

/** A recorded document or attestation; `siteId` says which host site a per-site item is for. */
export type EvidenceRef = { item: string; siteId?: number | null };

/** Whether `evidence` satisfies `req`: a per-site item needs its own site's record. */
export function isSatisfied(req: Requirement, evidence: readonly EvidenceRef[]): boolean {
  return checklist([req], evidence)[0].evidence !== null;
}

// Evidence by the requirement keys it satisfies: `item` for a trial item (from any site), and
// `item@site` for that site's per-site item. An unassigned per-site item (`item@each-site`)
// waits for a host site, so nothing is filed under it.
function indexEvidence<E extends EvidenceRef>(evidence: readonly E[]): Map<string, E> {
  const index = new Map<string, E>();
  for (const e of evidence) {
    if (!index.has(e.item)) index.set(e.item, e);
    const perSite = requirementKey(e.item, e.siteId);
    if (e.siteId != null && !index.has(perSite)) index.set(perSite, e);
  }
  return index;
}

/** Each requirement with the evidence that satisfies it (the caller's row: who, when), or null. */
export function checklist<E extends EvidenceRef>(
  requirements: readonly Requirement[],
  evidence: readonly E[],
): { requirement: Requirement; evidence: E | null }[] {
  const index = indexEvidence(evidence);
  return requirements.map((requirement) => ({
    requirement,
    evidence: requirement.perSite && !requirement.site ? null : (index.get(requirement.key) ?? null),
  }));
}

export function missingRequirements(requirements: readonly Requirement[], evidence: readonly EvidenceRef[]): Requirement[] {
  return checklist(requirements, evidence)
    .filter((line) => line.evidence === null)
    .map((line) => line.requirement);
}

/** Whether `party` may record the evidence for `req`. */
export function mayProvide(req: Requirement, party: Party): boolean {
  switch (party.side) {
    case "leadership":
      return req.provider === "leadership";
    case "company":
      return req.provider === "company" || req.provider === "company_with_site";
    case "site":
      if (req.provider === "company_with_site") return true;
      return req.provider === "site" && (!req.perSite || req.site?.id === party.siteId);
    case "none":
      return false;
  }
}

/** Whether `party` may withdraw recorded evidence for `req` as recorded in error: its own
 * side's item, while the gate it serves is still open. A decided gate's evidence stays. */
export function mayWithdraw(req: Requirement, party: Party, trial: { stage: Stage; status: string }): boolean {
  return (trial.status === "active" || trial.status === "paused") && req.stage === trial.stage && mayProvide(req, party);
}
