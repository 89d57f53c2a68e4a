// From a proposed match to a trial past its first gate, in a real browser: the company
// accepts, the leadership group records the triage evidence and approves, the company
// uploads its first regulatory document. Checked with axe on the trial page.
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { matches, trials } from "../../db/schema";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";

const newPage = useBrowser();
const word = stamp();
let company: number;
let matchId: number;

beforeAll(async () => {
  const db = serverDb();
  const trust = createOrganisation({ kind: "nhs_trust" }, db).id;
  company = createOrganisation({ kind: "company" }, db).id;
  const challenge = createChallenge(trust, { title: `Falls at night ${word}` }, db).id;
  const product = createProduct(company, { name: `NightWatch ${word}` }, db).id;
  const { user } = await sessionCookieFor("clinician", { organisationId: trust });
  matchId = db
    .insert(matches)
    .values({ challengeId: challenge, productId: product, proposedByOrganisationId: trust, proposedById: user.id, score: 82, reasons: { text: "shares: frailty and falls" } as never })
    .returning()
    .get().id;
});

describeBrowser("a trial", () => {
  it("goes from an accepted match through triage to its first uploaded document", async () => {
    const innovator = await sessionCookieFor("innovator", { organisationId: company });
    const leader = await sessionCookieFor("leadership");

    // The company accepts the trust's proposal, without JavaScript.
    const companyPage = await newPage(false, innovator.cookie);
    companyPage.setDefaultTimeout(10_000);
    await companyPage.goto("/matches");
    await companyPage.getByRole("listitem").filter({ hasText: `NightWatch ${word}` }).getByRole("button", { name: "Accept and start a trial" }).click();
    await companyPage.waitForURL(/\/trials\/\d+$/);
    await companyPage.getByText("Match accepted. The trial has started at triage.").waitFor();
    const trialId = serverDb().select().from(trials).where(eq(trials.matchId, matchId)).get()!.id;
    expect(companyPage.url()).toMatch(new RegExp(`/trials/${trialId}$`));

    // The leadership group records the triage evidence and approves the gate.
    const page = await newPage(true, leader.cookie);
    page.setDefaultTimeout(10_000);
    await page.goto(`/trials/${trialId}`);
    await page.getByRole("heading", { name: "Triage: what the gate needs" }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Approving too early is refused, with the reason on the page.
    const decide = page.getByRole("region", { name: "Decide" });
    await decide.getByLabel("Approve", { exact: true }).check();
    await decide.getByLabel("Note").fill("Looks like a fit.");
    await decide.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText(/cannot be approved while 2 required items are missing/).waitFor();

    for (const [item, text] of [
      ["Fit summary", "Falls are a West Yorkshire priority and the sensor fits."],
      ["Inequalities impact", "Care homes in deprived areas gain most."],
    ]) {
      const attest = page.getByRole("region", { name: "Record an attestation" });
      await attest.getByLabel("Which item").selectOption({ label: item });
      await attest.getByLabel("The attestation").fill(text);
      await attest.getByLabel("As of").fill(new Date().toISOString().slice(0, 10));
      await attest.getByRole("button", { name: "Record it" }).click();
      await page.getByText(`Recorded: ${item}.`).waitFor();
    }
    await decide.getByLabel("Approve", { exact: true }).check();
    await decide.getByLabel("Note").fill("A regional priority and a plausible fit.");
    await decide.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText("Gate approved: the trial is now in regulatory readiness.").waitFor();
    await page.getByRole("heading", { name: "Regulatory readiness: what the gate needs" }).waitFor();

    // The company uploads its intended-purpose statement.
    await companyPage.goto(`/trials/${trialId}`);
    const upload = companyPage.getByRole("region", { name: "Upload a document" });
    await upload.getByLabel("Which item").selectOption({ label: "Intended-purpose statement" });
    await upload.getByLabel("The document").setInputFiles({ name: "intended-purpose.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nIntended purpose\n%%EOF\n") });
    await upload.getByRole("button", { name: "Upload" }).click();
    await companyPage.getByText("Uploaded: Intended-purpose statement.").waitFor();
    await companyPage.getByRole("link", { name: /intended-purpose\.pdf/ }).waitFor();

    // The leadership group sees it done, with who and when; axe runs where JavaScript does.
    await page.goto(`/trials/${trialId}`);
    await page.getByText(/recorded by Test innovator/).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
