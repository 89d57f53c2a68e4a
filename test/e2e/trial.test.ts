// From a proposed match to an adopted product, in a real browser: the two sides talk on the
// match, the company accepts, then at every stage each side uploads or attests its own items
// and the leadership group decides the gate; one document is withdrawn and uploaded again, and
// the host site reports an incident in the live trial. Axe checks the pages on the way.
import { eq } from "drizzle-orm";
import type { Locator, Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { matches, trials } from "../../db/schema";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";

const newPage = useBrowser();
const word = stamp();
let trust: number;
let company: number;
let matchId: number;

beforeAll(async () => {
  const db = serverDb();
  trust = createOrganisation({ kind: "nhs_trust" }, db).id;
  company = createOrganisation({ kind: "company" }, db).id;
  const challenge = createChallenge(trust, { title: `Falls at night ${word}` }, db).id;
  // A Class I device, UKCA marked, that processes patient data: the digital and data gates apply.
  const product = createProduct(company, { name: `NightWatch ${word}`, processesPatientData: true }, db).id;
  const { user } = await sessionCookieFor("clinician", { organisationId: trust });
  matchId = db
    .insert(matches)
    .values({
      challengeId: challenge,
      productId: product,
      proposedByOrganisationId: trust,
      proposedById: user.id,
      score: 82,
      reasons: { sharedAreas: ["frailty_falls"], sharedSettings: [], matchedTerms: ["falls", "night"], mustHavesMet: [], mustHavesMissing: [], readiness: ["UKCA marked"], text: "" },
    })
    .returning()
    .get().id;
});

const today = () => new Date().toISOString().slice(0, 10);

/** The options of a "Which item" list not yet recorded, as [value, label]. */
async function outstanding(region: Locator): Promise<[string, string][]> {
  if (!(await region.count())) return [];
  const options = await region.getByLabel("Which item").locator("option").evaluateAll((els) => els.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]));
  return (options as [string, string][]).filter(([value, label]) => value && !label.includes("recorded"));
}

/** Records every item this side still owes: each document uploaded, each attestation stated. */
async function recordOwnItems(page: Page, trialId: number) {
  await page.goto(`/trials/${trialId}`);
  let count = 0;
  for (const [value, label] of await outstanding(page.getByRole("region", { name: "Upload a document" }))) {
    const upload = page.getByRole("region", { name: "Upload a document" });
    await upload.getByLabel("Which item").selectOption(value);
    await upload.getByLabel("The document").setInputFiles({ name: `${value.replace(/\W+/g, "-")}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.7\n${label}\n%%EOF\n`) });
    await upload.getByRole("button", { name: "Upload" }).click();
    await page.locator(`option[value="${value}"]`, { hasText: "recorded" }).first().waitFor({ state: "attached" });
    count++;
  }
  for (const [value, label] of await outstanding(page.getByRole("region", { name: "Record an attestation" }))) {
    const attest = page.getByRole("region", { name: "Record an attestation" });
    await attest.getByLabel("Which item").selectOption(value);
    await attest.getByLabel("The attestation").fill(`${label}: confirmed for this trial.`);
    await attest.getByLabel("As of").fill(today());
    await attest.getByRole("button", { name: "Record it" }).click();
    await page.locator(`option[value="${value}"]`, { hasText: "recorded" }).first().waitFor({ state: "attached" });
    count++;
  }
  return count;
}

async function decide(page: Page, action: string, note: string) {
  const decide = page.getByRole("region", { name: "Decide" });
  await decide.getByLabel(action, { exact: true }).check();
  await decide.getByLabel("Note").fill(note);
  await decide.getByRole("button", { name: "Record the decision" }).click();
}

/** In the live trial the host site reports a safety incident; the leadership group resumes. */
async function incidentAndResume(sitePage: Page, page: Page, trialId: number) {
  await sitePage.goto(`/trials/${trialId}`);
  await sitePage.getByRole("heading", { name: "Live trial: what the gate needs" }).waitFor();
  await decide(sitePage, "Report a safety incident", "A fall at 3am raised no alert.");
  await sitePage.getByText("Safety incident reported: the trial is paused until the leadership group decides.").waitFor();
  await page.goto("/inbox");
  await page.getByText(/Safety incident: the trial of NightWatch/).first().waitFor();
  await page.goto(`/trials/${trialId}`);
  // Axe needs JavaScript, so it checks the live trial's page as the leadership group sees it.
  await expectNoSeriousAxeViolations(page);
  await decide(page, "Resume the trial", "The alert threshold is fixed and staff are briefed.");
  await page.getByText("The trial has resumed.").waitFor();
}

