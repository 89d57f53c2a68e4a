import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Actor, type Permission } from "../../app/domain/permissions";
import { effectiveRole, roleForOrganisationKind, ROLES, type Role } from "../../app/domain/roles";
import { ORGANISATION_KINDS } from "../../app/domain/taxonomies";

const OWN_ORG = 1;
const OTHER_ORG = 2;
const actor = (role: Role, verified = true): Actor => ({ userId: 10, organisationId: OWN_ORG, role, organisationVerified: verified });
const own = (status: string) => ({ organisationId: OWN_ORG, status });
const theirs = (status: string) => ({ organisationId: OTHER_ORG, status });

describe("roles", () => {
  it.each([
    ["company", "innovator"],
    ["nhs_trust", "clinician"],
    ["icb", "clinician"],
    ["local_authority", "clinician"],
    ["care_provider", "clinician"],
    ["vcse", "clinician"],
    ["university", "clinician"],
    ["investor", "investor"],
    ["leadership", "leadership"],
  ] as const)("a member of a %s organisation is a %s", (kind, role) => {
    expect(roleForOrganisationKind(kind)).toBe(role);
  });

  it("derives a role for every organisation kind", () => {
    for (const { value } of ORGANISATION_KINDS) expect(ROLES).toContain(roleForOrganisationKind(value));
  });

  it("lets an admin's override win over the organisation's kind", () => {
    expect(effectiveRole("leadership", "admin")).toBe("admin");
    expect(effectiveRole("company", null)).toBe("innovator");
  });
});

describe("permissions without a record", () => {
  // role → the record-free permissions it holds (verified organisation).
  const expected: Record<Role, Permission[]> = {
    innovator: ["account:manage", "inbox:view", "product:create", "match:suggestions"],
    clinician: ["account:manage", "inbox:view", "challenge:create", "match:suggestions"],
    leadership: ["account:manage", "inbox:view", "challenge:triage", "match:suggestions", "pipeline:view", "pipeline:export", "investor:browse", "admin:view", "organisation:verify"],
    investor: ["account:manage", "inbox:view", "investor:browse"],
    admin: ["account:manage", "inbox:view", "match:suggestions", "pipeline:view", "investor:browse", "admin:view", "organisation:verify", "user:change-role"],
  };
  const recordFree: Permission[] = [
    "account:manage",
    "inbox:view",
    "challenge:create",
    "challenge:triage",
    "product:create",
    "match:suggestions",
    "pipeline:view",
    "pipeline:export",
    "investor:browse",
    "admin:view",
    "organisation:verify",
    "user:change-role",
  ];

  for (const role of ROLES) {
    it.each(recordFree)(`${role}: %s`, (permission) => {
      expect(can(actor(role), permission)).toBe(expected[role].includes(permission));
    });
  }

  it.each(PERMISSIONS)("an anonymous visitor may not %s unless it is public", (permission) => {
    const publicRecord = theirs("published");
    const allowed = permission === "challenge:view" || permission === "product:view";
    expect(can(null, permission, publicRecord)).toBe(allowed);
  });

  it("keeps investor browsing for verified investor organisations", () => {
    expect(can(actor("investor", false), "investor:browse")).toBe(false);
  });
});

describe("challenges", () => {
  const statuses = ["draft", "submitted", "published", "closed"];

  it.each(statuses)("a %s challenge is visible to its owner and the leadership group", (status) => {
    expect(can(actor("clinician"), "challenge:view", own(status))).toBe(true);
    expect(can(actor("leadership"), "challenge:view", theirs(status))).toBe(true);
    expect(can(actor("admin"), "challenge:view", theirs(status))).toBe(true);
  });

  it.each(statuses)("another organisation sees a %s challenge only once it is public", (status) => {
    const isPublic = status === "published" || status === "closed";
    for (const role of ["clinician", "innovator", "investor"] as const) {
      expect(can(actor(role), "challenge:view", theirs(status))).toBe(isPublic);
    }
  });

  it("only the owning clinicians edit, and not once closed", () => {
    expect(can(actor("clinician"), "challenge:edit", own("draft"))).toBe(true);
    expect(can(actor("clinician"), "challenge:edit", own("published"))).toBe(true);
    expect(can(actor("clinician"), "challenge:edit", own("closed"))).toBe(false);
    expect(can(actor("clinician"), "challenge:edit", theirs("draft"))).toBe(false);
    expect(can(actor("leadership"), "challenge:edit", theirs("draft"))).toBe(false);
    expect(can(actor("innovator"), "challenge:edit", own("draft"))).toBe(false);
  });

  it("an unverified organisation drafts but cannot submit", () => {
    expect(can(actor("clinician", false), "challenge:create")).toBe(true);
    expect(can(actor("clinician", false), "challenge:submit", own("draft"))).toBe(false);
    expect(can(actor("clinician", true), "challenge:submit", own("draft"))).toBe(true);
    expect(can(actor("clinician", true), "challenge:submit", own("submitted"))).toBe(false);
  });

  it("the leadership group triages only submitted challenges", () => {
    expect(can(actor("leadership"), "challenge:triage", theirs("submitted"))).toBe(true);
    expect(can(actor("leadership"), "challenge:triage", theirs("draft"))).toBe(false);
    expect(can(actor("clinician"), "challenge:triage", own("submitted"))).toBe(false);
    expect(can(actor("admin"), "challenge:triage", theirs("submitted"))).toBe(false);
  });

  it("only the owner closes a published challenge", () => {
    expect(can(actor("clinician"), "challenge:close", own("published"))).toBe(true);
    expect(can(actor("clinician"), "challenge:close", own("draft"))).toBe(false);
    expect(can(actor("clinician"), "challenge:close", theirs("published"))).toBe(false);
  });

  it("shows a record's history to its owner and the leadership group only", () => {
    expect(can(actor("clinician"), "challenge:history", own("published"))).toBe(true);
    expect(can(actor("leadership"), "challenge:history", theirs("published"))).toBe(true);
    expect(can(actor("clinician"), "challenge:history", theirs("published"))).toBe(false);
    expect(can(actor("investor"), "challenge:history", theirs("published"))).toBe(false);
  });
});

