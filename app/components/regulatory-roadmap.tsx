// The product page's regulatory roadmap: the stages a trial of this product would pass and
// the evidence each asks for, from the same rules the trials use, in plain words.
import type { Roadmap } from "~/domain/workflow";

const PROVIDED_BY = {
  leadership: "The leadership group",
  company: "Your company",
  site: "Each host site",
  company_with_site: "Your company with the host site",
} as const;

export function RegulatoryRoadmap({ roadmap }: { roadmap: Roadmap }) {
  return (
    <section aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading">Regulatory roadmap</h2>
      <p>
        What a trial of this product in the region would ask for, stage by stage, worked out from what the product page says
        (device class, UKCA or CE mark, patient data, type of technology). Each stage ends with a decision by the leadership group.
      </p>
      {roadmap.notes.map((note) => (
        <p className="nhsuk-body-s" key={note}>
          {note}
        </p>
      ))}
      <ol className="nhsuk-list app-roadmap">
        {roadmap.stages.map((stage, index) => (
          <li key={stage.stage}>
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  Stage {index + 1}: {stage.label} ({stage.items.length} {stage.items.length === 1 ? "item" : "items"})
                </span>
              </summary>
              <div className="nhsuk-details__text">
                <p>{stage.description}</p>
                <dl className="nhsuk-summary-list">
                  {stage.items.map((item) => (
                    <div className="nhsuk-summary-list__row" key={item.key}>
                      <dt className="nhsuk-summary-list__key">{item.title}</dt>
                      <dd className="nhsuk-summary-list__value">
                        <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                          {PROVIDED_BY[item.provider]} {item.kind === "document" ? "uploads a document" : "records a statement"}
                          {item.perSite ? ", for each host site" : ""}.
                        </p>
                        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{item.onlyIfText ?? item.because}</p>
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
