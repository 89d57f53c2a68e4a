import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, useActionData, useSearchParams } from "react-router";
import type { Route } from "./+types/sign-in";
import { ErrorSummary, TextField } from "~/components/form";
import { signInSchema } from "~/forms/account";
import { clientAddress } from "~/load-context";
import { signIn } from "~/services/accounts.server";
import { sessionCookie } from "~/services/auth/cookies.server";
import { requireAnonymous } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { describeRetry, signInPerAccount, signInPerAddress } from "~/services/rate-limit.server";

export function meta() {
  return [{ title: "Sign in – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  requireAnonymous(request);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(request);
  const submission = parseWithZod(await request.formData(), { schema: signInSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const address = clientAddress(context);
  const limited = [signInPerAddress.hit(address), signInPerAccount.hit(`${address}|${email}`)].find((r) => !r.allowed);
  if (limited && !limited.allowed) {
    return data(
      submission.reply({
        formErrors: [`Too many sign-in attempts. Wait and try again ${describeRetry(limited.retryAfterSeconds)}.`],
        hideFields: ["password"],
      }),
      { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
    );
  }
  const session = await signIn(email, password);
  if (!session) {
    return data(
      submission.reply({ formErrors: ["The email address or password is not correct"], hideFields: ["password"] }),
      { status: 400 },
    );
  }
  return redirectWithFlash(request, redirectTo, { message: "You are signed in.", kind: "success" }, {
    "Set-Cookie": sessionCookie(request, session.token, session.expiresAt),
  });
}

export default function SignIn() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary form={form} fields={{ email: fields.email, password: fields.password }} />
        <h1>Sign in</h1>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
          <TextField field={fields.email} label="Email address" type="email" autoComplete="email" />
          <TextField field={fields.password} label="Password" type="password" autoComplete="current-password" />
          <button className="nhsuk-button" type="submit">
            Sign in
          </button>
        </Form>
        <p>
          New to Sweetspot? <a href="/sign-up">Create an account</a>.
        </p>
      </div>
    </div>
  );
}
