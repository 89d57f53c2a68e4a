import { Link } from "react-router";
import type { Option } from "~/domain/taxonomies";
import { CLINICAL_AREAS, labelOf } from "~/domain/taxonomies";

const STATUS_COLOURS: Record<string, string> = {
  draft: "nhsuk-tag--grey",
  submitted: "nhsuk-tag--yellow",
  published: "nhsuk-tag--green",
  closed: "nhsuk-tag--blue",
  archived: "nhsuk-tag--grey",
};

export function StatusTag({ status, options }: { status: string; options: readonly Option[] }) {
  return <strong className={`nhsuk-tag ${STATUS_COLOURS[status] ?? ""}`}>{labelOf(options, status)}</strong>;
}

export function TagList({ values, options, label }: { values: readonly string[]; options: readonly Option[]; label: string }) {
  if (!values.length) return null;
  return (
    <ul className="app-tags" aria-label={label}>
      {values.map((v) => (
        <li key={v}>
          <span className="nhsuk-tag nhsuk-tag--white">{labelOf(options, v)}</span>
        </li>
      ))}
    </ul>
  );
}

export function SummaryList({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="nhsuk-summary-list__row" key={key}>
          <dt className="nhsuk-summary-list__key">{key}</dt>
          <dd className="nhsuk-summary-list__value">{value === "" || value === null || value === undefined ? "Not given" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Multi-line plain text, paragraph by paragraph. */
export function Paragraphs({ text }: { text: string }) {
  if (!text) return <p className="nhsuk-body">Not given</p>;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p className="nhsuk-body" key={i}>
          {p}
        </p>
      ))}
    </>
  );
}

const ACTION_LABELS: Record<string, string> = {
  "challenge.created": "Created as a draft",
  "challenge.edited": "Edited",
  "challenge.submitted": "Submitted for triage",
  "challenge.published": "Published by the leadership group",
  "challenge.returned": "Returned to the owner",
  "challenge.closed": "Closed",
  "challenge.imported": "Imported",
  "product.created": "Created as a draft",
  "product.edited": "Edited",
  "product.published": "Published",
  "product.archived": "Archived",
  "product.imported": "Imported",
};

export type HistoryRow = { id: number; at: Date | string; action: string; actorName: string | null; note: string | null };

export function History({ entries }: { entries: HistoryRow[] }) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">History</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">When</th>
          <th className="nhsuk-table__header" scope="col">What</th>
          <th className="nhsuk-table__header" scope="col">Who</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {entries.map((e) => (
          <tr className="nhsuk-table__row" key={e.id}>
            <td className="nhsuk-table__cell">{formatDateTime(e.at)}</td>
            <td className="nhsuk-table__cell">
              {ACTION_LABELS[e.action] ?? e.action}
              {e.note ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Note: {e.note}</p> : null}
            </td>
            <td className="nhsuk-table__cell">{e.actorName ?? "Sweetspot"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  return new Date(value).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
}

export function formatDateTime(value: Date | string): string {
  return new Date(value).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
}

/** A challenge or product in a list: its linked title, who and where, summary and areas. */
export function RecordCard({
  href,
  title,
  byline,
  summary,
  details,
  areas,
  heading = "h2",
  clickable = true,
}: {
  href: string;
  title: React.ReactNode;
  byline: React.ReactNode;
  summary: React.ReactNode;
  details?: React.ReactNode;
  areas: readonly string[];
  heading?: "h2" | "h3";
  clickable?: boolean;
}) {
  const Heading = heading;
  return (
    <li className={`nhsuk-card${clickable ? " nhsuk-card--clickable" : ""}`}>
      <div className="nhsuk-card__content">
        <Heading className={`nhsuk-card__heading ${heading === "h2" ? "nhsuk-heading-m" : "nhsuk-heading-s"}`}>
          <Link className={clickable ? "nhsuk-card__link" : undefined} to={href}>
            {title}
          </Link>
        </Heading>
        <p className="nhsuk-body-s">{byline}</p>
        <p className="nhsuk-card__description">{summary}</p>
        {details ? <p className="nhsuk-body-s">{details}</p> : null}
        <TagList values={areas} options={CLINICAL_AREAS} label="Clinical areas" />
      </div>
    </li>
  );
}
