// A challenge and a product from first draft to the public lists, in a real browser, as the people
// involved would do it: a clinician drafts and submits, the leadership group publishes, a company
// publishes a product, and anyone finds both by filtering. It runs with JavaScript on and off,
// since every form must work without it; with it on, axe checks each page on the way.
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";

const newPage = useBrowser();

const flash = (page: Page, message: string) => page.getByRole("status").getByText(message).waitFor();
const group = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });
/** The record's status, the first tag on its page (under the h1). */
const statusOf = (page: Page) => page.getByRole("main").locator(".nhsuk-tag").first().textContent();
const filterForm = (page: Page) => page.getByRole("form", { name: "Filter the list" });

/** Ticks each option, by its label, inside the fieldset with that legend. */
async function tick(page: Page, legend: string, labels: string[]) {
  for (const label of labels) await group(page, legend).getByLabel(label, { exact: true }).check();
}

/** Opens a filter group (a closed <details>) if need be, then ticks or unticks an option in it. */
async function setFilter(form: Locator, legend: string, label: string, on = true) {
  const option = form.getByLabel(label, { exact: true });
  if (!(await option.isVisible())) await form.locator("summary", { hasText: legend }).click();
  await option.setChecked(on);
}

/** Sends the filter form and waits for the list's URL to carry exactly the filters expected. */
async function applyFilters(page: Page, path: string, expected: Record<string, string[]>) {
  await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL((url) => url.pathname === path && Object.entries(expected).every(([k, v]) => url.searchParams.getAll(k).join() === v.join()));
}

// With JavaScript the URL changes before React has drawn the new list, so wait for the old one to go.
const gone = (locator: Locator) => locator.waitFor({ state: "detached", timeout: 5_000 });
const resultLink = (page: Page, name: string) => page.getByRole("main").getByRole("link", { name, exact: true });

