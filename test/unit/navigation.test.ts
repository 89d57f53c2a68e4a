import { describe, expect, it } from "vitest";
import { navigationFor } from "../../app/domain/navigation";
import type { Role } from "../../app/domain/roles";

const actor = (role: Role) => ({ userId: 1, organisationId: 1, role, organisationVerified: true });
const labels = (role: Role | null) => navigationFor(role ? actor(role) : null).map((i) => i.label);

describe("navigation", () => {
  it.each([
    [null, ["Regional pipeline", "Challenges", "Products", "Search"]],
    ["clinician", ["Regional pipeline", "Challenges", "Products", "Search", "My organisation"]],
    ["innovator", ["Regional pipeline", "Challenges", "Products", "Search", "My organisation"]],
    ["leadership", ["Regional pipeline", "Challenges", "Products", "Search", "Triage", "Organisations and users"]],
    ["investor", ["Regional pipeline", "Challenges", "Products", "Search"]],
    ["admin", ["Regional pipeline", "Challenges", "Products", "Search", "Organisations and users"]],
  ] as const)("fits the %s role", (role, expected) => {
    expect(labels(role)).toEqual(expected);
  });
});
