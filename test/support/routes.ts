// Calls route loaders and actions the way the server does, and reads back what a browser
// would receive: the status, the headers and the data.
import type { AppLoadContext } from "react-router";

const ORIGIN = "http://localhost:3000";

type RouteFn = (args: any) => unknown;

export type RouteResult = { status: number; headers: Headers; data: any; location: string | null };

export function getRequest(path: string, cookie?: string) {
  return new Request(`${ORIGIN}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) body.append(k, item);
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "Sec-Fetch-Site": "same-origin",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

export async function call(
  fn: RouteFn,
  request: Request,
  { params = {}, context = { clientAddress: "203.0.113.1" } }: { params?: Record<string, string>; context?: AppLoadContext } = {},
): Promise<RouteResult> {
  let outcome: unknown;
  try {
    outcome = await fn({ request, params, context });
  } catch (thrown) {
    outcome = thrown;
  }
  if (outcome instanceof Response) {
    const text = await outcome.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {}
    return { status: outcome.status, headers: outcome.headers, data, location: outcome.headers.get("Location") };
  }
  // `data(value, init)` and thrown `data(...)` results.
  if (outcome && typeof outcome === "object" && (outcome as any).type === "DataWithResponseInit") {
    const { data, init } = outcome as { data: unknown; init?: ResponseInit };
    const headers = new Headers(init?.headers);
    return { status: init?.status ?? 200, headers, data, location: headers.get("Location") };
  }
  if (outcome instanceof Error) throw outcome;
  return { status: 200, headers: new Headers(), data: outcome, location: null };
}

/** The Cookie header value to send next, from a response's Set-Cookie headers. */
export function cookieFrom(result: RouteResult, name = "sweetspot_session"): string | null {
  for (const header of result.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [k, ...v] = pair.split("=");
    if (k.trim() === name) return `${name}=${v.join("=")}`;
  }
  return null;
}

/** Conform's reply: the field errors a person would see beside each field. */
export function fieldErrors(result: RouteResult): Record<string, string[]> {
  return result.data?.error ?? {};
}

export type UploadFile = { name: string; type?: string; bytes: Uint8Array<ArrayBuffer> | string };

/** A multipart form POST, as a browser sends a form with a file input. */
export function multipartRequest(path: string, fields: Record<string, string>, file: UploadFile | null, cookie?: string, headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (file) body.append("file", new File([file.bytes], file.name, { type: file.type ?? "application/octet-stream" }));
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, "Sec-Fetch-Site": "same-origin", ...(cookie ? { Cookie: cookie } : {}), ...headers },
  });
}