describeBrowser("a trial", () => {
  it("goes from a conversation on the match, through every gate and an incident, to adopted", async () => {
    const clinician = await sessionCookieFor("clinician", { organisationId: trust });
    const innovator = await sessionCookieFor("innovator", { organisationId: company });
    const leader = await sessionCookieFor("leadership");

    // The trust asks a question on the match, without JavaScript.
    const sitePage = await newPage(false, clinician.cookie);
    sitePage.setDefaultTimeout(10_000);
    await sitePage.goto(`/matches/${matchId}`);
    await sitePage.getByRole("heading", { level: 1, name: `NightWatch ${word} for Falls at night ${word}` }).waitFor();
    await sitePage.getByLabel("Write a message").fill("Could you run on two wards from January?");
    await sitePage.getByRole("button", { name: "Send" }).click();
    await sitePage.getByText("Message sent.").waitFor();

    // The company finds it from its matches, answers, and accepts.
    const companyPage = await newPage(true, innovator.cookie);
    companyPage.setDefaultTimeout(10_000);
    await companyPage.goto("/matches");
    await companyPage.getByRole("link", { name: new RegExp(`^Why they match, and messages.*NightWatch ${word}`) }).click();
    await companyPage.getByText("Could you run on two wards from January?").waitFor();
    await companyPage.getByRole("term").filter({ hasText: "Matched words" }).waitFor();
    await expectNoSeriousAxeViolations(companyPage);
    await companyPage.getByLabel("Write a message").fill("Yes: two sensors per bay.");
    await companyPage.getByRole("button", { name: "Send" }).click();
    await companyPage.getByText("Message sent.").waitFor();
    await companyPage.getByRole("button", { name: "Accept and start a trial" }).click();
    await companyPage.waitForURL(/\/trials\/\d+$/);
    await companyPage.getByText("Match accepted. The trial has started at triage.").waitFor();
    const trialId = serverDb().select().from(trials).where(eq(trials.matchId, matchId)).get()!.id;

    // The conversation carried over onto the trial.
    await companyPage.getByText("Yes: two sensors per bay.").waitFor();
    await companyPage.getByText(/on the match, before the trial/).first().waitFor();

    // The leadership group: approving too early is refused, with the reason on the page.
    const page = await newPage(true, leader.cookie);
    page.setDefaultTimeout(10_000);
    await page.goto(`/trials/${trialId}`);
    await page.getByRole("heading", { name: "Triage: what the gate needs" }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await decide(page, "Approve", "Looks like a fit.");
    await page.getByText(/cannot be approved while 2 required items are missing/).waitFor();
    const facts = page.getByRole("region", { name: "The trial's facts" });
    await facts.getByLabel("Service evaluation").check();
    await facts.getByLabel("Yes, within its UKCA or CE marked purpose").check();
    await page.getByRole("button", { name: "Record the facts" }).click();
    await page.getByText("The trial's facts are recorded: the checklist follows them.").waitFor();

    // Stage by stage: each side records its own items, then the leadership group approves.
    const passed: string[] = [];
    for (const next of ["Regulatory readiness", "Sandbox test", "Trial approval", "Live trial", "Evaluation", "Adoption"]) {
      let recorded = 0;
      for (const side of [page, companyPage, sitePage]) recorded += await recordOwnItems(side, trialId);
      expect(recorded, `items before ${next}`).toBeGreaterThan(0);
      if (next === "Evaluation") await incidentAndResume(sitePage, page, trialId);
      if (next === "Sandbox test") {
        // The company withdraws a document uploaded in error, then uploads it again.
        await companyPage.goto(`/trials/${trialId}`);
        await companyPage.getByText("Withdraw this record: Intended-purpose statement").click();
        await companyPage.getByLabel("Why it is withdrawn: Intended-purpose statement").fill("The wrong version of the file.");
        await companyPage.getByRole("button", { name: /^Withdraw the record.*Intended-purpose statement$/ }).click();
        await companyPage.getByText("Withdrawn: Intended-purpose statement. The item is missing again.").waitFor();
        expect(await recordOwnItems(companyPage, trialId)).toBe(1);
      }
      await page.goto(`/trials/${trialId}`);
      await decide(page, "Approve", `Every item is in; on to ${next.toLowerCase()}.`);
      await page.getByText(`Gate approved: the trial is now in ${next.toLowerCase()}.`).waitFor();
      await page.getByRole("heading", { name: `${next}: what the gate needs` }).waitFor();
      passed.push(next);
    }
    expect(passed).toHaveLength(6);

    // The last gate: once adoption's items are in, the leadership group adopts the product.
    for (const side of [page, companyPage, sitePage]) await recordOwnItems(side, trialId);
    await page.goto(`/trials/${trialId}`);
    await decide(page, "Approve", "The evaluation shows fewer falls; the region adopts it.");
    await page.getByText("Adopted: the trial is complete and the region adopts the product.").waitFor();
    expect(serverDb().select().from(trials).where(eq(trials.id, trialId)).get()).toMatchObject({ stage: "adoption", status: "adopted" });
    await expectNoSeriousAxeViolations(page);

    // Everyone sees the history and what the trial was; the host site was asked for its part.
    await sitePage.goto(`/trials/${trialId}`);
    await sitePage.getByRole("cell", { name: /Approve at trial approval → live trial/ }).waitFor();
    await sitePage.getByText("A medical device used within its UKCA or CE marked purpose").waitFor();
    await sitePage.goto("/inbox");
    await sitePage.getByText("Evidence requested").first().waitFor();
  }, 180_000);
});
