// Session tokens as the Lucia guide designs them: `id.secret`, where only SHA-256(secret)
// is stored and the check compares hashes in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const SESSION_SECRET_BYTES = 32;

export type SessionToken = { id: string; secret: string; token: string };

export function generateSessionToken(): SessionToken {
  const id = randomBytes(15).toString("base64url");
  const secret = randomBytes(SESSION_SECRET_BYTES).toString("base64url");
  return { id, secret, token: `${id}.${secret}` };
}

export function parseSessionToken(token: string | null | undefined): { id: string; secret: string } | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [id, secret] = parts;
  if (!/^[A-Za-z0-9_-]{20}$/.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { id, secret };
}

export function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const hash = hashSecret(secret);
  return storedHash.length === hash.length && timingSafeEqual(hash, storedHash);
}
