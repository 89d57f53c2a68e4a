import { getConfig } from "../../config.server";

export const SESSION_COOKIE = "sweetspot_session";

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Secure when configured so, or (by default) when the request itself came over HTTPS. */
export function isSecureRequest(request: Request): boolean {
  const setting = getConfig().COOKIE_SECURE;
  if (setting !== "auto") return setting === "true";
  return new URL(request.url).protocol === "https:";
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return serialize(request, SESSION_COOKIE, token, maxAge);
}

export function clearSessionCookie(request: Request): string {
  return serialize(request, SESSION_COOKIE, "", 0);
}

function serialize(request: Request, name: string, value: string, maxAge: number) {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`];
  if (isSecureRequest(request)) parts.push("Secure");
  return parts.join("; ");
}
