import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { sessions } from "../../db/schema";
import * as root from "../../app/root";
import {
  createSession,
  SESSION_LIFETIME_MS,
  SESSION_REFRESH_INTERVAL_MS,
  validateSessionToken,
} from "../../app/services/auth/sessions.server";
import { hashSecret } from "../../app/services/auth/tokens.server";
import { createUser } from "../support/factories";
import { call, getRequest } from "../support/routes";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("sessions", () => {
  it("keep only the SHA-256 of the secret", async () => {
    const user = await createUser();
    const { token } = createSession(getDb(), user.id);
    const [id, secret] = token.split(".");
    const row = getDb().select().from(sessions).where(eq(sessions.id, id)).get()!;
    expect(row.secretHash.equals(hashSecret(secret))).toBe(true);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("reject a token whose secret is wrong", async () => {
    const user = await createUser();
    const { token } = createSession(getDb(), user.id);
    const [id, secret] = token.split(".");
    const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    expect(validateSessionToken(getDb(), tampered)).toBeNull();
    expect(validateSessionToken(getDb(), token)).not.toBeNull();
  });

  it("slide forward when used, at most once an hour", async () => {
    const user = await createUser();
    const start = new Date("2026-01-01T09:00:00Z");
    const { token } = createSession(getDb(), user.id, start);
    const soon = validateSessionToken(getDb(), token, new Date(start.getTime() + 10 * 60 * 1000))!;
    expect(soon.refreshed).toBe(false);
    expect(soon.expiresAt.getTime()).toBe(start.getTime() + SESSION_LIFETIME_MS);
    const later = new Date(start.getTime() + SESSION_REFRESH_INTERVAL_MS + 1);
    const refreshed = validateSessionToken(getDb(), token, later)!;
    expect(refreshed.refreshed).toBe(true);
    expect(refreshed.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
    // Used every nine days, a session never expires.
    let now = later.getTime();
    for (let i = 0; i < 5; i++) {
      now += 9 * DAY;
      expect(validateSessionToken(getDb(), token, new Date(now))).not.toBeNull();
    }
  });

  it("expire after ten days without use, and are deleted", async () => {
    const user = await createUser();
    const start = new Date("2026-01-01T09:00:00Z");
    const { token } = createSession(getDb(), user.id, start);
    expect(validateSessionToken(getDb(), token, new Date(start.getTime() + 10 * DAY - 1))).not.toBeNull();
    // That check slid the expiry; ten idle days after it, the session is gone.
    const afterIdle = new Date(start.getTime() + 20 * DAY);
    expect(validateSessionToken(getDb(), token, afterIdle)).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.id, token.split(".")[0])).all()).toHaveLength(0);
  });

  it("send a fresh cookie when the expiry moved forward", async () => {
    const user = await createUser();
    const { token } = createSession(getDb(), user.id, new Date(Date.now() - 2 * HOUR));
    const result = await call(root.loader, getRequest("/", `sweetspot_session=${token}`));
    const cookie = result.headers.getSetCookie().find((c) => c.startsWith("sweetspot_session="));
    expect(cookie).toContain(`sweetspot_session=${encodeURIComponent(token)}`);
    expect(cookie).toMatch(/Max-Age=86(39|40)\d\d/);
    expect(result.data.user).toMatchObject({ name: user.name, role: "clinician" });
  });

  it("show a visitor with a bad cookie as signed out", async () => {
    const result = await call(root.loader, getRequest("/", "sweetspot_session=garbage.token"));
    expect(result.data.user).toBeNull();
  });
});
