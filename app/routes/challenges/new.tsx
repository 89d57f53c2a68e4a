import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/new";
import { CHALLENGE_FORM_ID, ChallengeForm } from "~/components/challenge-form";
import { SimilarChallenges } from "~/components/similar-challenges";
import { challengeIntent, challengeSchema } from "~/forms/challenge";
import { requirePermission } from "~/services/auth/current-user.server";
import { createChallenge } from "~/services/challenges.server";
import { redirectWithFlash } from "~/services/flash.server";

export function meta() {
  return [{ title: "Post a challenge – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "challenge:create");
  return { canSubmit: current.actor.organisationVerified, place: current.organisation.place, organisationName: current.organisation.name };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "challenge:create");
  const formData = await request.formData();
  const intent = challengeIntent(formData);
  const submission = parseWithZod(formData, { schema: challengeSchema(intent) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = createChallenge(current.actor, submission.value, intent);
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: 403 });
  return redirectWithFlash(request, `/challenges/${result.id}`, {
    message: result.status === "submitted" ? "Challenge submitted. The leadership group will triage it within 7 days." : "Draft saved.",
    kind: "success",
  });
}

export default function NewChallenge({ loaderData }: Route.ComponentProps) {
  const lastResult = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">{loaderData.organisationName}</span>
        <h1>Post a challenge</h1>
        <p>
          Describe an unmet need. Save it as a draft at any time; when you submit it, the leadership group checks it
          within 7 days and publishes it for companies to see.
        </p>
        <ChallengeForm lastResult={lastResult} defaultValue={{ place: loaderData.place }} canSubmit={loaderData.canSubmit} />
      </div>
      <div className="nhsuk-grid-column-one-third">
        <SimilarChallenges formId={CHALLENGE_FORM_ID} initial={null} />
      </div>
    </div>
  );
}
