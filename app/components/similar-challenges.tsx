// The panel of similar published challenges beside the challenge form. The server renders
// it for a saved draft; with JavaScript it follows what the person types.
import { useEffect } from "react";
import { Link, useFetcher } from "react-router";

import type { SimilarList } from "~/services/matches.server";

const WATCHED = ["title", "summary", "problem", "desiredOutcomes", "clinicalAreas", "careSettings"];

export function SimilarChallenges({ formId, initial, excludeId }: { formId: string; initial: SimilarList | null; excludeId?: number }) {
  const fetcher = useFetcher<SimilarList>();
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout>;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(form)) if (WATCHED.includes(name) && typeof value === "string") params.append(name, value);
        if (excludeId) params.set("exclude", String(excludeId));
        fetcher.load(`/challenges/similar?${params}`);
      }, 600);
    };
    form.addEventListener("input", refresh);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", refresh);
    };
    // fetcher.load is stable enough for this listener; re-binding on each render would reset the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId, excludeId]);
  const list = fetcher.data ?? initial;
  return (
    <aside className="app-similar" aria-labelledby="similar-heading">
      <h2 className="nhsuk-heading-s" id="similar-heading">
        Similar published challenges
      </h2>
      <div aria-live="polite">
        {!list ? (
          <p className="nhsuk-body-s">As you describe the need, challenges the region has already posted that look like it appear here.</p>
        ) : !list.available ? (
          <p className="nhsuk-body-s">{list.notice}</p>
        ) : list.matches.length === 0 ? (
          <p className="nhsuk-body-s">None found. Nobody in the region seems to have posted this need yet.</p>
        ) : (
          <>
            <p className="nhsuk-body-s">Check these first: you may be able to join one rather than post the same need again.</p>
            <ul className="nhsuk-list">
              {list.matches.map((m) => (
                <li key={m.id}>
                  <Link to={`/challenges/${m.id}`} target="_blank" rel="noopener">
                    {m.title}
                    <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                  </Link>
                  <br />
                  <span className="nhsuk-body-s">
                    {m.organisationName}
                    {m.matchedTerms.length ? ` · shares: ${m.matchedTerms.join(", ")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}
