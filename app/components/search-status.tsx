import type { SearchStatus } from "~/services/search-status.server";

function age(ms: number) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  return `${Math.round(minutes / 60)} hours`;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** The engine's health and the outbox lag, for the people who run the site. */
export function SearchStatusPanel({ status }: { status: SearchStatus }) {
  const { engine, outbox } = status;
  return (
    <dl className="nhsuk-summary-list">
      <Row term="Search engine">
        {engine.state === "available" && <strong className="nhsuk-tag nhsuk-tag--green">Available</strong>}
        {engine.state === "unavailable" && (
          <>
            <strong className="nhsuk-tag nhsuk-tag--red">Unavailable</strong> {engine.reason}
          </>
        )}
        {engine.state === "missing" && (
          <>
            <strong className="nhsuk-tag nhsuk-tag--grey">Not configured</strong> Set MEILI_HOST, or run on Linux x86-64 for the local engine.
          </>
        )}
      </Row>
      <Row term="Waiting to be indexed">
        {outbox.pending === 0
          ? "Nothing: the index is up to date."
          : `${outbox.pending} ${outbox.pending === 1 ? "change" : "changes"}, the oldest made ${age(outbox.oldestAgeMs ?? 0)} ago. Writes are kept until the index has them.`}
      </Row>
      {outbox.failing > 0 && (
        <Row term="Last error">
          {outbox.failing} {outbox.failing === 1 ? "change has" : "changes have"} failed at least once and will be retried. {outbox.lastError}
        </Row>
      )}
    </dl>
  );
}
