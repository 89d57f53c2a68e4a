// The adapter's HTTP transport: node:http with keep-alive and no Nagle delay. The client's
// default (the built-in fetch) stalled about 40 ms on every response over ~1.5 KB here,
// which is most of a match's budget; this transport answers in a few milliseconds.
import { setMaxListeners } from "node:events";
import http from "node:http";
import { MeilisearchApiError } from "meilisearch";

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

/** A Meilisearch `httpClient`: resolves with the parsed body, rejects as the client would. */
export function nodeHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = input instanceof Request ? new URL(input.url) : new URL(input);
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    // The client marks its own timeout by aborting with a sentinel reason; pass it on as is.
    if (signal?.aborted) return reject(signal.reason);
    // Waiting for a task polls many times under one signal, and the client leaves a listener
    // on it per poll until the wait ends; that is bounded, not a leak, so do not warn.
    if (signal) setMaxListeners(0, signal);
    const request = http.request(url, { method: init.method ?? "GET", headers: Object.fromEntries(new Headers(init.headers)), agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        signal?.removeEventListener("abort", onAbort);
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = text === "" ? undefined : JSON.parse(text);
        } catch (error) {
          return reject(error);
        }
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(body);
        const asResponse = new Response(text === "" ? null : text, { status, statusText: response.statusMessage });
        reject(new MeilisearchApiError(asResponse, body as ConstructorParameters<typeof MeilisearchApiError>[1]));
      });
    });
    const onAbort = () => {
      request.destroy();
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    request.setNoDelay(true);
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    request.end(typeof init.body === "string" ? init.body : undefined);
  });
}
