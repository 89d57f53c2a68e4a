import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.server";
import { organisations, sessions, users } from "../../../db/schema";
import { generateSessionToken, hashSecret, parseSessionToken, secretMatches } from "./tokens.server";

export const SESSION_LIFETIME_MS = 10 * 24 * 60 * 60 * 1000;
/** A session's expiry slides forward at most this often, to save a write per request. */
export const SESSION_REFRESH_INTERVAL_MS = 60 * 60 * 1000;

export function createSession(db: DbOrTx, userId: number, now = new Date()) {
  const { id, secret, token } = generateSessionToken();
  db.insert(sessions).values({ id, userId, secretHash: hashSecret(secret), createdAt: now, lastUsedAt: now }).run();
  return { token, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
}

export type ValidSession = {
  sessionId: string;
  user: typeof users.$inferSelect;
  organisation: typeof organisations.$inferSelect;
  expiresAt: Date;
  /** True when this check moved the expiry forward, so the cookie should be set again. */
  refreshed: boolean;
};

export function validateSessionToken(db: DbOrTx, token: string | null | undefined, now = new Date()): ValidSession | null {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const row = db
    .select({ session: sessions, user: users, organisation: organisations })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, parsed.id))
    .get();
  if (!row || !secretMatches(parsed.secret, row.session.secretHash)) return null;

  const lastUsed = row.session.lastUsedAt.getTime();
  if (now.getTime() - lastUsed >= SESSION_LIFETIME_MS) {
    db.delete(sessions).where(eq(sessions.id, parsed.id)).run();
    return null;
  }
  let refreshed = false;
  let lastUsedAt = row.session.lastUsedAt;
  if (now.getTime() - lastUsed >= SESSION_REFRESH_INTERVAL_MS) {
    db.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, parsed.id)).run();
    lastUsedAt = now;
    refreshed = true;
  }
  return {
    sessionId: parsed.id,
    user: row.user,
    organisation: row.organisation,
    expiresAt: new Date(lastUsedAt.getTime() + SESSION_LIFETIME_MS),
    refreshed,
  };
}

export function invalidateSession(db: DbOrTx, sessionId: string) {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: DbOrTx, userId: number) {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
