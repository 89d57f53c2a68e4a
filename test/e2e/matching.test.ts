// Search and matching in a real browser against the running site and its own local
// Meilisearch: facets and highlights, results as you type, a challenge's matches with their
// reasons, and proposing one. Records made here reach the index through the outbox.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { enqueueSearchUpdate } from "../../search/outbox";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";

const newPage = useBrowser();
// A made-up word, so only this file's records match it.
const word = `zorbex${stamp().replace(/\d/g, "")}`;
let trust: number;
let challenge: number;
let productName: string;

beforeAll(() => {
  const db = serverDb();
  trust = createOrganisation({ kind: "nhs_trust", place: "kirklees" }, db).id;
  const company = createOrganisation({ kind: "company", place: "leeds" }, db).id;
  challenge = createChallenge(trust, {
    title: `Falls at night in care homes (${word})`,
    summary: `Residents fall at night; the ${word} pilot needs a sensor.`,
    clinicalAreas: ["frailty_falls"],
    careSettings: ["social_care"],
    place: "kirklees",
    mustHaves: ["ukca_marked"],
  }, db).id;
  productName = `${word} falls sensor`;
  const product = createProduct(company, { name: productName, summary: `Radar ${word} sensor that detects falls at night without cameras.` }, db).id;
  createProduct(company, { name: `${word} skin checker`, summary: `Photographs moles (${word}).`, clinicalAreas: ["dermatology"], careSettings: ["primary_care"] }, db);
  enqueueSearchUpdate(db, "challenges", challenge);
  enqueueSearchUpdate(db, "products", [product, product + 1]);
});

/** The server's worker pushes the outbox within seconds; reload until the records are there. */
async function searchUntilFound(page: Page, path: string, text: string) {
  for (let i = 0; i < 40; i++) {
    await page.goto(path);
    if ((await page.getByText(text).count()) > 0) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`"${text}" never appeared at ${path}`);
}

describeBrowser("search", () => {
  it.each([false, true])("finds challenges and products, with facet counts and highlights (JavaScript %s)", async (javaScriptEnabled) => {
    const page = await newPage(javaScriptEnabled);
    await searchUntilFound(page, `/search?q=${word}`, productName);
    await page.getByRole("heading", { name: "Challenges (1)" }).waitFor();
    await page.getByRole("heading", { name: "Products (2)" }).waitFor();
    expect(await page.locator("mark", { hasText: word }).count()).toBeGreaterThan(0);

    // Narrow to one clinical area with the filter form; the URL carries it.
    const filters = page.getByRole("form", { name: "Filter the list" });
    await filters.locator("summary", { hasText: "Clinical area" }).click();
    await filters.getByLabel("Dermatology (1)").check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/area=dermatology/);
    await page.getByRole("heading", { name: "Products (1)" }).waitFor();
    expect(await page.getByRole("link", { name: productName }).count()).toBe(0);
    if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);
  });

  it("forgives a typo", async () => {
    const page = await newPage(false);
    await searchUntilFound(page, `/search?q=${word.slice(0, -1)}x%20sensr`, productName);
  });

  it("shows results as you type when JavaScript is on", async () => {
    const page = await newPage(true);
    await searchUntilFound(page, `/search?q=${word}`, productName);
    await page.getByLabel("Search for a need, a product, a condition or a place").fill(`${word} skin`);
    await page.waitForURL(/skin/);
    // Every word matching ranks first; Meilisearch then relaxes the last word for the rest.
    const first = page.locator("#product-results + ul li").first().getByRole("link");
    await expect.poll(() => first.textContent()).toBe(`${word} skin checker`);
  });
});

describeBrowser("a challenge's matches", () => {
  it("lists products with scores and reasons, and proposes one", async () => {
    const { cookie } = await sessionCookieFor("clinician", { organisationId: trust });
    const page = await newPage(false, cookie);
    await searchUntilFound(page, `/challenges/${challenge}/matches`, productName);
    const card = page.locator(".nhsuk-card", { has: page.getByRole("link", { name: productName, exact: true }) });
    expect(await card.getByText(/Match score: \d+ out of 100/).count()).toBe(1);
    expect(await card.getByText("Frailty and falls").count()).toBeGreaterThan(0);
    expect(await card.getByText("UKCA marked").count()).toBeGreaterThan(0);

    await card.getByText("Add a message (optional)").click();
    await card.getByLabel("Message to the other organisation").fill("Could we trial this in Kirklees care homes?");
    await card.getByRole("button", { name: `Propose this match with ${productName}` }).click();
    await page.getByRole("status").getByText("Match proposed.", { exact: false }).waitFor();
    const proposed = page.locator(".nhsuk-card", { has: page.getByRole("link", { name: productName, exact: true }) });
    expect(await proposed.getByText("Proposed", { exact: true }).count()).toBe(1);
    expect(await proposed.getByRole("button", { name: /Propose this match/ }).count()).toBe(0);
  });

  it("passes axe on the matches page", async () => {
    const { cookie } = await sessionCookieFor("leadership");
    const page = await newPage(true, cookie);
    await searchUntilFound(page, `/challenges/${challenge}/matches`, productName);
    await expectNoSeriousAxeViolations(page);
  });
});
