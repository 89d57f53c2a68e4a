// Published challenges like the one being drafted, for the panel beside the form: the region
// should not post the same need twice. A resource route the panel fetches as the person types.
import { z } from "zod";
import type { Route } from "./+types/similar";
import { CARE_SETTINGS, CLINICAL_AREAS, slugs } from "~/domain/taxonomies";
import { requirePermission } from "~/services/auth/current-user.server";
import { similarChallengeList, type SimilarList } from "~/services/matches.server";

const text = (max: number) => z.string().max(max).catch("");
const querySchema = z.object({
  title: text(200),
  summary: text(600),
  problem: text(6000),
  desiredOutcomes: text(4000),
  clinicalAreas: z.array(z.enum(slugs(CLINICAL_AREAS))).catch([]),
  careSettings: z.array(z.enum(slugs(CARE_SETTINGS))).catch([]),
  exclude: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "challenge:create");
  const params = new URL(request.url).searchParams;
  const draft = querySchema.parse({
    ...Object.fromEntries(["title", "summary", "problem", "desiredOutcomes", "exclude"].map((k) => [k, params.get(k) ?? undefined])),
    clinicalAreas: params.getAll("clinicalAreas"),
    careSettings: params.getAll("careSettings"),
  });
  if (!draft.title.trim() && !draft.summary.trim()) return { available: true, matches: [] } satisfies SimilarList;
  return similarChallengeList(draft, draft.exclude);
}
