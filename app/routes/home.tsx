import type { Route } from "./+types/home";
import { getRegionalPipeline, type PipelineRow } from "~/services/pipeline.server";

export function meta() {
  return [{ title: "Regional healthtech pipeline – Sweetspot" }];
}

export function loader() {
  return getRegionalPipeline();
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { totals, byClinicalArea, byPlace } = loaderData;
  return (
    <>
      <h1>Healthtech for West Yorkshire and Harrogate</h1>
      <p className="nhsuk-lede-text">
        NHS and care partners post the challenges they cannot yet solve. Companies post products that could solve
        them. Sweetspot matches the two and guides each trial through the UK regulatory steps.
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading">
                <span className="app-stat">{totals.challenges}</span> published challenges
              </h2>
              <p className="nhsuk-card__description">Unmet needs from NHS trusts, councils and care partners.</p>
            </div>
          </div>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading">
                <span className="app-stat">{totals.products}</span> published products
              </h2>
              <p className="nhsuk-card__description">Technologies from companies ready to test and trial.</p>
            </div>
          </div>
        </div>
      </div>
      <PipelineTable caption="Challenges and products by clinical area" heading="Clinical area" rows={byClinicalArea} />
      <PipelineTable caption="Challenges and products by place" heading="Place" rows={byPlace} />
      <p>
        <a href="/sign-up">Create an account</a> to post a challenge or a product.
      </p>
    </>
  );
}

function PipelineTable({ caption, heading, rows }: { caption: string; heading: string; rows: PipelineRow[] }) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            {heading}
          </th>
          <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
            Challenges
          </th>
          <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
            Products
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.length === 0 ? (
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__cell" colSpan={3}>
              Nothing published yet.
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key} className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="row">
                {r.label}
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.challenges}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.products}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
