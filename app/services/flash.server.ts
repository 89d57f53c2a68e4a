import { createCookie, redirect } from "react-router";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getConfig } from "../config.server";
import { isSecureRequest } from "./auth/cookies.server";

// Signs the flash cookie. Taken from SESSION_SECRET, or made once and kept in the data folder
// so that a restart does not invalidate cookies in flight.
function cookieSecret(): string {
  const config = getConfig();
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const dir = process.env.DATA_DIR || config.DATA_DIR;
  const file = join(dir, "cookie-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

let flashCookie: ReturnType<typeof createCookie> | undefined;
function cookie() {
  flashCookie ??= createCookie("sweetspot_flash", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60,
    secrets: [cookieSecret()],
  });
  return flashCookie;
}

export type Flash = { message: string; kind: "success" | "info" };

export async function redirectWithFlash(request: Request, to: string, flash: Flash, headers?: HeadersInit) {
  const all = new Headers(headers);
  all.append("Set-Cookie", await cookie().serialize(flash, { secure: isSecureRequest(request) }));
  return redirect(to, { headers: all });
}

/** The pending flash, with the header that clears it once shown. */
export async function takeFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const value = (await cookie().parse(request.headers.get("Cookie"))) as Flash | null;
  if (!value || typeof value.message !== "string") return { flash: null, clear: null };
  const clear = await cookie().serialize("", { maxAge: 0, secure: isSecureRequest(request) });
  return { flash: { message: value.message, kind: value.kind === "info" ? "info" : "success" }, clear };
}
