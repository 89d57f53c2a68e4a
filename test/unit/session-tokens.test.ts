import { describe, expect, it } from "vitest";
import { generateSessionToken, hashSecret, parseSessionToken, secretMatches } from "../../app/services/auth/tokens.server";

describe("session tokens", () => {
  it("are an id and a 32-byte secret joined by a dot", () => {
    const { id, secret, token } = generateSessionToken();
    expect(token).toBe(`${id}.${secret}`);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(parseSessionToken(token)).toEqual({ id, secret });
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateSessionToken().token));
    expect(tokens.size).toBe(200);
  });

  it.each([null, undefined, "", "abc", "a.b", "a.b.c", `${"x".repeat(20)}.${"y".repeat(42)}`, `${"x".repeat(20)}.${"y".repeat(43)}.z`, `${"x".repeat(19)}!.${"y".repeat(43)}`])(
    "reject the malformed token %j",
    (token) => {
      expect(parseSessionToken(token)).toBeNull();
    },
  );

  it("store only a hash of the secret, which matches only that secret", () => {
    const { secret } = generateSessionToken();
    const stored = hashSecret(secret);
    expect(stored.toString("base64url")).not.toContain(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(generateSessionToken().secret, stored)).toBe(false);
    expect(secretMatches(secret, Buffer.alloc(5))).toBe(false);
  });
});
