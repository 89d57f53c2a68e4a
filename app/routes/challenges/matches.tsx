import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/matches";
import { MatchCard, MatchesPage } from "~/components/match-card";
import { proposeProductSchema } from "~/forms/match";
import { labelOf, TECHNOLOGY_TYPES } from "~/domain/taxonomies";
import { requireUser } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { guardMatchPage, proposeMatch, suggestedProducts } from "~/services/matches.server";
import { recordId } from "~/services/params.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Products that match: ${data?.challenge.title ?? "a challenge"} – Sweetspot` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  const { challenge, suggestions } = await suggestedProducts(current.actor, recordId(params.challengeId));
  return { challenge: { id: challenge.id, title: challenge.title, status: challenge.status }, suggestions };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const challengeId = recordId(params.challengeId);
  guardMatchPage(current.actor, "challenge", challengeId);
  const submission = parseWithZod(await request.formData(), { schema: proposeProductSchema });
  if (submission.status !== "success") return data({ message: Object.values(submission.error ?? {}).flat()[0] ?? "Check the form and try again." }, { status: 400 });
  const result = await proposeMatch(current.actor, { challengeId, ...submission.value });
  if (!result.ok) return data({ message: result.message }, { status: 409 });
  return redirectWithFlash(request, `/challenges/${challengeId}/matches`, { message: "Match proposed. The company has been told.", kind: "success" });
}

export default function ChallengeMatches({ loaderData }: Route.ComponentProps) {
  const { challenge, suggestions } = loaderData;
  const problem = useActionData<typeof action>();
  return (
    <MatchesPage
      caption={{ to: `/challenges/${challenge.id}`, text: challenge.title }}
      heading="Products that match this challenge"
      intro="Ranked by how well each published product fits: the words both use, shared clinical areas and care settings, the challenge's must-haves, and how ready the product is."
      problem={problem}
      suggestions={suggestions}
      emptyText={suggestions.available && suggestions.matches.length === 0 ? "No published product matches this challenge yet." : null}
    >
      {suggestions.available
        ? suggestions.matches.map((m) => (
            <MatchCard
              key={m.record.id}
              href={`/products/${m.record.id}`}
              title={m.record.name}
              byline={`${m.record.organisationName} · ${labelOf(TECHNOLOGY_TYPES, m.record.technologyType)}`}
              score={m.score}
              reasons={m.reasons}
              proposal={m.proposal}
              propose={m.mayPropose ? { name: "productId", value: m.record.id } : null}
            />
          ))
        : null}
    </MatchesPage>
  );
}
