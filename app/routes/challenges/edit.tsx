import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/edit";
import { CHALLENGE_FORM_ID, ChallengeForm } from "~/components/challenge-form";
import { SimilarChallenges } from "~/components/similar-challenges";
import { challengeIntent, challengeSchema } from "~/forms/challenge";
import { can } from "~/domain/permissions";
import { requireUser } from "~/services/auth/current-user.server";
import { loadVisibleChallenge, updateChallenge } from "~/services/challenges.server";
import { similarChallengeList } from "~/services/matches.server";
import { forbidden } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { recordId } from "~/services/params.server";

export function meta() {
  return [{ title: "Edit a challenge – Sweetspot" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  const challenge = loadVisibleChallenge(current.actor, recordId(params.challengeId));
  if (!can(current.actor, "challenge:edit", challenge)) forbidden("Only the organisation that posted this challenge can change it.");
  const { id, status, triageNote, organisationId, createdById, createdAt, updatedAt, submittedAt, publishedAt, key, ...values } = challenge;
  return {
    id,
    status,
    triageNote,
    canSubmit: status === "draft" && can(current.actor, "challenge:submit", challenge),
    // While it is a draft, the panel beside the form shows published challenges like it.
    similar: status === "draft" ? await similarChallengeList(challenge, challenge.id) : null,
    values: { ...values, closingDate: values.closingDate ?? undefined, peopleAffectedPerYear: values.peopleAffectedPerYear ?? undefined },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const id = recordId(params.challengeId);
  const challenge = loadVisibleChallenge(current.actor, id);
  if (!can(current.actor, "challenge:edit", challenge)) forbidden("Only the organisation that posted this challenge can change it.");
  const formData = await request.formData();
  const intent = challengeIntent(formData);
  // Once a challenge has left draft, every save must keep it complete, whichever button was used.
  const rules = intent === "submit" || challenge.status !== "draft" ? "submit" : "draft";
  const submission = parseWithZod(formData, { schema: challengeSchema(rules) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = updateChallenge(current.actor, id, submission.value, intent);
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: 403 });
  return redirectWithFlash(request, `/challenges/${id}`, {
    message: result.status === "submitted" && intent === "submit" ? "Challenge submitted for triage." : "Changes saved.",
    kind: "success",
  });
}

export default function EditChallenge({ loaderData }: Route.ComponentProps) {
  const lastResult = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Edit the challenge</h1>
        {loaderData.triageNote ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Returned by the leadership group
              </span>
            </h2>
            <p>{loaderData.triageNote}</p>
          </div>
        ) : null}
        {loaderData.status === "published" ? <p>This challenge is published: your changes show straight away.</p> : null}
        <ChallengeForm
          lastResult={lastResult} defaultValue={loaderData.values} canSubmit={loaderData.canSubmit}
          saveLabel={loaderData.status === "draft" ? "Save as draft" : "Save changes"}
        />
      </div>
      {loaderData.status === "draft" ? (
        <div className="nhsuk-grid-column-one-third">
          <SimilarChallenges formId={CHALLENGE_FORM_ID} initial={loaderData.similar} excludeId={loaderData.id} />
        </div>
      ) : null}
    </div>
  );
}
