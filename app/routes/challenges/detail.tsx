import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, useActionData } from "react-router";
import type { Route } from "./+types/detail";
import { History, Paragraphs, StatusTag, SummaryList, TagList, formatDate } from "~/components/record-bits";
import { triageSchema } from "~/forms/challenge";
import { can } from "~/domain/permissions";
import { CARE_SETTINGS, CHALLENGE_STATUSES, CLINICAL_AREAS, labelOf, MUST_HAVES, PLACES } from "~/domain/taxonomies";
import { getCurrentUser, requireUser } from "~/services/auth/current-user.server";
import { closeChallenge, getChallengeWithOwner, triageChallenge } from "~/services/challenges.server";
import { badRequest } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { getHistory } from "~/services/history.server";
import { recordId } from "~/services/params.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.challenge.title ?? "Challenge"} – Sweetspot` }];
}

export function loader({ request, params }: Route.LoaderArgs) {
  const actor = getCurrentUser(request)?.actor ?? null;
  const { challenge, owner } = getChallengeWithOwner(actor, recordId(params.challengeId));
  return {
    challenge,
    owner,
    history: can(actor, "challenge:history", challenge) ? getHistory("challenge", challenge.id) : null,
    may: {
      seeMatches: can(actor, "match:suggestions"),
      edit: can(actor, "challenge:edit", challenge),
      close: can(actor, "challenge:close", challenge),
      triage: can(actor, "challenge:triage", challenge),
      seeTriageNote: can(actor, "challenge:history", challenge),
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const id = recordId(params.challengeId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "close") {
    closeChallenge(current.actor, id);
    return redirectWithFlash(request, `/challenges/${id}`, { message: "Challenge closed.", kind: "success" });
  }
  if (intent !== "triage") badRequest();
  const submission = parseWithZod(formData, { schema: triageSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  triageChallenge(current.actor, id, input.decision, input.note);
  return redirectWithFlash(request, input.decision === "publish" ? `/challenges/${id}` : "/triage", {
    message: input.decision === "publish" ? "Challenge published." : "Challenge returned to its owner with your note.",
    kind: "success",
  });
}

export default function ChallengeDetail({ loaderData }: Route.ComponentProps) {
  const { challenge: c, owner, history, may } = loaderData;
  const lastResult = useActionData<typeof action>();
  const noteError = lastResult?.error?.note?.[0];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">{owner.name}</span>
        <h1>{c.title}</h1>
        <p>
          <StatusTag status={c.status} options={CHALLENGE_STATUSES} />
        </p>
        {c.triageNote && may.seeTriageNote ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Returned by the leadership group
              </span>
            </h2>
            <p>{c.triageNote}</p>
          </div>
        ) : null}
        <p className="nhsuk-lede-text">{c.summary}</p>
        {may.seeMatches ? (
          <p>
            <Link to={`/challenges/${c.id}/matches`} className="nhsuk-link">
              See the products that match this challenge
            </Link>
          </p>
        ) : null}
        {may.edit ? (
          <p>
            <Link to={`/challenges/${c.id}/edit`} className="nhsuk-link">
              Edit this challenge
            </Link>
          </p>
        ) : null}
        <h2>The problem</h2>
        <Paragraphs text={c.problem} />
        <h2>The current pathway</h2>
        <Paragraphs text={c.currentPathway} />
        <h2>The outcomes wanted</h2>
        <Paragraphs text={c.desiredOutcomes} />
        <h2>Details</h2>
        <SummaryList
          rows={[
            ["Posted by", owner.name],
            ["Place", labelOf(PLACES, c.place)],
            ["Clinical areas", <TagList key="a" values={c.clinicalAreas} options={CLINICAL_AREAS} label="Clinical areas" />],
            ["Care settings", <TagList key="s" values={c.careSettings} options={CARE_SETTINGS} label="Care settings" />],
            ["People affected a year", c.peopleAffectedPerYear?.toLocaleString("en-GB") ?? ""],
            ["Must-haves", c.mustHaves.length ? <TagList key="m" values={c.mustHaves} options={MUST_HAVES} label="Must-haves" /> : "None"],
            ["Inequalities focus", c.inequalitiesFocus],
            ["Budget or funding route", c.fundingRoute],
            ["Closing date", formatDate(c.closingDate)],
          ]}
        />
        {may.triage ? (
          <section aria-labelledby="triage-heading">
            <h2 id="triage-heading">Triage</h2>
            <Form method="post">
              <input type="hidden" name="intent" value="triage" />
              <div className={`nhsuk-form-group${noteError ? " nhsuk-form-group--error" : ""}`}>
                <label className="nhsuk-label" htmlFor="note">
                  Note to the owner
                </label>
                <div className="nhsuk-hint" id="note-hint">
                  Required when you return it: say what needs to change.
                </div>
                {noteError ? (
                  <span className="nhsuk-error-message" id="note-error">
                    <span className="nhsuk-u-visually-hidden">Error:</span> {noteError}
                  </span>
                ) : null}
                <textarea className="nhsuk-textarea" id="note" name="note" rows={3} aria-describedby={noteError ? "note-hint note-error" : "note-hint"} />
              </div>
              <div className="nhsuk-button-group">
                <button className="nhsuk-button" type="submit" name="decision" value="publish">
                  Publish
                </button>
                <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="decision" value="return">
                  Return to owner
                </button>
              </div>
            </Form>
          </section>
        ) : null}
        {may.close ? (
          <Form method="post">
            <input type="hidden" name="intent" value="close" />
            <button className="nhsuk-button nhsuk-button--warning" type="submit">
              Close this challenge
            </button>
          </Form>
        ) : null}
        {history ? <History entries={history} /> : null}
      </div>
    </div>
  );
}