describe("products", () => {
  it("a draft product is the company's own until published", () => {
    expect(can(actor("innovator"), "product:view", own("draft"))).toBe(true);
    expect(can(actor("innovator"), "product:view", theirs("draft"))).toBe(false);
    expect(can(actor("investor"), "product:view", theirs("draft"))).toBe(false);
    expect(can(actor("leadership"), "product:view", theirs("draft"))).toBe(true);
    expect(can(actor("clinician"), "product:view", theirs("published"))).toBe(true);
    expect(can(actor("clinician"), "product:view", theirs("archived"))).toBe(false);
  });

  it("only verified companies publish, and only their own drafts", () => {
    expect(can(actor("innovator", true), "product:publish", own("draft"))).toBe(true);
    expect(can(actor("innovator", false), "product:publish", own("draft"))).toBe(false);
    expect(can(actor("innovator", true), "product:publish", theirs("draft"))).toBe(false);
    expect(can(actor("clinician", true), "product:publish", own("draft"))).toBe(false);
  });

  it("the company edits and archives its own products", () => {
    expect(can(actor("innovator"), "product:edit", own("published"))).toBe(true);
    expect(can(actor("innovator"), "product:edit", own("archived"))).toBe(false);
    expect(can(actor("innovator"), "product:edit", theirs("draft"))).toBe(false);
    expect(can(actor("innovator"), "product:archive", own("published"))).toBe(true);
    expect(can(actor("innovator"), "product:archive", theirs("published"))).toBe(false);
  });
});

describe("proposing a match", () => {
  const cases = [
    ["match:propose-for-challenge", "clinician"],
    ["match:propose-for-product", "innovator"],
  ] as const;
  it.each(cases)("%s: only a verified %s, from its own published record", (permission, role) => {
    expect(can(actor(role), permission, own("published"))).toBe(true);
    expect(can(actor(role, false), permission, own("published"))).toBe(false);
    expect(can(actor(role), permission, theirs("published"))).toBe(false);
    for (const status of ["draft", "submitted", "closed", "archived"]) expect(can(actor(role), permission, own(status))).toBe(false);
    for (const other of ROLES.filter((r) => r !== role)) expect(can(actor(other), permission, own("published"))).toBe(false);
  });
});

describe("matches and trials", () => {
  it("lists matches for the organisations that make them and the leadership group", () => {
    for (const role of ROLES) expect(can(actor(role), "match:list")).toBe(["clinician", "innovator", "leadership"].includes(role));
    expect(can(null, "match:list")).toBe(false);
  });

  it("only a verified member of the responding side answers a proposed match", () => {
    for (const role of ["clinician", "innovator"] as const) {
      expect(can(actor(role), "match:respond", own("proposed"))).toBe(true);
      expect(can(actor(role, false), "match:respond", own("proposed"))).toBe(false);
      expect(can(actor(role), "match:respond", theirs("proposed"))).toBe(false);
      for (const status of ["accepted", "declined", "withdrawn"]) expect(can(actor(role), "match:respond", own(status))).toBe(false);
    }
    for (const role of ["leadership", "investor", "admin"] as const) expect(can(actor(role), "match:respond", own("proposed"))).toBe(false);
  });

  it("lists trials for everyone but investors, and every trial only for the leadership group and admins", () => {
    for (const role of ROLES) {
      expect(can(actor(role), "trial:list")).toBe(role !== "investor");
      expect(can(actor(role), "trial:view-all")).toBe(role === "leadership" || role === "admin");
    }
  });
});
