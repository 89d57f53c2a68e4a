import { useEffect, useRef } from "react";
import { Form, Link, useLocation, useNavigation, useSubmit } from "react-router";
import type { Route } from "./+types/search";
import { FilterPanel, Pagination } from "~/components/list-controls";
import { Highlighted } from "~/components/highlight";
import { TagList } from "~/components/record-bits";
import { parseSearchParams, SEARCH_KINDS, SEARCH_PAGE_SIZE, SEARCH_SORTS, type SearchParams } from "~/forms/search";
import { CARE_SETTINGS, CLINICAL_AREAS, labelOf, PLACES, TECHNOLOGY_TYPES, type Option } from "~/domain/taxonomies";
import { searchRecords } from "~/services/search-pages.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.params.q ? `${data.params.q} – Search – Sweetspot` : "Search – Sweetspot" }];
}

// Search shows only published records, which anyone may see, so no sign-in is needed.
export async function loader({ request }: Route.LoaderArgs) {
  const params = parseSearchParams(new URL(request.url).searchParams);
  return { params, outcome: await searchRecords(params) };
}

type Facets = Record<string, Record<string, number>>;

function withCounts(options: readonly Option[], field: string, facets: (Facets | undefined)[], selected: string[]): Option[] {
  const count = (value: string) => facets.reduce((n, f) => n + (f?.[field]?.[value] ?? 0), 0);
  return options.filter((o) => count(o.value) > 0 || selected.includes(o.value)).map((o) => ({ value: o.value, label: `${o.label} (${count(o.value)})` }));
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { params, outcome } = loaderData;
  const { search } = useLocation();
  const facets = outcome.available ? [outcome.challenges?.facets, outcome.products?.facets] : [];
  const total = outcome.available ? (outcome.challenges?.total ?? 0) + (outcome.products?.total ?? 0) : 0;
  const pages = outcome.available ? Math.ceil(Math.max(outcome.challenges?.total ?? 0, outcome.products?.total ?? 0) / SEARCH_PAGE_SIZE) : 0;
  return (
    <>
      <h1>Search challenges and products</h1>
      <SearchBox params={params} />
      {!outcome.available ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Search is unavailable
            </span>
          </h2>
          <p>{outcome.notice}</p>
          <p>
            Browse the <Link to="/challenges">challenges</Link> or the <Link to="/products">products</Link> instead.
          </p>
        </div>
      ) : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FilterPanel
              sort={params.sort}
              sorts={SEARCH_SORTS}
              groups={[
                { name: "area", legend: "Clinical area", options: withCounts(CLINICAL_AREAS, "clinicalAreas", facets, params.clinicalAreas), selected: params.clinicalAreas },
                { name: "setting", legend: "Care setting", options: withCounts(CARE_SETTINGS, "careSettings", facets, params.careSettings), selected: params.careSettings },
                { name: "place", legend: "Place", options: withCounts(PLACES, "place", facets, params.places), selected: params.places },
                ...(params.kind === "challenges"
                  ? []
                  : [{ name: "type", legend: "Technology type", options: withCounts(TECHNOLOGY_TYPES, "technologyType", facets, params.technologyTypes), selected: params.technologyTypes }]),
              ]}
            >
              <input type="hidden" name="q" value={params.q} />
              <input type="hidden" name="kind" value={params.kind} />
            </FilterPanel>
          </div>
          <div className="nhsuk-grid-column-two-thirds">
            <p className="nhsuk-body-l" role="status">
              {total === 0 ? "No results" : `${total} ${total === 1 ? "result" : "results"}`}
              {params.q ? ` for “${params.q}”` : ""}
            </p>
            {outcome.challenges ? <ChallengeHits result={outcome.challenges} /> : null}
            {outcome.products ? <ProductHits result={outcome.products} /> : null}
            {total === 0 ? <p>Check the spelling, use fewer words, or remove some filters.</p> : null}
            <Pagination page={params.page} pages={pages} search={search} />
          </div>
        </div>
      )}
    </>
  );
}

function SearchBox({ params }: { params: SearchParams }) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const hidden = [
    ...params.clinicalAreas.map((v) => ["area", v]),
    ...params.careSettings.map((v) => ["setting", v]),
    ...params.places.map((v) => ["place", v]),
    ...params.technologyTypes.map((v) => ["type", v]),
    ["sort", params.sort],
  ];
  return (
    <Form
      method="get"
      role="search"
      aria-label="Challenges and products"
      // Results as you type: each pause replaces the URL rather than piling up history.
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 250);
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="search-q">
          Search for a need, a product, a condition or a place
        </label>
        <div className="nhsuk-hint" id="search-q-hint">
          For example: falls at home, COPD virtual ward, or dementia Bradford
        </div>
        <input className="nhsuk-input" id="search-q" name="q" type="search" defaultValue={params.q} aria-describedby="search-q-hint" autoComplete="off" spellCheck={false} />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="search-kind">
          Show
        </label>
        <select className="nhsuk-select" id="search-kind" name="kind" defaultValue={params.kind}>
          {SEARCH_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {hidden.map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
      <button className="nhsuk-button" type="submit" aria-busy={navigation.state === "loading"}>
        Search
      </button>
    </Form>
  );
}

function ChallengeHits({ result }: { result: NonNullable<Extract<Route.ComponentProps["loaderData"]["outcome"], { available: true }>["challenges"]> }) {
  return (
    <section aria-labelledby="challenge-results">
      <h2 id="challenge-results">Challenges ({result.total})</h2>
      <ul className="nhsuk-list">
        {result.hits.map(({ document: c, highlights }) => (
          <li key={c.id} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                <Link to={`/challenges/${c.id}`}>
                  <Highlighted pieces={highlights.title} fallback={c.title} />
                </Link>
              </h3>
              <p className="nhsuk-body-s">
                {c.organisationName} · {labelOf(PLACES, c.place)}
              </p>
              <p className="nhsuk-card__description">
                <Highlighted pieces={highlights.summary} fallback={c.summary} />
              </p>
              <TagList values={c.clinicalAreas} options={CLINICAL_AREAS} label="Clinical areas" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProductHits({ result }: { result: NonNullable<Extract<Route.ComponentProps["loaderData"]["outcome"], { available: true }>["products"]> }) {
  return (
    <section aria-labelledby="product-results">
      <h2 id="product-results">Products ({result.total})</h2>
      <ul className="nhsuk-list">
        {result.hits.map(({ document: p, highlights }) => (
          <li key={p.id} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                <Link to={`/products/${p.id}`}>
                  <Highlighted pieces={highlights.name} fallback={p.name} />
                </Link>
              </h3>
              <p className="nhsuk-body-s">
                {p.organisationName} · {labelOf(TECHNOLOGY_TYPES, p.technologyType)} · TRL {p.trl}
              </p>
              <p className="nhsuk-card__description">
                <Highlighted pieces={highlights.summary} fallback={p.summary} />
              </p>
              <TagList values={p.clinicalAreas} options={CLINICAL_AREAS} label="Clinical areas" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
