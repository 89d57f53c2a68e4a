// Accounts in a real browser, used as a person would: labels, buttons, the header.
// Each journey also runs with JavaScript off, because every form must work without it.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { organisations, users } from "../../db/schema";
import { baseURL, describeBrowser, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";

const newPage = useBrowser();

const header = (page: Page) => page.getByRole("banner");

describeBrowser.each([
  { mode: "with JavaScript", javaScriptEnabled: true },
  { mode: "without JavaScript", javaScriptEnabled: false },
])("accounts, $mode", ({ javaScriptEnabled }) => {
  it("signs up with a new organisation, signs out, and signs back in", async () => {
    const page = await newPage(javaScriptEnabled);
    const id = stamp();
    const name = `Grace Adeyemi ${id}`;
    const email = `grace-${id}@example.test`;
    const password = "kettle orchard lantern";

    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Register a new organisation").check();
    await page.getByLabel("Organisation name").fill(`Calder Sensors ${id}`);
    await page.getByLabel("Kind of organisation").selectOption({ label: "Company" });
    await page.getByLabel("Where it is based").selectOption({ label: "Calderdale" });
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL("**/account");
    const main = page.getByRole("main");
    await main.getByText(name).waitFor();
    expect(await main.textContent()).toContain(`Calder Sensors ${id} (awaiting verification)`);

    await header(page).getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${baseURL()}/`);
    await header(page).getByRole("link", { name: "Sign in" }).waitFor();

    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await main.getByRole("button", { name: "Sign in" }).click();
    // The link reads "<name>, your account"; the second half is visually hidden.
    await header(page).getByRole("link", { name }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
  });

  /** Sends a sign-up with a bad email and a short password; returns the name typed. */
  async function failSignUp(page: Page) {
    const name = `Owen Price ${stamp()}`;
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Email address").fill("owen.price-at-example");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByLabel("Register a new organisation").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator(".nhsuk-error-message").first().waitFor();
    return name;
  }

  const PROBLEMS = {
    "Email address": "Enter an email address in the correct format",
    Password: "Password must be at least 12 characters",
  };

  it("shows what is wrong beside each field, keeps what was typed, and creates no one", async () => {
    const page = await newPage(javaScriptEnabled);
    const name = await failSignUp(page);
    for (const [label, message] of Object.entries(PROBLEMS)) {
      const input = page.getByLabel(label, { exact: true });
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      // The message sits in the field's own form group, just above the input.
      const group = page.locator(".nhsuk-form-group", { has: input });
      expect(await group.locator(".nhsuk-error-message").textContent()).toContain(message);
    }
    expect(await page.getByLabel("Full name").inputValue()).toBe(name);
    // The server never sends a password back; in the browser it stays where it was typed.
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe(javaScriptEnabled ? "short" : "");
    expect(serverDb().select().from(users).where(eq(users.name, name)).get()).toBeUndefined();
  });

  it("lists each problem in the error summary, linked to its field", async () => {
    const page = await newPage(javaScriptEnabled);
    await failSignUp(page);
    const summary = page.locator(".nhsuk-error-summary");
    expect(await summary.count()).toBe(1);
    for (const [label, message] of Object.entries(PROBLEMS)) {
      const link = summary.getByRole("link", { name: message });
      const id = await page.getByLabel(label, { exact: true }).getAttribute("id");
      expect(await link.getAttribute("href")).toBe(`#${id}`);
    }
  });
});

describeBrowser("the admin page", () => {
  it("verifies an organisation with its Verify button", async () => {
    const org = createOrganisation({ name: `Airedale Wound Care ${stamp()}`, verified: false }, serverDb());
    const { cookie } = await sessionCookieFor("admin");
    const page = await newPage(true, cookie);

    await page.goto("/admin");
    await page.getByRole("button", { name: `Verify ${org.name}` }).click();
    await page.getByRole("status").getByText("Organisation verified.").waitFor();

    const after = serverDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
    expect(after.verified).toBe(true);
  });
});
