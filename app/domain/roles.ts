import type { OrganisationKind } from "./taxonomies";

export const ROLES = ["innovator", "clinician", "leadership", "investor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  innovator: "Innovator (company)",
  clinician: "Clinician or care partner",
  leadership: "Leadership group",
  investor: "Investor",
  admin: "Platform admin",
};

// Universities host evaluations and co-own challenges with NHS partners, so they act as
// care partners here (docs/decisions/0004-roles-from-organisation-kind.md).
const ROLE_BY_KIND: Record<OrganisationKind, Role> = {
  company: "innovator",
  nhs_trust: "clinician",
  icb: "clinician",
  local_authority: "clinician",
  care_provider: "clinician",
  vcse: "clinician",
  university: "clinician",
  investor: "investor",
  leadership: "leadership",
};

export function roleForOrganisationKind(kind: OrganisationKind): Role {
  return ROLE_BY_KIND[kind];
}

export function effectiveRole(kind: OrganisationKind, override: Role | null | undefined): Role {
  return override ?? roleForOrganisationKind(kind);
}
