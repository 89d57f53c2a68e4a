// `npm run mail:digest`: sends the weekly digest now to everyone who chose it and has
// notifications not yet emailed, whether or not a week has passed. The server's worker sends
// them on its own when they are due; this is for running one by hand.
import { resolve } from "node:path";
import { ConfigError, parseConfig } from "../app/config.server";

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`sweetspot: cannot send digests.\n${error.message}`);
  process.exit(1);
}
process.env.DATABASE_PATH = resolve(config.DATABASE_PATH);
process.env.DATA_DIR = resolve(config.DATA_DIR);

const { getDb } = await import("../db/client.server");
const { migrateDatabase } = await import("../db/migrate");
const { mailTransportFromConfig } = await import("../app/services/mail.server");
const { sendWeeklyDigests } = await import("../app/services/notification-emails.server");

const db = getDb();
migrateDatabase(db);
const transport = mailTransportFromConfig(config);
// The server's worker holds the mail lease only while it sends: wait for it, briefly.
for (let attempt = 1; ; attempt++) {
  const report = await sendWeeklyDigests({ db, transport, all: true });
  if (report.leased || attempt === 30) {
    if (!report.leased) console.error("sweetspot: another process kept sending emails for 30 s; try again later.");
    else console.log(`sweetspot: ${report.sent} digests sent (${transport.description})${report.refused ? `, ${report.refused} refused` : ""}.`);
    if (report.error) console.error(`sweetspot: sending stopped: ${report.error}`);
    process.exitCode = report.leased && !report.error ? 0 : 1;
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
db.$client.close();
