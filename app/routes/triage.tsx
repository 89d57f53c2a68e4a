import { Link } from "react-router";
import type { Route } from "./+types/triage";
import { formatDate } from "~/components/record-bits";
import { CLINICAL_AREAS, labelOf, PLACES } from "~/domain/taxonomies";
import { requirePermission } from "~/services/auth/current-user.server";
import { TRIAGE_SERVICE_LEVEL_DAYS } from "~/domain/service-levels";
import { triageQueue } from "~/services/challenge-lists.server";

export function meta() {
  return [{ title: "Triage queue – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "challenge:triage");
  return { queue: triageQueue() };
}

export default function Triage({ loaderData }: Route.ComponentProps) {
  const { queue } = loaderData;
  return (
    <>
      <h1>Triage queue</h1>
      <p>Submitted challenges, oldest first. Each should be published or returned within {TRIAGE_SERVICE_LEVEL_DAYS} days.</p>
      {queue.length === 0 ? (
        <p>Nothing is waiting for triage.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Challenges waiting for triage</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Challenge</th>
              <th className="nhsuk-table__header" scope="col">From</th>
              <th className="nhsuk-table__header" scope="col">Submitted</th>
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Age (days)</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {queue.map((c) => (
              <tr className="nhsuk-table__row" key={c.id}>
                <th className="nhsuk-table__header" scope="row">
                  <Link to={`/challenges/${c.id}`}>{c.title}</Link>
                  <br />
                  <span className="nhsuk-body-s">{c.clinicalAreas.map((a) => labelOf(CLINICAL_AREAS, a)).join(", ")}</span>
                </th>
                <td className="nhsuk-table__cell">
                  {c.organisationName}, {labelOf(PLACES, c.place)}
                </td>
                <td className="nhsuk-table__cell">{formatDate(c.submittedAt)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {c.ageDays} {c.overdue ? <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
