import type { Route } from "./+types/evidence-download";
import { requireUser } from "~/services/auth/current-user.server";
import { evidenceDownload } from "~/services/evidence.server";
import { recordId } from "~/services/params.server";

// A trial's document, as a download, for the trial's two sides and the leadership group only.
export async function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  try {
    return await evidenceDownload(current.actor, recordId(params.trialId), recordId(params.evidenceId));
  } catch (thrown) {
    // A resource route has no error page of its own: answer a refused download as a page, not JSON.
    const status = (thrown as { init?: { status?: number } })?.init?.status;
    if (status === 404) return notFoundPage();
    throw thrown;
  }
}

function notFoundPage() {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found – Sweetspot</title></head>
<body><main><h1>Page not found</h1><p>We could not find that document. <a href="/trials">Go to your trials</a>.</p></main></body></html>`;
  return new Response(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
