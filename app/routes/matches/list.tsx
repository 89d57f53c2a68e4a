import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, useActionData } from "react-router";
import type { Route } from "./+types/list";
import { MatchStatusTag } from "~/components/match-card";
import { formatDate } from "~/components/record-bits";
import { respondSchema } from "~/forms/trial";
import { requirePermission } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { acceptMatch, declineMatch, listMatches } from "~/services/match-responses.server";

export function meta() {
  return [{ title: "Matches – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "match:list");
  return { matches: listMatches(current.actor) };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "match:list");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: respondSchema });
  if (submission.status !== "success") {
    return data({ matchId: String(formData.get("matchId") ?? ""), result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  if (input.decision === "accept") {
    const { trialId } = acceptMatch(current.actor, input.matchId);
    return redirectWithFlash(request, `/trials/${trialId}`, { message: "Match accepted. The trial has started at triage.", kind: "success" });
  }
  declineMatch(current.actor, input.matchId, input.reason);
  return redirectWithFlash(request, "/matches", { message: "Match declined. The proposer has been told why.", kind: "success" });
}

export default function Matches({ loaderData }: Route.ComponentProps) {
  const { matches } = loaderData;
  const failed = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Matches</h1>
        <p>Matches proposed by your organisation, and to it. The side that did not propose a match accepts or declines it; accepting starts a trial.</p>
        {matches.length === 0 ? (
          <p>
            No matches yet. Propose one from a challenge’s or a product’s page: <Link to="/challenges">challenges</Link>, <Link to="/products">products</Link>.
          </p>
        ) : (
          <ul className="nhsuk-list">
            {matches.map((m) => {
              const reasonError = failed && failed.matchId === String(m.id) ? failed.result.error?.reason?.[0] : undefined;
              return (
                <li key={m.id} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h2 className="nhsuk-card__heading nhsuk-heading-m">
                      <Link to={`/products/${m.productId}`}>{m.productName}</Link> for <Link to={`/challenges/${m.challengeId}`}>{m.challengeTitle}</Link>
                    </h2>
                    <p>
                      <MatchStatusTag status={m.status} /> Score {m.score} out of 100
                    </p>
                    <p className="nhsuk-body-s">
                      Proposed by {m.proposedByUs ? "your organisation" : m.proposerName} on {formatDate(m.createdAt)}. Challenge from{" "}
                      {m.challengeOrganisationName}; product from {m.productOrganisationName}.
                    </p>
                    {m.message ? <p>“{m.message}”</p> : null}
                    <p>
                      <Link to={`/matches/${m.id}`}>
                        Why they match, and messages<span className="nhsuk-u-visually-hidden">: {m.productName} for {m.challengeTitle}</span>
                      </Link>
                    </p>
                    {m.status === "declined" && m.declineReason ? <p>Declined: {m.declineReason}</p> : null}
                    {m.trialId ? (
                      <p>
                        <Link to={`/trials/${m.trialId}`}>Go to the trial</Link>
                      </p>
                    ) : null}
                    {m.status === "proposed" && !m.mayRespond ? (
                      <p className="nhsuk-body-s">{m.proposedByUs ? "Waiting for the other side to accept or decline." : "Waiting for an answer."}</p>
                    ) : null}
                    {m.mayRespond ? (
                      <>
                        <Form method="post">
                          <input type="hidden" name="matchId" value={m.id} />
                          <button className="nhsuk-button" type="submit" name="decision" value="accept">
                            Accept and start a trial
                          </button>
                        </Form>
                        <Form method="post">
                          <input type="hidden" name="matchId" value={m.id} />
                          <div className={`nhsuk-form-group${reasonError ? " nhsuk-form-group--error" : ""}`}>
                            <label className="nhsuk-label" htmlFor={`reason-${m.id}`}>
                              Reason for declining
                            </label>
                            {reasonError ? (
                              <span className="nhsuk-error-message" id={`reason-${m.id}-error`}>
                                <span className="nhsuk-u-visually-hidden">Error:</span> {reasonError}
                              </span>
                            ) : null}
                            <textarea
                              className={`nhsuk-textarea${reasonError ? " nhsuk-textarea--error" : ""}`}
                              id={`reason-${m.id}`}
                              name="reason"
                              rows={2}
                              aria-describedby={reasonError ? `reason-${m.id}-error` : undefined}
                            />
                          </div>
                          <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="decision" value="decline">
                            Decline
                          </button>
                        </Form>
                      </>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
