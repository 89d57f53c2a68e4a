import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, useActionData } from "react-router";
import type { Route } from "./+types/detail";
import { ErrorSummary, TextareaField } from "~/components/form";
import { MatchReasonList, MatchStatusTag } from "~/components/match-card";
import { MessageThread } from "~/components/message-thread";
import { formatDate } from "~/components/record-bits";
import { matchMessageList, postMatchMessage } from "~/services/messages.server";
import { messageSchema, respondSchema } from "~/forms/trial";
import { requirePermission } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { acceptMatch, declineMatch, matchPage } from "~/services/match-responses.server";
import { recordId } from "~/services/params.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data ? `Match: ${data.match.productName} for ${data.match.challengeTitle}` : "Match"} – Sweetspot` }];
}

export function loader({ request, params }: Route.LoaderArgs) {
  const current = requirePermission(request, "match:list");
  const matchId = recordId(params.matchId);
  return { ...matchPage(current.actor, matchId), messages: matchMessageList(matchId) };
}

type FormName = "message" | "respond";

export async function action({ request, params }: Route.ActionArgs) {
  const current = requirePermission(request, "match:list");
  const matchId = recordId(params.matchId);
  // Anyone who may not see the match learns nothing more, whatever they send.
  matchPage(current.actor, matchId);
  const formData = await request.formData();
  const back = `/matches/${matchId}`;
  if (formData.get("intent") === "message") {
    const submission = parseWithZod(formData, { schema: messageSchema });
    if (submission.status !== "success") return data({ form: "message" as FormName, result: submission.reply() }, { status: 400 });
    postMatchMessage(current.actor, matchId, submission.value.body);
    return redirectWithFlash(request, `${back}#messages`, { message: "Message sent.", kind: "success" });
  }
  formData.set("matchId", String(matchId));
  const submission = parseWithZod(formData, { schema: respondSchema });
  if (submission.status !== "success") return data({ form: "respond" as FormName, result: submission.reply() }, { status: 400 });
  if (submission.value.decision === "accept") {
    const { trialId } = acceptMatch(current.actor, matchId);
    return redirectWithFlash(request, `/trials/${trialId}`, { message: "Match accepted. The trial has started at triage.", kind: "success" });
  }
  declineMatch(current.actor, matchId, submission.value.reason);
  return redirectWithFlash(request, back, { message: "Match declined. The proposer has been told why.", kind: "success" });
}

type ActionResult = { form: FormName; result: SubmissionResult<string[]> } | undefined;

export default function MatchDetail({ loaderData }: Route.ComponentProps) {
  const { match: m, mayRespond, mayMessage, messages } = loaderData;
  const actionData = useActionData<typeof action>() as ActionResult;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">Match</span>
        <h1>
          {m.productName} for {m.challengeTitle}
        </h1>
        <p>
          <MatchStatusTag status={m.status} /> Score {m.score} out of 100
        </p>
        <p className="nhsuk-body-s">
          Proposed by {m.proposedByUs ? "your organisation" : m.proposerName} on {formatDate(m.createdAt)}. The challenge is from{" "}
          <Link to={`/challenges/${m.challengeId}`}>{m.challengeOrganisationName}</Link>; the product from{" "}
          <Link to={`/products/${m.productId}`}>{m.productOrganisationName}</Link>.
        </p>
        {m.message ? (
          <div className="nhsuk-inset-text">
            <p className="app-message-body">{m.message}</p>
          </div>
        ) : null}
        <h2>Why they match</h2>
        <p className="nhsuk-body-s">As the proposer saw it when they proposed the match.</p>
        <MatchReasonList reasons={m.reasons} />
        {m.status === "declined" && m.declineReason ? (
          <p>
            <strong>Declined:</strong> {m.declineReason}
          </p>
        ) : null}
        {m.trialId ? (
          <p>
            <Link to={`/trials/${m.trialId}`}>Go to the trial</Link>
          </p>
        ) : null}
        {mayRespond ? <Respond lastResult={actionData?.form === "respond" ? actionData.result : undefined} /> : null}
        {m.status === "proposed" && !mayRespond ? (
          <p>{m.proposedByUs ? "Waiting for the other side to accept or decline." : "Waiting for an answer from the side it was proposed to."}</p>
        ) : null}
        <MessageThread
          messages={messages}
          mayMessage={mayMessage}
          lastResult={actionData?.form === "message" ? actionData.result : undefined}
          audience="Both organisations and the leadership group see it. Once the match is accepted, the conversation carries on on the trial."
        />
      </div>
    </div>
  );
}

function Respond({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "respond", lastResult, shouldValidate: "onSubmit" });
  return (
    <section aria-labelledby="respond-heading">
      <h2 id="respond-heading">Your answer</h2>
      <p>Accepting starts a trial at triage, with the challenge’s organisation as its host site. Declining tells the proposer your reason.</p>
      <Form method="post">
        <button className="nhsuk-button" type="submit" name="decision" value="accept">
          Accept and start a trial
        </button>
      </Form>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <TextareaField field={fields.reason} label="Reason for declining" rows={3} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="decision" value="decline">
          Decline
        </button>
      </Form>
    </section>
  );
}
