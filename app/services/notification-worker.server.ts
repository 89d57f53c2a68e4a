// The server's background work for notifications, every few seconds: overdue gate decisions
// told to the leadership group (once per trial and stage), match alerts for what was just
// published, then emails (immediate ones, and digests that are due). Each part backs
// off on its own when its outside service (search, mail) fails, and picks up where it stopped.
import type { SearchEngine } from "../../search/port";
import { announceNewlyPublished } from "./match-alerts.server";
import { mailTransportFromConfig, type MailTransport } from "./mail.server";
import { RefusedRecipients, sendImmediateEmails, sendWeeklyDigests } from "./notification-emails.server";
import { getSearchEngine } from "./search.server";
import { notifyOverdueGates } from "./trial-setup.server";

export const TICK_MS = 10_000;
const BACKOFF_CAP_MS = 5 * 60_000;

/** Skips a part of the work after failures: 10 s, 20 s, 40 s … at most five minutes. */
class Backoff {
  private failures = 0;
  private until = 0;
  ready(now: number) {
    return now >= this.until;
  }
  failed(now: number) {
    this.failures++;
    this.until = now + Math.min(TICK_MS * 2 ** (this.failures - 1), BACKOFF_CAP_MS);
    return this.until - now;
  }
  succeeded() {
    this.failures = 0;
    this.until = 0;
  }
}

export type WorkerOptions = {
  transport?: MailTransport;
  engine?: () => SearchEngine | null;
  intervalMs?: number;
  log?: (message: string) => void;
};

export function startNotificationWorker(options: WorkerOptions = {}) {
  const transport = options.transport ?? mailTransportFromConfig();
  const engine = options.engine ?? getSearchEngine;
  const log = options.log ?? ((m: string) => console.error(`sweetspot: ${m}`));
  const alerts = new Backoff();
  const mail = new Backoff();
  const overdue = new Backoff();
  const refusals = new RefusedRecipients();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Runs one part unless it is backing off; a problem (returned or thrown) backs it off. */
  async function part(name: string, backoff: Backoff, work: () => Promise<string | null>) {
    if (!backoff.ready(Date.now())) return;
    let problem: string | null;
    try {
      problem = await work();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem === null) backoff.succeeded();
    else if (!stopped) log(`${name} wait (${problem}); next try in ${backoff.failed(Date.now()) / 1000} s`);
  }

  async function tick() {
    await part("overdue gates", overdue, async () => {
      notifyOverdueGates();
      return null;
    });
    await part("match alerts", alerts, async () => {
      const run = await announceNewlyPublished({ engine: engine() });
      return run.waiting === "search" ? "search is unavailable" : null;
    });
    await part("emails", mail, async () => {
      const immediate = await sendImmediateEmails({ transport, refusals });
      const digests = immediate.error ? immediate : await sendWeeklyDigests({ transport, refusals });
      return digests.error === null ? null : `${transport.description}: ${digests.error}`;
    });
  }

  function schedule() {
    timer = setTimeout(() => {
      running = tick().finally(() => {
        if (!stopped) schedule();
      });
    }, options.intervalMs ?? TICK_MS);
    timer.unref();
  }
  schedule();

  return {
    description: transport.description,
    /** Stops the timer and waits for the run in progress, if any. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
