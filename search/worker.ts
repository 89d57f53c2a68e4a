// The server's outbox worker: pushes soon after each write, wakes when the next back-off
// ends, and polls in case another process (an import, say) wrote to the outbox.
import type { Db } from "../db/client.server";
import { nextDueAt, onOutboxWrite } from "./outbox";
import type { SearchEngine } from "./port";
import { syncOutbox } from "./sync";

export type OutboxWorker = {
  /** Pushes now (or right after the push in progress). */
  wake(): void;
  /** Resolves once nothing is in progress; for tests. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type WorkerOptions = {
  db: Db;
  pollMs?: number;
  /** Writes made within this long of each other go in one push. */
  debounceMs?: number;
  log?: (message: string) => void;
};

export function startOutboxWorker(engine: SearchEngine, options: WorkerOptions): OutboxWorker {
  const { db, pollMs = 5000, debounceMs = 25 } = options;
  const log = options.log ?? ((message: string) => console.log(`sweetspot: ${message}`));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let running: Promise<void> | null = null;
  let again = false;
  let configured = false;
  let problem: string | null = null;

  // Only ever brings the next run forward, so a stream of writes cannot postpone it forever.
  function schedule(ms: number) {
    if (stopped) return;
    const at = Date.now() + Math.max(0, ms);
    if (timer && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(kick, at - Date.now());
    timer.unref();
  }

  function kick() {
    clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch((error: unknown) => {
        // A database error, say: report it and try again at the next poll.
        note(error instanceof Error ? error.message : String(error));
        schedule(pollMs);
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  // Pushing before the settings exist would create indexes that cannot be filtered.
  const beforePush = async () => {
    if (configured) return;
    await engine.configure();
    configured = true;
  };

  async function run() {
    try {
      const report = await syncOutbox(engine, { db, beforePush });
      if (report.leased) note(report.error);
    } catch (error) {
      if (stopped) return;
      note(error instanceof Error ? error.message : String(error));
    }
    if (stopped) return;
    const due = nextDueAt(db);
    schedule(due ? Math.min(pollMs, due.getTime() - Date.now()) : pollMs);
  }

  function note(error: string | null) {
    if (error === problem) return;
    log(error ? `search index not updated, writes wait in the outbox: ${error}` : "search index caught up");
    problem = error;
  }

  const unsubscribe = onOutboxWrite(() => schedule(debounceMs));
  schedule(0);

  return {
    wake: () => schedule(0),
    idle: async () => {
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      // A push stuck on a dead engine must not hold up shutdown; its lease then expires.
      await Promise.race([running?.catch(() => {}), new Promise((r) => setTimeout(r, 3000).unref())]);
    },
  };
}
