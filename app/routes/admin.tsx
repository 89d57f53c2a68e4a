import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import type { Route } from "./+types/admin";
import { adminActionSchema } from "~/forms/admin";
import { can } from "~/domain/permissions";
import { ROLE_LABELS, ROLES } from "~/domain/roles";
import { labelOf, ORGANISATION_KINDS, PLACES } from "~/domain/taxonomies";
import { SearchStatusPanel } from "~/components/search-status";
import { changeRole, listOrganisationsWithMembers, verifyMembership, verifyOrganisation } from "~/services/admin.server";
import { requirePermission } from "~/services/auth/current-user.server";
import { badRequest, forbidden } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { getSearchStatus } from "~/services/search-status.server";

export function meta() {
  return [{ title: "Organisations and users – Sweetspot" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "admin:view");
  return { ...listOrganisationsWithMembers(), canChangeRoles: can(current.actor, "user:change-role"), search: await getSearchStatus() };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "admin:view");
  const submission = parseWithZod(await request.formData(), { schema: adminActionSchema });
  // The admin forms are buttons and a select, so invalid input means a stale or altered page.
  if (submission.status !== "success") badRequest("That request was not valid. Go back to the admin page and try again.");
  const input = submission.value;
  const actor = current.actor;
  let message: string;
  if (input.intent === "verify-organisation") {
    if (!can(actor, "organisation:verify")) forbidden();
    verifyOrganisation(actor.userId, input.organisationId);
    message = "Organisation verified.";
  } else if (input.intent === "verify-membership") {
    if (!can(actor, "organisation:verify")) forbidden();
    verifyMembership(actor.userId, input.userId);
    message = "Membership confirmed.";
  } else {
    if (!can(actor, "user:change-role")) forbidden();
    changeRole(actor.userId, input.userId, input.role === "" ? null : input.role);
    message = "Role changed.";
  }
  return redirectWithFlash(request, "/admin", { message, kind: "success" });
}

export default function Admin({ loaderData }: Route.ComponentProps) {
  const { organisations, users, canChangeRoles, search } = loaderData;
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return (
    <>
      <h1>Organisations and users</h1>
      <h2>Organisations</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Organisations, unverified first</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Name</th>
            <th className="nhsuk-table__header" scope="col">Kind</th>
            <th className="nhsuk-table__header" scope="col">Place</th>
            <th className="nhsuk-table__header" scope="col">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {organisations.map((o) => (
            <tr className="nhsuk-table__row" key={o.id}>
              <th className="nhsuk-table__header" scope="row">{o.name}</th>
              <td className="nhsuk-table__cell">{labelOf(ORGANISATION_KINDS, o.kind)}</td>
              <td className="nhsuk-table__cell">{labelOf(PLACES, o.place)}</td>
              <td className="nhsuk-table__cell">
                {o.verified ? (
                  <strong className="nhsuk-tag nhsuk-tag--green">Verified</strong>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="verify-organisation" />
                    <input type="hidden" name="organisationId" value={o.id} />
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                      Verify<span className="nhsuk-u-visually-hidden"> {o.name}</span>
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Users</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Users</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Name</th>
            <th className="nhsuk-table__header" scope="col">Organisation</th>
            <th className="nhsuk-table__header" scope="col">Membership</th>
            <th className="nhsuk-table__header" scope="col">Role</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {users.map((u) => (
            <tr className="nhsuk-table__row" key={u.id}>
              <th className="nhsuk-table__header" scope="row">
                {u.name}
                <br />
                <span className="nhsuk-body-s">{u.email}</span>
              </th>
              <td className="nhsuk-table__cell">{orgName.get(u.organisationId)}</td>
              <td className="nhsuk-table__cell">
                {u.membershipVerified ? (
                  "Confirmed"
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="verify-membership" />
                    <input type="hidden" name="userId" value={u.id} />
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                      Confirm<span className="nhsuk-u-visually-hidden"> {u.name}'s membership</span>
                    </button>
                  </Form>
                )}
              </td>
              <td className="nhsuk-table__cell">
                {canChangeRoles ? (
                  <Form method="post" className="app-inline-form">
                    <input type="hidden" name="intent" value="change-role" />
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={`role-${u.id}`}>
                      Role for {u.name}
                    </label>
                    <select className="nhsuk-select" id={`role-${u.id}`} name="role" defaultValue={u.roleOverride ?? ""}>
                      <option value="">As the organisation's kind ({ROLE_LABELS[u.role]})</option>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>{" "}
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                      Change<span className="nhsuk-u-visually-hidden"> role for {u.name}</span>
                    </button>
                  </Form>
                ) : (
                  ROLE_LABELS[u.role]
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Search</h2>
      <SearchStatusPanel status={search} />
    </>
  );
}
