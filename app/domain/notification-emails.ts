// The words of notification emails: one notification as it happens, or a week's in a digest.
// Plain text, with links through the inbox so that opening one marks it read. Pure: no I/O.

export type EmailedNotification = { id: number; title: string; body: string; createdAt: Date };
export type EmailText = { subject: string; text: string };

/** Wraps a paragraph at `width` columns without breaking words (links stay whole), so the
 * message needs no transfer encoding when it is plain ASCII, and reads well as text. */
export function wrap(paragraph: string, width = 72, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

const day = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

function footer(site: string, preference: "immediate" | "weekly") {
  const now = preference === "immediate" ? "an email for each notification" : "a weekly digest of your notifications";
  const other = preference === "immediate" ? "a weekly digest instead" : "an email for each one instead";
  return ["--", ...wrap(`You get ${now} from Sweetspot. To get ${other}, change your email preference:`), `${site}/account`];
}

export function immediateEmail(name: string, n: EmailedNotification, site: string): EmailText {
  return {
    subject: n.title,
    text: [`Hello ${name},`, "", ...wrap(n.body), "", "Open it on Sweetspot:", `${site}/inbox/${n.id}`, "", ...footer(site, "immediate"), ""].join("\n"),
  };
}

export function digestEmail(name: string, ns: readonly EmailedNotification[], site: string): EmailText {
  const items = ns.flatMap((n, i) => [
    ...wrap(`${i + 1}. ${n.title} (${day(n.createdAt)})`),
    ...wrap(n.body, 72, "   "),
    `   ${site}/inbox/${n.id}`,
    "",
  ]);
  return {
    subject: `Your Sweetspot weekly digest: ${ns.length} ${ns.length === 1 ? "notification" : "notifications"}`,
    text: [
      `Hello ${name},`,
      "",
      "Here is what you have not yet seen on Sweetspot.",
      "",
      ...items,
      "All your notifications:",
      `${site}/inbox`,
      "",
      ...footer(site, "weekly"),
      "",
    ].join("\n"),
  };
}
