import { describe, expect, it } from "vitest";
import { inboxLink, navigationFor } from "../../app/domain/navigation";
import type { Role } from "../../app/domain/roles";

const actor = (role: Role) => ({ userId: 1, organisationId: 1, role, organisationVerified: true });
const labels = (role: Role | null) => navigationFor(role ? actor(role) : null).map((i) => i.label);

describe("navigation", () => {
  it.each([
    [null, ["Regional pipeline", "Challenges", "Products", "Search"]],
    ["clinician", ["Regional pipeline", "Challenges", "Products", "Search", "My organisation", "Matches", "Trials"]],
    ["innovator", ["Regional pipeline", "Challenges", "Products", "Search", "My organisation", "Matches", "Trials"]],
    ["leadership", ["Regional pipeline", "Challenges", "Products", "Search", "Matches", "Trials", "Triage", "Organisations and users"]],
    ["investor", ["Regional pipeline", "Challenges", "Products", "Search"]],
    ["admin", ["Regional pipeline", "Challenges", "Products", "Search", "Organisations and users"]],
  ] as const)("fits the %s role", (role, expected) => {
    expect(labels(role)).toEqual(expected);
  });

  it("shows every signed-in person their inbox, with the unread count", () => {
    expect(inboxLink(null, 0)).toBeNull();
    for (const role of ["clinician", "innovator", "leadership", "investor", "admin"] as const) {
      expect(inboxLink(actor(role), 0)).toEqual({ to: "/inbox", label: "Inbox", unread: 0 });
      expect(inboxLink(actor(role), 3)).toEqual({ to: "/inbox", label: "Inbox (3)", unread: 3 });
    }
  });
});
