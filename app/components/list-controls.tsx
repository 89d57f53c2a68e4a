// The GET form of filters beside a list, and the page links under it. Both are plain links
// and forms, so a filtered list is a URL that can be shared and works without JavaScript.
import { Form } from "react-router";
import type { Option } from "~/domain/taxonomies";

export type FilterGroup = { name: string; legend: string; options: readonly Option[]; selected: string[] };

export function FilterPanel({
  groups,
  sorts,
  sort,
  children,
}: {
  groups: FilterGroup[];
  sorts: readonly Option[];
  sort: string;
  children?: React.ReactNode;
}) {
  return (
    <Form method="get" className="app-filters" aria-label="Filter the list">
      <h2 className="nhsuk-heading-s">Filter</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="sort">
          Sort by
        </label>
        <select className="nhsuk-select" id="sort" name="sort" defaultValue={sort}>
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {children}
      {groups.map((g) => (
        <details className="nhsuk-details" key={g.name} open={g.selected.length > 0}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {g.legend}
              {g.selected.length ? ` (${g.selected.length} selected)` : ""}
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-u-visually-hidden">{g.legend}</legend>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {g.options.map((o) => {
                  const id = `filter-${g.name}-${o.value}`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={o.value}>
                      <input className="nhsuk-checkboxes__input" id={id} name={g.name} type="checkbox" value={o.value} defaultChecked={g.selected.includes(o.value)} />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                        {o.label}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        </details>
      ))}
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
    </Form>
  );
}

export function Pagination({ page, pages, search }: { page: number; pages: number; search: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(p));
    return `?${params}`;
  };
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {page > 1 ? (
          <li className="nhsuk-pagination-item--previous">
            <a className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={href(page - 1)}>
              <span className="nhsuk-pagination__title">Previous</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">
                Page {page - 1} of {pages}
              </span>
            </a>
          </li>
        ) : null}
        {page < pages ? (
          <li className="nhsuk-pagination-item--next">
            <a className="nhsuk-pagination__link nhsuk-pagination__link--next" href={href(page + 1)}>
              <span className="nhsuk-pagination__title">Next</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">
                Page {page + 1} of {pages}
              </span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function ResultCount({ total, noun }: { total: number; noun: [string, string] }) {
  return (
    <p className="nhsuk-body" role="status">
      {total.toLocaleString("en-GB")} {total === 1 ? noun[0] : noun[1]}
    </p>
  );
}
