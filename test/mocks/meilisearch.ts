// Faults for the real Meilisearch: each handler answers every request to `host` itself, so
// the engine looks broken while it is in use. Requests no handler takes go through untouched.
import { delay, http, HttpResponse } from "msw";

/** Every request answered with a 500, as an engine that has fallen over behind a proxy does. */
export const serverErrors = (host: string) =>
  http.all(`${host}/*`, () =>
    HttpResponse.json({ message: "internal error (injected)", code: "internal", type: "internal", link: "" }, { status: 500 }),
  );

/** Every request left hanging for `ms`, longer than the client waits. */
export const hangs = (host: string, ms: number) =>
  http.all(`${host}/*`, async () => {
    await delay(ms);
    return HttpResponse.json({ message: "too late" }, { status: 503 });
  });
