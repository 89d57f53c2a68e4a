// Helpers for the end-to-end tests: the running site (started by test/setup/e2e-server.ts),
// its database, signed-in users without the sign-in form, the browser and axe.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject } from "vitest";
import { openDatabase, type Db } from "../../db/client.server";
import type { Role } from "../../app/domain/roles";
import { SESSION_COOKIE } from "../../app/services/auth/cookies.server";
import { createSession } from "../../app/services/auth/sessions.server";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { createUser } from "./factories";

export type E2eRole = Role | "anonymous";

export function baseURL(): string {
  return inject("baseURL");
}

let db: Db | undefined;

/** The server's own SQLite file: it runs in another process, and WAL lets both use it. */
export function serverDb(): Db {
  db ??= openDatabase(inject("serverDatabasePath"));
  return db;
}

/** A new user of that role with a live session, and the Cookie header their browser would send. */
export async function sessionCookieFor(role: Role, options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ ...options, role }, serverDb());
  const { token } = createSession(serverDb(), user.id);
  return { user, cookie: `${SESSION_COOKIE}=${token}` };
}

/** Puts a `name=value` Cookie header (from sessionCookieFor) into a browser context. */
export async function addCookie(context: BrowserContext, cookie: string) {
  const at = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: baseURL() }]);
}

export function launchBrowser() {
  return chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
}

/**
 * One browser per test file and a fresh context per test. Call at the top of a file;
 * `newPage` opens a page with JavaScript on or off, signed in when given a cookie.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (findChromium()) browser = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async function newPage(javaScriptEnabled = true, cookie?: string): Promise<Page> {
    context = await browser!.newContext({ baseURL: baseURL(), javaScriptEnabled });
    if (cookie) await addCookie(context, cookie);
    return context.newPage();
  };
}

/** A short unique suffix, so records made by parallel tests never collide. */
export const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Browser tests run only where Chromium is installed; `npm test` says so when it is not. */
export const describeBrowser = describe.skipIf(!findChromium());

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe found serious violations on ${page.url()}`).toEqual([]);
}
