import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, useActionData } from "react-router";
import type { Route } from "./+types/sign-up";
import { ErrorSummary, RadiosField, SelectField, TextField } from "~/components/form";
import { MIN_PASSWORD_LENGTH, SELF_SERVICE_KINDS, signUpSchema } from "~/forms/account";
import { labelOf, ORGANISATION_KINDS, PLACES } from "~/domain/taxonomies";
import { clientAddress } from "~/load-context";
import { listJoinableOrganisations, signUp } from "~/services/accounts.server";
import { sessionCookie } from "~/services/auth/cookies.server";
import { requireAnonymous } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { describeRetry, signUpPerAddress } from "~/services/rate-limit.server";

export function meta() {
  return [{ title: "Create an account – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  requireAnonymous(request);
  return {
    organisations: listJoinableOrganisations().map((o) => ({ value: o.id, label: `${o.name} (${labelOf(ORGANISATION_KINDS, o.kind)})` })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(request);
  const submission = parseWithZod(await request.formData(), { schema: signUpSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const limited = signUpPerAddress.hit(clientAddress(context));
  if (!limited.allowed) {
    return data(
      submission.reply({
        formErrors: [`Too many accounts created from here. Try again ${describeRetry(limited.retryAfterSeconds)}.`],
        hideFields: ["password"],
      }),
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  const result = await signUp(submission.value);
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: { [result.field]: [result.message] }, hideFields: ["password"] }), { status: 400 });
  }
  const joined = submission.value.organisationChoice === "join";
  return redirectWithFlash(
    request,
    "/account",
    {
      message: joined
        ? "Your account is ready. The leadership group will confirm your membership before you can publish for your organisation."
        : "Your account is ready. The leadership group will verify your organisation before you can publish.",
      kind: "success",
    },
    { "Set-Cookie": sessionCookie(request, result.token, result.expiresAt) },
  );
}

export default function SignUp({ loaderData }: Route.ComponentProps) {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { organisationChoice: "join" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signUpSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary form={form} fields={fields} />
        <h1>Create an account</h1>
        <p>Sweetspot is for NHS and care partners, healthtech companies, investors and the regional leadership group.</p>
        <Form method="post" {...getFormProps(form)}>
          <TextField field={fields.name} label="Full name" autoComplete="name" />
          <TextField field={fields.email} label="Email address" type="email" autoComplete="email" hint="Use your work email address." />
          <TextField
            field={fields.password}
            label="Password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password.`}
          />
          <RadiosField
            field={fields.organisationChoice}
            legend="Your organisation"
            options={[
              { value: "join", label: "Join an organisation already on Sweetspot" },
              { value: "create", label: "Register a new organisation" },
            ]}
          />
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">If you are joining an organisation</legend>
            <SelectField field={fields.organisationId} label="Organisation" options={loaderData.organisations} placeholder="Choose your organisation" />
          </fieldset>
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">If you are registering a new organisation</legend>
            <TextField field={fields.organisationName} label="Organisation name" autoComplete="organization" />
            <SelectField field={fields.organisationKind} label="Kind of organisation" options={SELF_SERVICE_KINDS} />
            <SelectField field={fields.organisationPlace} label="Where it is based" options={PLACES} />
            <p className="nhsuk-body-s">
              A new organisation is unverified until the leadership group checks it. Until then you can write drafts but
              not publish.
            </p>
          </fieldset>
          <button className="nhsuk-button" type="submit">
            Create account
          </button>
        </Form>
        <p>
          Already have an account? <a href="/sign-in">Sign in</a>.
        </p>
      </div>
    </div>
  );
}
