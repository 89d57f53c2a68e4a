import { data, Form, Link, useActionData } from "react-router";
import type { Route } from "./+types/detail";
import { deviceClassLabel, trlLabel } from "~/components/product-form-help";
import { History, Paragraphs, StatusTag, SummaryList, TagList, formatDate } from "~/components/record-bits";
import { RegulatoryRoadmap } from "~/components/regulatory-roadmap";
import { can } from "~/domain/permissions";
import { roadmap } from "~/domain/workflow";
import { CARE_SETTINGS, CLINICAL_AREAS, ESF_TIERS, labelOf, MUST_HAVES, PLACES, PRODUCT_STATUSES, TECHNOLOGY_TYPES } from "~/domain/taxonomies";
import { getCurrentUser, requireUser } from "~/services/auth/current-user.server";
import { badRequest } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { getHistory } from "~/services/history.server";
import { recordId } from "~/services/params.server";
import { archiveProduct, getProductWithOwner, publishProduct } from "~/services/products.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.product.name ?? "Product"} – Sweetspot` }];
}

export function loader({ request, params }: Route.LoaderArgs) {
  const actor = getCurrentUser(request)?.actor ?? null;
  const { product, owner } = getProductWithOwner(actor, recordId(params.productId));
  const insider = can(actor, "product:history", product);
  // Funding sought is for the company, the leadership group and, if the company chose, investors.
  const seesFunding = insider || (product.investorVisible && can(actor, "investor:browse"));
  return {
    product: { ...product, fundingSought: seesFunding ? product.fundingSought : null },
    owner,
    history: insider ? getHistory("product", product.id) : null,
    // The company sees what a trial would ask of it before any starts; a draft needs its
    // device class and technology type first.
    roadmap: insider && product.deviceClass && product.technologyType ? roadmap(product) : null,
    may: {
      seeMatches: can(actor, "match:suggestions"),
      edit: can(actor, "product:edit", product),
      publish: can(actor, "product:publish", product),
      archive: can(actor, "product:archive", product),
      seeInvestorChoice: insider,
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const id = recordId(params.productId);
  const intent = (await request.formData()).get("intent");
  if (intent === "publish") {
    const result = publishProduct(current.actor, id);
    if (!result.ok) return data({ message: result.message }, { status: 400 });
    return redirectWithFlash(request, `/products/${id}`, { message: "Product published.", kind: "success" });
  }
  if (intent !== "archive") badRequest();
  archiveProduct(current.actor, id);
  return redirectWithFlash(request, `/products/${id}`, { message: "Product archived.", kind: "success" });
}

const yesNo = (v: boolean) => (v ? "Yes" : "No");

export default function ProductDetail({ loaderData }: Route.ComponentProps) {
  const { product: p, owner, history, may, roadmap: trialRoadmap } = loaderData;
  const refused = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {refused ? (
          <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
            <h2 className="nhsuk-error-summary__title" id="error-summary-title">
              There is a problem
            </h2>
            <div className="nhsuk-error-summary__body">
              <ul className="nhsuk-list nhsuk-error-summary__list">
                <li>
                  <a href={`/products/${p.id}/edit`}>{refused.message}</a>
                </li>
              </ul>
            </div>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{owner.name}</span>
        <h1>{p.name}</h1>
        <p>
          <StatusTag status={p.status} options={PRODUCT_STATUSES} />
        </p>
        {p.summary ? <p className="nhsuk-lede-text">{p.summary}</p> : null}
        {may.seeMatches ? (
          <p>
            <Link to={`/products/${p.id}/matches`} className="nhsuk-link">
              See the challenges that match this product
            </Link>
          </p>
        ) : null}
        {may.edit ? (
          <p>
            <Link to={`/products/${p.id}/edit`} className="nhsuk-link">
              Edit this product
            </Link>
          </p>
        ) : null}
        <h2>Description</h2>
        <Paragraphs text={p.description} />
        <h2>Intended purpose</h2>
        <Paragraphs text={p.intendedPurpose} />
        <h2>Evidence so far</h2>
        <Paragraphs text={p.evidenceSummary} />
        <h2>Details</h2>
        <SummaryList
          rows={[
            ["Company", owner.name],
            ["Based in", labelOf(PLACES, owner.place)],
            ["Type of technology", labelOf(TECHNOLOGY_TYPES, p.technologyType)],
            ["Clinical areas", p.clinicalAreas.length ? <TagList key="a" values={p.clinicalAreas} options={CLINICAL_AREAS} label="Clinical areas" /> : ""],
            ["Care settings", p.careSettings.length ? <TagList key="s" values={p.careSettings} options={CARE_SETTINGS} label="Care settings" /> : ""],
            ["Medical device class", deviceClassLabel(p.deviceClass)],
            ["UKCA or CE marked", yesNo(p.ukcaMarked)],
            ["Processes patient data", yesNo(p.processesPatientData)],
            ["Passed the DTAC", yesNo(p.dtacPassed)],
            ["NICE evidence tier", labelOf(ESF_TIERS, p.esfTier)],
            ["Technology readiness level", trlLabel(p.trl)],
            ["Features", p.features.length ? <TagList key="f" values={p.features} options={MUST_HAVES} label="Features" /> : "None"],
            ["Price model", p.priceModel],
            ...(p.fundingSought !== null ? ([["Funding sought", p.fundingSought]] as [string, string][]) : []),
            ...(may.seeInvestorChoice ? ([["Shown to investors", yesNo(p.investorVisible)]] as [string, string][]) : []),
            ["Published", formatDate(p.publishedAt)],
          ]}
        />
        <ProductActions id={p.id} may={may} />
        {trialRoadmap ? <RegulatoryRoadmap roadmap={trialRoadmap} /> : null}
        {history ? <History entries={history} /> : null}
      </div>
    </div>
  );
}

function ProductActions({ id, may }: { id: number; may: { publish: boolean; archive: boolean } }) {
  if (!may.publish && !may.archive) return null;
  return (
    <Form method="post" className="nhsuk-button-group">
      {may.publish ? (
        <button className="nhsuk-button" type="submit" name="intent" value="publish">
          Publish this product
        </button>
      ) : null}
      {may.archive ? (
        <button className="nhsuk-button nhsuk-button--warning" type="submit" name="intent" value="archive">
          Archive this product
        </button>
      ) : null}
    </Form>
  );
}
