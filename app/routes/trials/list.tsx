import { Link } from "react-router";
import type { Route } from "./+types/list";
import { formatDate } from "~/components/record-bits";
import { isOverdue, ServiceLevelText, TrialStatusTag } from "~/components/trial-bits";
import { can } from "~/domain/permissions";
import { stageLabel } from "~/domain/workflow";
import { requirePermission } from "~/services/auth/current-user.server";
import { listTrials } from "~/services/trials.server";

export function meta() {
  return [{ title: "Trials – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "trial:list");
  const trials = listTrials(current.actor);
  return { trials, everyTrial: can(current.actor, "trial:view-all"), overdue: trials.filter((t) => isOverdue(t.serviceLevel)).length };
}

export default function Trials({ loaderData }: Route.ComponentProps) {
  const { trials, everyTrial, overdue } = loaderData;
  return (
    <>
      <h1>Trials</h1>
      <p>
        {everyTrial
          ? "Every trial in the region. A new trial is triaged within 7 days, and a gate whose evidence is complete is decided within 10 working days."
          : "The trials your organisation takes part in, as the company or a host site."}
      </p>
      {everyTrial && overdue > 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {overdue === 1 ? "1 gate decision is overdue" : `${overdue} gate decisions are overdue`}
            </span>
          </h2>
          <p>They are marked “Overdue” below.</p>
        </div>
      ) : null}
      {trials.length === 0 ? (
        <p>No trials yet. A trial starts when the other side accepts a proposed <Link to="/matches">match</Link>.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Trials</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Trial</th>
              <th className="nhsuk-table__header" scope="col">Stage</th>
              <th className="nhsuk-table__header" scope="col">Status</th>
              <th className="nhsuk-table__header" scope="col">Gate</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {trials.map((t) => (
              <tr className="nhsuk-table__row" key={t.id}>
                <th className="nhsuk-table__header" scope="row">
                  <Link to={`/trials/${t.id}`}>
                    {t.productName} for {t.challengeTitle}
                  </Link>
                  <br />
                  <span className="nhsuk-body-s">
                    {t.companyName} · started {formatDate(t.createdAt)}
                  </span>
                </th>
                <td className="nhsuk-table__cell">{stageLabel(t.stage)}</td>
                <td className="nhsuk-table__cell">
                  <TrialStatusTag status={t.status} />
                </td>
                <td className="nhsuk-table__cell">
                  <ServiceLevelText level={t.serviceLevel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
