// The one permission model: every loader and action asks `can`, and the UI asks the same
// question to decide which controls to show. Pure: no I/O.
import type { Role } from "./roles";

export type Actor = {
  userId: number;
  organisationId: number;
  role: Role;
  /** The organisation is verified and so is this user's membership of it. */
  organisationVerified: boolean;
};

/** A record owned by an organisation, with its lifecycle status. */
export type OwnedRecord = { organisationId: number; status: string };

type Rule = (actor: Actor | null, record?: OwnedRecord) => boolean;

const signedIn: Rule = (a) => a !== null;
const hasRole =
  (...roles: Role[]): Rule =>
  (a) => a !== null && roles.includes(a.role);
const owns = (a: Actor | null, r?: OwnedRecord) => !!a && !!r && a.organisationId === r.organisationId;
const readsEverything = (a: Actor | null) => !!a && (a.role === "leadership" || a.role === "admin");
const isPublic = (r?: OwnedRecord) => !!r && (r.status === "published" || r.status === "closed");

const RULES = {
  "account:manage": signedIn,
  // Everyone has an inbox; each notification is scoped to its user inside the query.
  "inbox:view": signedIn,

  "challenge:create": hasRole("clinician"),
  "challenge:view": (a, r) => isPublic(r) || owns(a, r) || readsEverything(a),
  "challenge:edit": (a, r) => hasRole("clinician")(a) && owns(a, r) && r!.status !== "closed",
  "challenge:submit": (a, r) =>
    hasRole("clinician")(a) && owns(a, r) && a!.organisationVerified && r!.status === "draft",
  "challenge:close": (a, r) => hasRole("clinician")(a) && owns(a, r) && r!.status === "published",
  "challenge:triage": (a, r) => hasRole("leadership")(a) && (!r || r.status === "submitted"),
  "challenge:history": (a, r) => owns(a, r) || readsEverything(a),

  "product:create": hasRole("innovator"),
  "product:view": (a, r) => (!!r && r.status === "published") || owns(a, r) || readsEverything(a),
  "product:edit": (a, r) => hasRole("innovator")(a) && owns(a, r) && r!.status !== "archived",
  "product:publish": (a, r) =>
    hasRole("innovator")(a) && owns(a, r) && a!.organisationVerified && r!.status === "draft",
  "product:archive": (a, r) => hasRole("innovator")(a) && owns(a, r) && r!.status === "published",
  "product:history": (a, r) => owns(a, r) || readsEverything(a),

  // Suggested matches are for the people who post and judge records; investors see only what
  // companies choose to show them.
  "match:suggestions": hasRole("clinician", "innovator", "leadership", "admin"),
  // A match is proposed from one's own published record, by a verified member of its owner.
  "match:propose-for-challenge": (a, r) =>
    hasRole("clinician")(a) && owns(a, r) && a!.organisationVerified && r!.status === "published",
  "match:propose-for-product": (a, r) =>
    hasRole("innovator")(a) && owns(a, r) && a!.organisationVerified && r!.status === "published",

  // The matches page: one's own organisation's proposals, both directions; the leadership group sees all.
  "match:list": hasRole("clinician", "innovator", "leadership"),
  // Accepting or declining: a verified member of the side that did NOT propose (the record
  // passed is that side's organisation and the match's status).
  "match:respond": (a, r) =>
    hasRole("clinician", "innovator")(a) && owns(a, r) && a!.organisationVerified && r!.status === "proposed",
  "match:see-all": hasRole("leadership"),

  // Trials: the list of one's own (company or host site), every trial for the leadership
  // group; admins read without acting. Who is who on one trial is the workflow's partyFor.
  "trial:list": hasRole("clinician", "innovator", "leadership", "admin"),
  "trial:view-all": hasRole("leadership", "admin"),

  "pipeline:view": hasRole("leadership", "admin"),
  "pipeline:export": hasRole("leadership"),
  "investor:browse": (a) => hasRole("leadership", "admin")(a) || (hasRole("investor")(a) && a!.organisationVerified),

  "admin:view": hasRole("admin", "leadership"),
  "organisation:verify": hasRole("admin", "leadership"),
  "user:change-role": hasRole("admin"),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;
export const PERMISSIONS = Object.keys(RULES) as Permission[];

export function can(actor: Actor | null, permission: Permission, record?: OwnedRecord): boolean {
  return RULES[permission](actor, record);
}
