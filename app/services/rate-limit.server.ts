// Fixed-window rate limits kept in memory: one server serves the region (DESIGN.md, Scale).
type Window = { count: number; resetAt: number };

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, Window>();
  return {
    hit(key: string, now = Date.now()): RateLimitResult {
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
        if (windows.size > 10_000) prune(windows, now);
      }
      w.count += 1;
      if (w.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.ceil((w.resetAt - now) / 1000) };
    },
    reset() {
      windows.clear();
    },
  };
}

function prune(windows: Map<string, Window>, now: number) {
  for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;
/** Per email and address: stops guessing one account's password. */
export const signInPerAccount = createRateLimiter({ limit: 5, windowMs: FIFTEEN_MINUTES });
/** Per address: stops trying many accounts from one place. */
export const signInPerAddress = createRateLimiter({ limit: 30, windowMs: FIFTEEN_MINUTES });
export const signUpPerAddress = createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 });

export function resetRateLimits() {
  signInPerAccount.reset();
  signInPerAddress.reset();
  signUpPerAddress.reset();
}

export function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}