describeBrowser.each([
  { mode: "with JavaScript", javaScriptEnabled: true },
  { mode: "without JavaScript", javaScriptEnabled: false },
])("a challenge and a product from draft to the lists, $mode", ({ javaScriptEnabled }) => {
  // axe runs inside the page, so it needs JavaScript; without it the journey alone is checked.
  const axe = async (page: Page) => {
    if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);
  };
  // The steps run in order and build on each other: each picks up the record the one before left.
  const id = stamp();
  const challengeTitle = `Catching kidney decline at home ${id}`;
  const productName = `RenalWatch home test ${id}`;
  let challengePath = "";
  let productPath = "";

  it("a clinician saves a draft with only a title, then completes it and submits it for triage", async () => {
    const { cookie } = await sessionCookieFor("clinician");
    const page = await newPage(javaScriptEnabled, cookie);

    await page.goto("/challenges/new");
    await axe(page);
    await page.getByLabel("Title", { exact: true }).fill(challengeTitle);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await flash(page, "Draft saved.");
    challengePath = new URL(page.url()).pathname;
    expect(challengePath).toMatch(/^\/challenges\/\d+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(challengeTitle);
    expect(await statusOf(page)).toBe("Draft");

    await page.getByRole("link", { name: "Edit this challenge" }).click();
    await page.waitForURL(`**${challengePath}/edit`);
    // Submitting the bare draft shows what triage needs, beside each field and in the summary.
    await page.getByRole("button", { name: "Submit for triage" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await summary.getByRole("link", { name: "Choose at least one clinical area" }).waitFor();
    await summary.getByRole("link", { name: "Choose at least one care setting" }).waitFor();
    expect(await page.getByLabel("Summary", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(challengeTitle);
    await axe(page);

    await page.getByLabel("Summary", { exact: true }).fill("Kidney function falls unnoticed between clinic visits.");
    await page.getByLabel("The problem", { exact: true }).fill("People with chronic kidney disease are seen twice a year; decline between visits is missed.");
    await page.getByLabel("People affected a year (optional)").fill("4200");
    await page.getByLabel("The outcomes you want", { exact: true }).fill("Fewer emergency admissions for acute kidney injury.");
    await tick(page, "Clinical areas", ["Kidney", "Diabetes"]);
    await tick(page, "Care settings", ["At home", "Primary care"]);
    await page.getByLabel("Place", { exact: true }).selectOption({ label: "Kirklees" });
    await tick(page, "Must-haves (optional)", ["Works without a smartphone"]);
    await page.getByRole("button", { name: "Submit for triage" }).click();
    await flash(page, "Challenge submitted for triage.");
    expect(new URL(page.url()).pathname).toBe(challengePath);
    expect(await statusOf(page)).toBe("Submitted for triage");
    await axe(page);

    await page.goto("/my-organisation");
    await page.getByRole("row", { name: new RegExp(challengeTitle) }).getByText("Submitted for triage").waitFor();
    await axe(page);
  });

  it("the leadership group finds it in the triage queue and publishes it", async () => {
    const page = await newPage(javaScriptEnabled);
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("leadership@sweetspot.demo");
    await page.getByLabel("Password").fill("sweetspot-demo");
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await flash(page, "You are signed in.");

    await page.goto("/triage");
    const row = page.getByRole("row", { name: new RegExp(challengeTitle) });
    expect(await row.textContent()).toContain("Diabetes, Kidney");
    expect(await row.textContent()).toContain("Kirklees");
    await axe(page);

    await row.getByRole("link", { name: challengeTitle }).click();
    await page.waitForURL(`**${challengePath}`);
    await page.getByLabel("Note to the owner").fill("Clear and well scoped.");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await flash(page, "Challenge published.");
    expect(new URL(page.url()).pathname).toBe(challengePath);
    expect(await statusOf(page)).toBe("Published");

    await page.goto("/triage");
    expect(await page.getByRole("link", { name: challengeTitle }).count()).toBe(0);
  });

  it("a verified company fills in every required field of a product and publishes it", async () => {
    const company = createOrganisation({ name: `Holme Valley Diagnostics ${id}`, kind: "company", place: "kirklees" }, serverDb());
    const { cookie } = await sessionCookieFor("innovator", { organisationId: company.id });
    const page = await newPage(javaScriptEnabled, cookie);

    await page.goto("/products/new");
    await axe(page);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await summary.getByRole("link", { name: "Enter a name" }).waitFor();
    await summary.getByRole("link", { name: "Choose the medical device class" }).waitFor();
    await summary.getByRole("link", { name: /^Choose a technology readiness level/ }).waitFor();
    await axe(page);

    await page.getByLabel("Name", { exact: true }).fill(productName);
    await page.getByLabel("Summary", { exact: true }).fill("A urine test at home, read by a phone camera, that flags falling kidney function.");
    await page.getByLabel("Description", { exact: true }).fill("A dipstick kit and an app that reads it and sends results to the GP practice.");
    await page.getByLabel("Intended purpose", { exact: true }).fill("To monitor kidney function of adults with chronic kidney disease at home.");
    await page.getByLabel("Type of technology").selectOption({ label: "Diagnostic" });
    await tick(page, "Clinical areas", ["Kidney"]);
    await tick(page, "Care settings", ["At home"]);
    await group(page, "Medical device class").getByLabel("Class IIa", { exact: true }).check();
    await group(page, "Is it UKCA or CE marked as a medical device?").getByLabel("Yes", { exact: true }).check();
    await group(page, "Does it process patient data?").getByLabel("Yes", { exact: true }).check();
    await group(page, "Has it passed the DTAC?").getByLabel("No", { exact: true }).check();
    await group(page, "NICE evidence tier").getByLabel("Tier C", { exact: true }).check();
    await page.getByLabel("Technology readiness level (TRL)").selectOption({ label: "7: Shown in real care" });
    await tick(page, "Features (optional)", ["UKCA or CE marked"]);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await flash(page, "Product published.");
    productPath = new URL(page.url()).pathname;
    expect(productPath).toMatch(/^\/products\/\d+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(productName);
    expect(await statusOf(page)).toBe("Published");
    await axe(page);
  });

  it("anyone finds both by clinical area, place and readiness, and not under another area", async () => {
    const page = await newPage(javaScriptEnabled);

    await page.goto("/challenges");
    await setFilter(filterForm(page), "Clinical area", "Kidney");
    await setFilter(filterForm(page), "Care setting", "At home");
    await setFilter(filterForm(page), "Place", "Kirklees");
    await applyFilters(page, "/challenges", { area: ["kidney"], setting: ["home"], place: ["kirklees"] });
    await resultLink(page, challengeTitle).waitFor();
    // The filters chosen stay ticked on the page they lead to.
    expect(await filterForm(page).getByLabel("Kidney", { exact: true }).isChecked()).toBe(true);
    await axe(page);

    await setFilter(filterForm(page), "Clinical area", "Kidney", false);
    await setFilter(filterForm(page), "Clinical area", "Dermatology");
    await applyFilters(page, "/challenges", { area: ["dermatology"], place: ["kirklees"] });
    await gone(resultLink(page, challengeTitle));

    await page.goto(challengePath);
    await axe(page);

    await page.goto("/products");
    await axe(page);
    await setFilter(filterForm(page), "Clinical area", "Kidney");
    await setFilter(filterForm(page), "Place", "Kirklees");
    await filterForm(page).getByLabel("From", { exact: true }).selectOption({ label: "5: Tested in a realistic setting" });
    await filterForm(page).getByLabel("To", { exact: true }).selectOption({ label: "8: Complete and approved" });
    await applyFilters(page, "/products", { area: ["kidney"], place: ["kirklees"], trlMin: ["5"], trlMax: ["8"] });
    await resultLink(page, productName).waitFor();
    await axe(page);

    await setFilter(filterForm(page), "Clinical area", "Kidney", false);
    await setFilter(filterForm(page), "Clinical area", "Dermatology");
    await applyFilters(page, "/products", { area: ["dermatology"], place: ["kirklees"], trlMin: ["5"] });
    await gone(resultLink(page, productName));

    await page.goto(productPath);
    await axe(page);
  });
});
