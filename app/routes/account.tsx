import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, useActionData } from "react-router";
import type { Route } from "./+types/account";
import { ErrorSummary, TextField } from "~/components/form";
import { changePasswordSchema, MIN_PASSWORD_LENGTH } from "~/forms/account";
import { ROLE_LABELS } from "~/domain/roles";
import { EMAIL_PREFERENCES, emailPreferenceSchema } from "~/forms/inbox";
import { changePassword } from "~/services/accounts.server";
import { sessionCookie } from "~/services/auth/cookies.server";
import { requirePermission } from "~/services/auth/current-user.server";
import { badRequest } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { getEmailPreference, setEmailPreference } from "~/services/notifications.server";

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
    emailPreference: getEmailPreference(current.user.id),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "account:manage");
  const formData = await request.formData();
  if (formData.get("intent") === "email-preference") {
    // Two radios with one always chosen: anything invalid is an altered page.
    const preference = emailPreferenceSchema.safeParse(Object.fromEntries(formData));
    if (!preference.success) badRequest("Choose how often you want emails, then save.");
    setEmailPreference(current.user.id, preference.data.emailPreference);
    const message = preference.data.emailPreference === "weekly" ? "You will get a weekly digest of your notifications." : "You will get an email for each notification.";
    return redirectWithFlash(request, "/account", { message, kind: "success" });
  }
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
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
  const { user, organisation, role, canPublish, emailPreference } = loaderData;
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
        <Form method="post">
          <input type="hidden" name="intent" value="email-preference" />
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="email-preference-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                <h2 className="nhsuk-fieldset__heading">Emails about your notifications</h2>
              </legend>
              <div className="nhsuk-hint" id="email-preference-hint">
                Everything also appears in your <a href="/inbox">inbox</a>. Notifications you have already read there are not emailed.
              </div>
              <div className="nhsuk-radios">
                {EMAIL_PREFERENCES.map((option) => (
                  <div className="nhsuk-radios__item" key={option.value}>
                    <input
                      className="nhsuk-radios__input"
                      id={`email-preference-${option.value}`}
                      name="emailPreference"
                      type="radio"
                      value={option.value}
                      defaultChecked={emailPreference === option.value}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={`email-preference-${option.value}`}>
                      {option.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Save email preference
          </button>
        </Form>
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
