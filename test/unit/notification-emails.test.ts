import { describe, expect, it } from "vitest";
import { digestEmail, immediateEmail, wrap } from "../../app/domain/notification-emails";

const SITE = "https://sweetspot.example.org";
const n = (id: number, title: string, body = "Shares: frailty and falls, social care; matched: falls, radar. Match score 82 out of 100.") => ({
  id,
  title,
  body,
  createdAt: new Date("2026-03-02T09:00:00Z"),
});

describe("notification emails", () => {
  it("wraps at 72 columns without breaking words or links", () => {
    const long = `${"word ".repeat(40)}${SITE}/a/very/long/path/that/should/never/be/broken/in/the/middle/at/all`;
    const lines = wrap(long);
    expect(lines.slice(0, -1).every((l) => l.length <= 72)).toBe(true);
    expect(lines.at(-1)).toBe(`${SITE}/a/very/long/path/that/should/never/be/broken/in/the/middle/at/all`);
    expect(wrap("a b", 72, "   ")).toEqual(["   a b"]);
  });

  it("says one notification, links to it through the inbox, and says how to switch to a digest", () => {
    const email = immediateEmail("Asha", n(12, "A new challenge matches your product NightWatch"), SITE);
    expect(email.subject).toBe("A new challenge matches your product NightWatch");
    expect(email.text).toContain("Hello Asha,");
    expect(email.text).toContain(`${SITE}/inbox/12\n`);
    expect(email.text.replace(/\s+/g, " ")).toContain("To get a weekly digest instead, change your email preference:");
    expect(email.text).toContain(`${SITE}/account`);
  });

  it("lists a week's notifications in a digest, numbered and dated", () => {
    const email = digestEmail("Asha", [n(1, "First"), n(2, "Second")], SITE);
    expect(email.subject).toBe("Your Sweetspot weekly digest: 2 notifications");
    expect(email.text).toMatch(/^1\. First \(2 March 2026\)$/m);
    expect(email.text).toMatch(/^2\. Second \(2 March 2026\)$/m);
    expect(email.text).toContain(`   ${SITE}/inbox/2\n`);
    expect(email.text.replace(/\s+/g, " ")).toContain("To get an email for each one instead");
    expect(digestEmail("Asha", [n(1, "Only")], SITE).subject).toBe("Your Sweetspot weekly digest: 1 notification");
  });
});
