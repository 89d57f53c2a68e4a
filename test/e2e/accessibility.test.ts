// WCAG 2.2 AA on every page a person can reach, checked by axe in a real browser, plus the
// page structure axe does not insist on: skip link first, one h1, the three landmarks.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import type { Role } from "../../app/domain/roles";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";
import { createChallenge } from "../support/records";

const newPage = useBrowser();
let published: number;

beforeAll(() => {
  published = createChallenge(createOrganisation({}, serverDb()).id, {}, serverDb()).id;
});

async function pageAs(role: Role | "anonymous", javaScriptEnabled: boolean): Promise<Page> {
  return newPage(javaScriptEnabled, role === "anonymous" ? undefined : (await sessionCookieFor(role)).cookie);
}

/** Sends the sign-up form half filled in, so the field errors show. */
async function failSignUp(page: Page) {
  await page.getByLabel("Full name").fill("Nadia Hussain");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.locator(".nhsuk-error-message").first().waitFor();
}

const PAGES: { name: string; path: string; as: Role | "anonymous"; status: number; then?: (page: Page) => Promise<void> }[] = [
  { name: "the regional pipeline", path: "/", as: "anonymous", status: 200 },
  { name: "sign in", path: "/sign-in", as: "anonymous", status: 200 },
  { name: "sign up", path: "/sign-up", as: "anonymous", status: 200 },
  { name: "sign up with errors", path: "/sign-up", as: "anonymous", status: 200, then: failSignUp },
  { name: "your account", path: "/account", as: "clinician", status: 200 },
  { name: "organisations and users", path: "/admin", as: "admin", status: 200 },
  { name: "page not found", path: "/no-such-page", as: "anonymous", status: 404 },
  { name: "permission refused", path: "/admin", as: "investor", status: 403 },
  { name: "challenges", path: "/challenges", as: "anonymous", status: 200 },
  { name: "a challenge", path: "/challenges/:published", as: "anonymous", status: 200 },
  { name: "a challenge, to the leadership group", path: "/challenges/:published", as: "leadership", status: 200 },
  { name: "post a challenge", path: "/challenges/new", as: "clinician", status: 200 },
  { name: "triage queue", path: "/triage", as: "leadership", status: 200 },
  { name: "my organisation", path: "/my-organisation", as: "clinician", status: 200 },
];

describeBrowser.each(PAGES)("$name ($path as $as)", ({ path, as, status, then }) => {
  async function open(javaScriptEnabled: boolean) {
    const page = await pageAs(as, javaScriptEnabled);
    const response = await page.goto(path.replace(":published", String(published)));
    expect(response?.status()).toBe(status);
    await then?.(page);
    return page;
  }

  it("has no serious or critical axe violation", async () => {
    // axe runs inside the page, so it needs JavaScript.
    await expectNoSeriousAxeViolations(await open(true));
  });

  it("has the skip link first, one h1, and header, main and footer landmarks", async () => {
    // The server's HTML alone, so that every page, even the reply to a failed form, is a fresh
    // document and the first Tab starts from its top (with JavaScript, focus moves to the
    // first field in error). Hydration renders the same markup.
    const page = await open(false);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(first).toEqual({ text: "Skip to main content", href: "#maincontent" });
    expect(await page.locator("#maincontent").count()).toBe(1);

    expect(await page.locator("h1").count()).toBe(1);
    for (const landmark of ["banner", "main", "contentinfo"] as const) {
      expect(await page.getByRole(landmark).count(), landmark).toBe(1);
    }
  });
});
