// GET /export/challenges.csv: the challenge list, filtered as in its URL, as a CSV download.
import type { Route } from "./+types/challenges-csv";
import { parseChallengeFilters } from "~/forms/filters";
import { requirePermission } from "~/services/auth/current-user.server";
import { csvResponse, exportChallenges } from "~/services/export.server";

export function loader({ request }: Route.LoaderArgs) {
  const { actor } = requirePermission(request, "pipeline:export");
  const filters = parseChallengeFilters(new URL(request.url).searchParams);
  return csvResponse(exportChallenges(actor, filters));
}
