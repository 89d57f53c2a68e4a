import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/matches";
import { MatchCard, MatchesPage } from "~/components/match-card";
import { proposeChallengeSchema } from "~/forms/match";
import { labelOf, PLACES } from "~/domain/taxonomies";
import { requireUser } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { guardMatchPage, proposeMatch, suggestedChallenges } from "~/services/matches.server";
import { recordId } from "~/services/params.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Challenges that match: ${data?.product.name ?? "a product"} – Sweetspot` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  const { product, suggestions } = await suggestedChallenges(current.actor, recordId(params.productId));
  return { product: { id: product.id, name: product.name, status: product.status }, suggestions };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const productId = recordId(params.productId);
  guardMatchPage(current.actor, "product", productId);
  const submission = parseWithZod(await request.formData(), { schema: proposeChallengeSchema });
  if (submission.status !== "success") return data({ message: Object.values(submission.error ?? {}).flat()[0] ?? "Check the form and try again." }, { status: 400 });
  const result = await proposeMatch(current.actor, { productId, ...submission.value });
  if (!result.ok) return data({ message: result.message }, { status: 409 });
  return redirectWithFlash(request, `/products/${productId}/matches`, { message: "Match proposed. The challenge's owner has been told.", kind: "success" });
}

export default function ProductMatches({ loaderData }: Route.ComponentProps) {
  const { product, suggestions } = loaderData;
  const problem = useActionData<typeof action>();
  return (
    <MatchesPage
      caption={{ to: `/products/${product.id}`, text: product.name }}
      heading="Challenges this product could meet"
      intro="Ranked by how well each published challenge fits: the words both use, shared clinical areas and care settings, the challenge's must-haves, and how ready the product is."
      problem={problem}
      suggestions={suggestions}
      emptyText={suggestions.available && suggestions.matches.length === 0 ? "No published challenge matches this product yet." : null}
    >
      {suggestions.available
        ? suggestions.matches.map((m) => (
            <MatchCard
              key={m.record.id}
              href={`/challenges/${m.record.id}`}
              title={m.record.title}
              byline={`${m.record.organisationName} · ${labelOf(PLACES, m.record.place)}`}
              score={m.score}
              reasons={m.reasons}
              proposal={m.proposal}
              propose={m.mayPropose ? { name: "challengeId", value: m.record.id } : null}
            />
          ))
        : null}
    </MatchesPage>
  );
}
