// One suggested match: the other record, its 0–100 score, the reasons in words, and the
// propose button for those who may press it. The form works without JavaScript.
import { Form, Link } from "react-router";
import type { ReactNode } from "react";
import type { MatchReasons } from "~/domain/matching/explain";
import { mustHaveText } from "~/domain/matching/explain";
import { CARE_SETTINGS, CLINICAL_AREAS, labelOf } from "~/domain/taxonomies";

const PROPOSAL_LABEL = { proposed: "Proposed", accepted: "Accepted", declined: "Declined", withdrawn: "Withdrawn" } as const;

export function MatchCard({
  href,
  title,
  byline,
  score,
  reasons,
  proposal,
  propose,
}: {
  href: string;
  title: string;
  byline: ReactNode;
  score: number;
  reasons: MatchReasons;
  proposal: keyof typeof PROPOSAL_LABEL | null;
  /** The hidden field naming this record, when the viewer may propose the match. */
  propose: { name: string; value: string } | null;
}) {
  const headingId = `match-${propose?.name ?? "record"}-${href.split("/").pop()}`;
  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={headingId}>
          <Link to={href}>{title}</Link>
        </h2>
        <p className="nhsuk-body-s">{byline}</p>
        <p>
          <strong>Match score: {score} out of 100</strong>{" "}
          <span className="app-bar" style={{ width: `${Math.max(score, 2)}px` }} aria-hidden="true" />
          {proposal ? (
            <>
              {" "}
              <strong className="nhsuk-tag nhsuk-tag--blue">{PROPOSAL_LABEL[proposal]}</strong>
            </>
          ) : null}
        </p>
        <MatchReasonList reasons={reasons} />
        {propose && !proposal ? (
          <Form method="post">
            <input type="hidden" name={propose.name} value={propose.value} />
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Add a message (optional)</span>
              </summary>
              <div className="nhsuk-details__text">
                <label className="nhsuk-label" htmlFor={`${headingId}-message`}>
                  Message to the other organisation
                </label>
                <textarea className="nhsuk-textarea" id={`${headingId}-message`} name="message" rows={3} maxLength={1000} />
              </div>
            </details>
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Propose this match<span className="nhsuk-u-visually-hidden"> with {title}</span>
            </button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

/** Why a pair matches, in words. Tolerates reasons stored before a field existed. */
export function MatchReasonList({ reasons }: { reasons: Partial<MatchReasons> }) {
  const shares = [...(reasons.sharedAreas ?? []).map((a) => labelOf(CLINICAL_AREAS, a)), ...(reasons.sharedSettings ?? []).map((s) => labelOf(CARE_SETTINGS, s))];
  return (
    <dl className="nhsuk-summary-list app-reasons">
      <Reason term="Shares" values={shares} />
      <Reason term="Matched words" values={reasons.matchedTerms ?? []} />
      <Reason term="Must-haves met" values={(reasons.mustHavesMet ?? []).map(mustHaveText)} />
      <Reason term="Must-haves missing" values={(reasons.mustHavesMissing ?? []).map(mustHaveText)} />
      <Reason term="Readiness" values={reasons.readiness ?? []} />
    </dl>
  );
}

function Reason({ term, values }: { term: string; values: string[] }) {
  if (!values.length) return null;
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{values.join(", ")}</dd>
    </div>
  );
}

export function SearchUnavailable({ notice }: { notice: string }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Matching is unavailable
        </span>
      </h2>
      <p>{notice}</p>
    </div>
  );
}

/** The frame of a matches page: whose matches, why this order, any problem, then the list. */
export function MatchesPage({
  caption,
  heading,
  intro,
  problem,
  suggestions,
  emptyText,
  children,
}: {
  caption: { to: string; text: string };
  heading: string;
  intro: string;
  problem: { message: string } | undefined;
  suggestions: { available: true } | { available: false; notice: string };
  /** Shown instead of the list when the matcher found nothing. */
  emptyText: string | null;
  children: ReactNode;
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">
          <Link to={caption.to}>{caption.text}</Link>
        </span>
        <h1>{heading}</h1>
        <p>{intro}</p>
        {problem ? (
          <div className="nhsuk-error-summary" role="alert" tabIndex={-1} aria-labelledby="propose-problem">
            <h2 className="nhsuk-error-summary__title" id="propose-problem">
              There is a problem
            </h2>
            <div className="nhsuk-error-summary__body">
              <p>{problem.message}</p>
            </div>
          </div>
        ) : null}
        {!suggestions.available ? <SearchUnavailable notice={suggestions.notice} /> : emptyText ? <p>{emptyText}</p> : <ol className="nhsuk-list">{children}</ol>}
      </div>
    </div>
  );
}

const MATCH_STATUS = {
  proposed: { label: "Proposed", colour: "nhsuk-tag--yellow" },
  accepted: { label: "Accepted", colour: "nhsuk-tag--green" },
  declined: { label: "Declined", colour: "nhsuk-tag--grey" },
  withdrawn: { label: "Withdrawn", colour: "nhsuk-tag--grey" },
} as const;

/** A match's status as an NHS tag, the same on the matches list and a match's page. */
export function MatchStatusTag({ status }: { status: keyof typeof MATCH_STATUS }) {
  return <strong className={`nhsuk-tag ${MATCH_STATUS[status].colour}`}>{MATCH_STATUS[status].label}</strong>;
}
