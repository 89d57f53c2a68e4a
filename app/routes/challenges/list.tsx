import { Link, useLocation } from "react-router";
import type { Route } from "./+types/list";
import { FilterPanel, Pagination, ResultCount } from "~/components/list-controls";
import { RecordCard, StatusTag } from "~/components/record-bits";
import { CHALLENGE_SORTS, parseChallengeFilters } from "~/forms/filters";
import { can } from "~/domain/permissions";
import { CARE_SETTINGS, CHALLENGE_STATUSES, CLINICAL_AREAS, labelOf, PLACES } from "~/domain/taxonomies";
import { getCurrentUser } from "~/services/auth/current-user.server";
import { browseChallenges } from "~/services/challenge-lists.server";

export function meta() {
  return [{ title: "Challenges – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const actor = getCurrentUser(request)?.actor ?? null;
  const filters = parseChallengeFilters(new URL(request.url).searchParams);
  const result = browseChallenges(actor, filters);
  return { filters, ...result, canCreate: can(actor, "challenge:create"), canExport: can(actor, "pipeline:export") };
}

export default function Challenges({ loaderData }: Route.ComponentProps) {
  const { filters, rows, total, pages, statusOptions, canCreate, canExport } = loaderData;
  const { search } = useLocation();
  return (
    <>
      <h1>Challenges</h1>
      <p className="nhsuk-lede-text">Unmet needs posted by NHS and care partners in West Yorkshire and Harrogate.</p>
      {canCreate ? (
        <p>
          <Link className="nhsuk-button" to="/challenges/new">
            Post a challenge
          </Link>
        </p>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterPanel
            sort={filters.sort}
            sorts={CHALLENGE_SORTS}
            groups={[
              { name: "area", legend: "Clinical area", options: CLINICAL_AREAS, selected: filters.clinicalAreas },
              { name: "setting", legend: "Care setting", options: CARE_SETTINGS, selected: filters.careSettings },
              { name: "place", legend: "Place", options: PLACES, selected: filters.places },
              { name: "status", legend: "Status", options: CHALLENGE_STATUSES.filter((s) => statusOptions.includes(s.value)), selected: filters.statuses },
            ]}
          />
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <ResultCount total={total} noun={["challenge", "challenges"]} />
          {canExport ? (
            <p>
              <a href={`/export/challenges.csv${search}`}>Download these challenges as CSV</a>
            </p>
          ) : null}
          <ul className="nhsuk-list">
            {rows.map((c) => (
              <RecordCard
                key={c.id}
                href={`/challenges/${c.id}`}
                title={c.title}
                byline={
                  <>
                    {c.organisationName} · {labelOf(PLACES, c.place)} {c.status !== "published" ? <StatusTag status={c.status} options={CHALLENGE_STATUSES} /> : null}
                  </>
                }
                summary={c.summary}
                areas={c.clinicalAreas}
              />
            ))}
          </ul>
          {rows.length === 0 ? <p>No challenges match these filters. Try removing some.</p> : null}
          <Pagination page={filters.page} pages={pages} search={search} />
        </div>
      </div>
    </>
  );
}
