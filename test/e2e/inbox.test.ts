// The inbox and the email preference in a real browser, with JavaScript on and off: the header
// counts what is unread, opening a notification marks it read and goes to its record, "Mark all
// as read" and the email preference are plain forms. With JavaScript on, axe checks each page.
import type { Page } from "playwright-core";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { notifications, users } from "../../db/schema";
import { notify } from "../../app/services/notifications.server";
import { describeBrowser, expectNoSeriousAxeViolations, serverDb, sessionCookieFor, stamp, useBrowser } from "../support/e2e";
import { createOrganisation } from "../support/factories";
import { createChallenge } from "../support/records";

const newPage = useBrowser();
const flash = (page: Page, message: string) => page.getByRole("status").getByText(message).waitFor();
const inboxLink = (page: Page) => page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /^Inbox/ });

describeBrowser.each([
  { mode: "with JavaScript", javaScriptEnabled: true },
  { mode: "without JavaScript", javaScriptEnabled: false },
])("the inbox, $mode", ({ javaScriptEnabled }) => {
  const axe = async (page: Page) => {
    if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);
  };

  it("counts, opens and marks notifications read", async () => {
    const { user, cookie } = await sessionCookieFor("innovator");
    const challenge = createChallenge(createOrganisation({}, serverDb()).id, { title: `Falls at night ${stamp()}` }, serverDb());
    serverDb().transaction((tx) => {
      for (const title of ["A new challenge matches your product NightWatch", "A new challenge matches your product DayWatch", "A third one"]) {
        notify(tx, { userIds: [user.id], kind: "new-challenge-match", title, body: "Shares: frailty and falls.", link: `/challenges/${challenge.id}` });
      }
    });
    const page = await newPage(javaScriptEnabled, cookie);

    await page.goto("/");
    expect(await inboxLink(page).textContent()).toBe("Inbox (3) unread notifications");
    await inboxLink(page).click();
    await page.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await axe(page);
    expect(await page.getByText("Unread", { exact: true }).count()).toBe(3);

    await page.getByRole("link", { name: "A new challenge matches your product NightWatch" }).click();
    await page.getByRole("heading", { level: 1, name: challenge.title }).waitFor();
    expect(await inboxLink(page).textContent()).toBe("Inbox (2) unread notifications");

    await page.goto("/inbox");
    // The title is visually hidden; the browser puts a space before it.
    await page.getByRole("button", { name: /^Mark as read\s*: A third one$/ }).click();
    await flash(page, "Notification marked as read.");
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await flash(page, "1 notification marked as read.");
    expect(await inboxLink(page).textContent()).toBe("Inbox");
    expect(await page.getByText("Unread", { exact: true }).count()).toBe(0);
    await axe(page);
    const unread = serverDb().select().from(notifications).where(eq(notifications.userId, user.id)).all().filter((n) => !n.readAt);
    expect(unread).toEqual([]);
  });

  it("chooses a weekly digest on the account page", async () => {
    const { user, cookie } = await sessionCookieFor("clinician");
    const page = await newPage(javaScriptEnabled, cookie);
    await page.goto("/account");
    const choice = page.getByRole("group", { name: "Emails about your notifications" });
    expect(await choice.getByLabel("An email for each notification, as it happens").isChecked()).toBe(true);
    await choice.getByLabel("One email a week listing what you have not yet seen").check();
    await page.getByRole("button", { name: "Save email preference" }).click();
    await flash(page, "You will get a weekly digest of your notifications.");
    await axe(page);
    expect(serverDb().select().from(users).where(eq(users.id, user.id)).get()!.emailPreference).toBe("weekly");
  });
});
