import { describe, expect, it } from "vitest";
import { createRateLimiter, describeRetry } from "../../app/services/rate-limit.server";

describe("rate limiter", () => {
  it("allows the limit, refuses the next, and allows again after the window", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit("a", t).allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a", t + 1000)).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.hit("b", t + 1000).allowed).toBe(true);
    expect(limiter.hit("a", t + 60_000).allowed).toBe(true);
  });

  it("says when to try again in words", () => {
    expect(describeRetry(30)).toBe("in a minute");
    expect(describeRetry(600)).toBe("in 10 minutes");
  });
});
