import { Link, useLocation } from "react-router";
import type { Route } from "./+types/list";
import { FilterPanel, Pagination, ResultCount } from "~/components/list-controls";
import { TRL_CHOICES } from "~/components/product-form-help";
import { RecordCard, StatusTag } from "~/components/record-bits";
import { parseProductFilters, PRODUCT_SORTS } from "~/forms/filters";
import { can } from "~/domain/permissions";
import {
  CARE_SETTINGS,
  CLINICAL_AREAS,
  DEVICE_CLASSES,
  ESF_TIERS,
  labelOf,
  PLACES,
  PRODUCT_STATUSES,
  TECHNOLOGY_TYPES,
} from "~/domain/taxonomies";
import { getCurrentUser } from "~/services/auth/current-user.server";
import { browseProducts } from "~/services/product-lists.server";

export function meta() {
  return [{ title: "Products – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const actor = getCurrentUser(request)?.actor ?? null;
  const filters = parseProductFilters(new URL(request.url).searchParams);
  const result = browseProducts(actor, filters);
  return { filters, ...result, canCreate: can(actor, "product:create"), canExport: can(actor, "pipeline:export") };
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { filters, rows, total, pages, statusOptions, canCreate, canExport } = loaderData;
  const { search } = useLocation();
  const statuses = PRODUCT_STATUSES.filter((s) => statusOptions.includes(s.value));
  return (
    <>
      <h1>Products</h1>
      <p className="nhsuk-lede-text">Healthtech products from companies ready to test and trial them with the NHS in West Yorkshire and Harrogate.</p>
      {canCreate ? (
        <p>
          <Link className="nhsuk-button" to="/products/new">
            Post a product
          </Link>
        </p>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterPanel
            sort={filters.sort}
            sorts={PRODUCT_SORTS}
            groups={[
              { name: "area", legend: "Clinical area", options: CLINICAL_AREAS, selected: filters.clinicalAreas },
              { name: "setting", legend: "Care setting", options: CARE_SETTINGS, selected: filters.careSettings },
              { name: "place", legend: "Place", options: PLACES, selected: filters.places },
              { name: "type", legend: "Type of technology", options: TECHNOLOGY_TYPES, selected: filters.technologyTypes },
              { name: "class", legend: "Medical device class", options: DEVICE_CLASSES, selected: filters.deviceClasses },
              { name: "tier", legend: "NICE evidence tier", options: ESF_TIERS, selected: filters.esfTiers },
              ...(statuses.length > 1 ? [{ name: "status", legend: "Status", options: statuses, selected: filters.statuses }] : []),
            ]}
          >
            <fieldset className="nhsuk-fieldset nhsuk-form-group">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Technology readiness level</legend>
              <TrlSelect name="trlMin" label="From" value={filters.trlMin} />
              <TrlSelect name="trlMax" label="To" value={filters.trlMax} />
            </fieldset>
          </FilterPanel>
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <ResultCount total={total} noun={["product", "products"]} />
          {canExport ? (
            <p>
              <a href={`/export/products.csv${search}`}>Download these products as CSV</a>
            </p>
          ) : null}
          <ul className="nhsuk-list">
            {rows.map((p) => (
              <RecordCard
                key={p.id}
                href={`/products/${p.id}`}
                title={p.name}
                byline={
                  <>
                    {p.organisationName} · {labelOf(PLACES, p.place)} {p.status !== "published" ? <StatusTag status={p.status} options={PRODUCT_STATUSES} /> : null}
                  </>
                }
                summary={p.summary}
                details={`${labelOf(TECHNOLOGY_TYPES, p.technologyType)} · ${labelOf(DEVICE_CLASSES, p.deviceClass)} · ${labelOf(ESF_TIERS, p.esfTier)} · TRL ${p.trl}`}
                areas={p.clinicalAreas}
              />
            ))}
          </ul>
          {rows.length === 0 ? <p>No products match these filters. Try removing some.</p> : null}
          <Pagination page={filters.page} pages={pages} search={search} />
        </div>
      </div>
    </>
  );
}

function TrlSelect({ name, label, value }: { name: string; label: string; value: number | undefined }) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <select className="nhsuk-select" id={name} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {TRL_CHOICES.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
