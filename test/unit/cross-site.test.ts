import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "../../app/domain/cross-site";

describe("cross-site request check", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets %s through whatever its origin", (method) => {
    expect(isCrossSiteRequest(method, { secFetchSite: "cross-site", origin: "https://evil.example" })).toBe(false);
  });

  it.each([
    ["same-origin", false],
    ["same-site", true],
    ["cross-site", true],
    ["none", true],
  ] as const)("with Sec-Fetch-Site %s, refuses: %s", (value, refused) => {
    expect(isCrossSiteRequest("POST", { secFetchSite: value, origin: "http://localhost:3000", host: "localhost:3000" })).toBe(refused);
  });

  it("falls back to comparing Origin with the host", () => {
    expect(isCrossSiteRequest("POST", { origin: "http://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(isCrossSiteRequest("POST", { origin: "https://evil.example", host: "localhost:3000" })).toBe(true);
    expect(isCrossSiteRequest("POST", { origin: "null", host: "localhost:3000" })).toBe(true);
    expect(isCrossSiteRequest("POST", { host: "localhost:3000" })).toBe(true);
    expect(isCrossSiteRequest("DELETE", { origin: "http://localhost:3000", host: "other:3000" })).toBe(true);
  });
});
