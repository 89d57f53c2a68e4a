import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, useActionData } from "react-router";
import type { Route } from "./+types/account";
import { ErrorSummary, TextField } from "~/components/form";
import { changePasswordSchema, MIN_PASSWORD_LENGTH } from "~/forms/account";
import { ROLE_LABELS } from "~/domain/roles";
import { changePassword } from "~/services/accounts.server";
import { sessionCookie } from "~/services/auth/cookies.server";
import { requirePermission } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";

export function meta() {
  return [{ title: "Your account – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "account:manage");
  return {
    user: current.user,
    organisation: current.organisation,
    role: ROLE_LABELS[current.actor.role],
    canPublish: current.actor.organisationVerified,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "account:manage");
  const submission = parseWithZod(await request.formData(), { schema: changePasswordSchema });
  const hideFields = ["currentPassword", "newPassword", "confirmPassword"];
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });
  const result = await changePassword(current.user.id, submission.value.currentPassword, submission.value.newPassword);
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: { [result.field]: [result.message] }, hideFields }), { status: 400 });
  }
  return redirectWithFlash(
    request,
    "/account",
    { message: "Your password has been changed. You have been signed out everywhere else.", kind: "success" },
    { "Set-Cookie": sessionCookie(request, result.token, result.expiresAt) },
  );
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { user, organisation, role, canPublish } = loaderData;
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary form={form} fields={fields} />
        <h1>Your account</h1>
        <dl className="nhsuk-summary-list">
          {[
            ["Name", user.name],
            ["Email address", user.email],
            ["Organisation", `${organisation.name}${organisation.verified ? "" : " (awaiting verification)"}`],
            ["Role", role],
            ["Can submit and publish", canPublish ? "Yes" : "Not yet: your organisation or membership is awaiting verification"],
          ].map(([k, v]) => (
            <div className="nhsuk-summary-list__row" key={k}>
              <dt className="nhsuk-summary-list__key">{k}</dt>
              <dd className="nhsuk-summary-list__value">{v}</dd>
            </div>
          ))}
        </dl>
        <h2>Change your password</h2>
        <Form method="post" {...getFormProps(form)}>
          <TextField field={fields.currentPassword} label="Current password" type="password" autoComplete="current-password" />
          <TextField
            field={fields.newPassword}
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          />
          <TextField field={fields.confirmPassword} label="Confirm new password" type="password" autoComplete="new-password" />
          <button className="nhsuk-button" type="submit">
            Change password
          </button>
        </Form>
      </div>
    </div>
  );
}
