import { Link } from "react-router";
import type { Route } from "./+types/my-organisation";
import { formatDate, StatusTag } from "~/components/record-bits";
import { can } from "~/domain/permissions";
import { CHALLENGE_STATUSES, PRODUCT_STATUSES } from "~/domain/taxonomies";
import { requireUser } from "~/services/auth/current-user.server";
import { organisationChallenges } from "~/services/challenge-lists.server";
import { organisationProducts } from "~/services/product-lists.server";

export function meta() {
  return [{ title: "My organisation – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requireUser(request);
  const actor = current.actor;
  return {
    organisation: current.organisation,
    verified: actor.organisationVerified,
    challenges: can(actor, "challenge:create") ? organisationChallenges(actor) : null,
    canCreateChallenge: can(actor, "challenge:create"),
    products: can(actor, "product:create") ? organisationProducts(actor) : null,
  };
}

export default function MyOrganisation({ loaderData }: Route.ComponentProps) {
  const { organisation, verified, challenges, canCreateChallenge, products } = loaderData;
  return (
    <>
      <span className="nhsuk-caption-l">My organisation</span>
      <h1>{organisation.name}</h1>
      {!verified ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Your organisation or membership is awaiting verification. You can save drafts; you can submit and publish once verified.</p>
        </div>
      ) : null}
      {challenges ? (
        <section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">Challenges</h2>
          {canCreateChallenge ? (
            <p>
              <Link to="/challenges/new">Post a challenge</Link>
            </p>
          ) : null}
          {challenges.length === 0 ? (
            <p>Your organisation has not posted a challenge yet.</p>
          ) : (
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your organisation's challenges</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">Title</th>
                  <th className="nhsuk-table__header" scope="col">Status</th>
                  <th className="nhsuk-table__header" scope="col">Last changed</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {challenges.map((c) => (
                  <tr className="nhsuk-table__row" key={c.id}>
                    <th className="nhsuk-table__header" scope="row">
                      <Link to={`/challenges/${c.id}`}>{c.title}</Link>
                      {c.triageNote ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Returned: {c.triageNote}</p> : null}
                    </th>
                    <td className="nhsuk-table__cell">
                      <StatusTag status={c.status} options={CHALLENGE_STATUSES} />
                    </td>
                    <td className="nhsuk-table__cell">{formatDate(c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {products ? (
        <section aria-labelledby="products-heading">
          <h2 id="products-heading">Products</h2>
          <p>
            <Link to="/products/new">Post a product</Link>
          </p>
          {products.length === 0 ? (
            <p>Your company has not posted a product yet.</p>
          ) : (
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your company's products</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">Name</th>
                  <th className="nhsuk-table__header" scope="col">Status</th>
                  <th className="nhsuk-table__header" scope="col">Last changed</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {products.map((p) => (
                  <tr className="nhsuk-table__row" key={p.id}>
                    <th className="nhsuk-table__header" scope="row">
                      <Link to={`/products/${p.id}`}>{p.name}</Link>
                    </th>
                    <td className="nhsuk-table__cell">
                      <StatusTag status={p.status} options={PRODUCT_STATUSES} />
                    </td>
                    <td className="nhsuk-table__cell">{formatDate(p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  );
}
