import { useEffect, useRef } from "react";
import { Form, Link, useLocation, useNavigation, useSubmit } from "react-router";
import type { Route } from "./+types/search";
import { FilterPanel, Pagination } from "~/components/list-controls";
import { Highlighted } from "~/components/highlight";
import { RecordCard } from "~/components/record-bits";
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
          <RecordCard
            key={c.id}
            heading="h3"
            clickable={false}
            href={`/challenges/${c.id}`}
            title={<Highlighted pieces={highlights.title} fallback={c.title} />}
            byline={`${c.organisationName} · ${labelOf(PLACES, c.place)}`}
            summary={<Highlighted pieces={highlights.summary} fallback={c.summary} />}
            areas={c.clinicalAreas}
          />
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
          <RecordCard
            key={p.id}
            heading="h3"
            clickable={false}
            href={`/products/${p.id}`}
            title={<Highlighted pieces={highlights.name} fallback={p.name} />}
            byline={`${p.organisationName} · ${labelOf(TECHNOLOGY_TYPES, p.technologyType)} · TRL ${p.trl}`}
            summary={<Highlighted pieces={highlights.summary} fallback={p.summary} />}
            areas={p.clinicalAreas}
          />
        ))}
      </ul>
    </section>
  );
}
