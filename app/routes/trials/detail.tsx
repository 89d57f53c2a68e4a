import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Link, useActionData } from "react-router";
import type { Route } from "./+types/detail";
import { MessageThread } from "~/components/message-thread";
import { formatDate, formatDateTime } from "~/components/record-bits";
import { ServiceLevelText, TrialStatusTag } from "~/components/trial-bits";
import { attestSchema, decisionSchema, factsSchema, messageSchema, siteSchema, uploadSchema, withdrawSchema } from "~/forms/trial";
import { AttestForm, DecisionForm, FactsForm, SiteForm, UploadForm, WithdrawForm } from "~/components/trial-forms";
import { formatBytes } from "~/domain/uploads";
import { ACTION_RULES, stageLabel } from "~/domain/workflow";
import { requireUser } from "~/services/auth/current-user.server";
import { readUploadForm, recordAttestation, uploadDocument, withdrawEvidence } from "~/services/evidence.server";
import { badRequest } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { recordId } from "~/services/params.server";
import { decideGate } from "~/services/trial-gates.server";
import { trialPage } from "~/services/trial-page.server";
import { addHostSite, setTrialFacts } from "~/services/trial-setup.server";
import { postTrialMessage } from "~/services/messages.server";
import { loadTrial } from "~/services/trials.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data ? `Trial: ${data.product.name}` : "Trial"} – Sweetspot` }];
}

export function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  return trialPage(current.actor, recordId(params.trialId));
}

type FormName = "decide" | "attest" | "upload" | "message" | "facts" | "add-site" | "withdraw";
const reply = (form: FormName, result: SubmissionResult<string[]>, status: number) => data({ form, result }, { status });
const fieldError = (form: FormName, field: string, message: string, status = 400) =>
  reply(form, { status: "error", error: { [field]: [message] } }, status);

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const trialId = recordId(params.trialId);
  // Anyone who may not see the trial learns nothing more, whatever they send.
  loadTrial(current.actor, trialId);
  const back = `/trials/${trialId}`;

  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const read = await readUploadForm(request);
    if (!read.ok) return fieldError("upload", "file", read.message, read.status);
    const submission = parseWithZod(read.formData, { schema: uploadSchema });
    if (submission.status !== "success") return reply("upload", submission.reply(), 400);
    const file = read.formData.get("file");
    if (!(file instanceof File) || (file.size === 0 && !file.name)) return reply("upload", submission.reply({ fieldErrors: { file: ["Select a file to upload"] } }), 400);
    const outcome = await uploadDocument(current.actor, trialId, { requirement: submission.value.requirement, file });
    if (!outcome.ok) return reply("upload", submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), 400);
    return redirectWithFlash(request, back, { message: `Uploaded: ${outcome.title}.`, kind: "success" });
  }

  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "decide": {
      const submission = parseWithZod(formData, { schema: decisionSchema });
      if (submission.status !== "success") return reply("decide", submission.reply(), 400);
      const outcome = decideGate(current.actor, trialId, { type: submission.value.action, note: submission.value.note });
      if (!outcome.ok) return reply("decide", submission.reply({ formErrors: [outcome.message] }), 400);
      return redirectWithFlash(request, back, { message: outcome.message, kind: "success" });
    }
    case "attest": {
      const submission = parseWithZod(formData, { schema: attestSchema });
      if (submission.status !== "success") return reply("attest", submission.reply(), 400);
      const outcome = recordAttestation(current.actor, trialId, submission.value);
      if (!outcome.ok) return reply("attest", submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), 400);
      return redirectWithFlash(request, back, { message: `Recorded: ${outcome.title}.`, kind: "success" });
    }
    case "withdraw": {
      const submission = parseWithZod(formData, { schema: withdrawSchema });
      if (submission.status !== "success") return data({ form: "withdraw" as const, evidenceId: String(formData.get("evidenceId") ?? ""), result: submission.reply() }, { status: 400 });
      const outcome = withdrawEvidence(current.actor, trialId, submission.value);
      if (!outcome.ok) return data({ form: "withdraw" as const, evidenceId: String(submission.value.evidenceId), result: submission.reply({ fieldErrors: { reason: [outcome.message] } }) }, { status: 400 });
      return redirectWithFlash(request, back, { message: `Withdrawn: ${outcome.title}. The item is missing again.`, kind: "success" });
    }
    case "message": {
      const submission = parseWithZod(formData, { schema: messageSchema });
      if (submission.status !== "success") return reply("message", submission.reply(), 400);
      postTrialMessage(current.actor, trialId, submission.value.body);
      return redirectWithFlash(request, `${back}#messages`, { message: "Message sent.", kind: "success" });
    }
    case "facts": {
      const submission = parseWithZod(formData, { schema: factsSchema });
      if (submission.status !== "success") return reply("facts", submission.reply(), 400);
      const outcome = setTrialFacts(current.actor, trialId, submission.value);
      if (!outcome.ok) return reply("facts", submission.reply(outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] }), 400);
      return redirectWithFlash(request, back, { message: outcome.message, kind: "success" });
    }
    case "add-site": {
      const submission = parseWithZod(formData, { schema: siteSchema });
      if (submission.status !== "success") return reply("add-site", submission.reply(), 400);
      const outcome = addHostSite(current.actor, trialId, submission.value.organisationId);
      if (!outcome.ok) return reply("add-site", submission.reply(outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] }), 400);
      return redirectWithFlash(request, back, { message: outcome.message, kind: "success" });
    }
    default:
      badRequest("That request was not valid. Go back to the trial and try again.");
  }
}

type PageData = Route.ComponentProps["loaderData"];
type ActionResult = { form: FormName; result: SubmissionResult<string[]>; evidenceId?: string } | undefined;

const lastFor = (actionData: ActionResult, form: FormName) => (actionData?.form === form ? actionData.result : undefined);

export default function TrialDetail({ loaderData }: Route.ComponentProps) {
  const page = loaderData;
  const actionData = useActionData<typeof action>() as ActionResult;
  const { trial } = page;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">
          {page.product.organisationName} · host {page.sites.length === 1 ? "site" : "sites"}: {page.sites.join(", ")}
        </span>
        <h1>
          Trial: {page.product.name} for {page.challenge.title}
        </h1>
        <p>
          <TrialStatusTag status={trial.status} /> Stage: <strong>{trial.stageLabel}</strong> · <ServiceLevelText level={page.serviceLevel} />
        </p>
        <p className="nhsuk-body-s">
          <Link to={`/products/${page.product.id}`}>The product</Link> · <Link to={`/challenges/${page.challenge.id}`}>The challenge</Link> · Started{" "}
          {formatDate(trial.createdAt)}
        </p>
        <Timeline timeline={page.timeline} />
        <FactsSummary facts={page.facts} />
        {page.mayRecordFacts ? <FactsForm facts={page.facts} lastResult={lastFor(actionData, "facts")} /> : null}
        {page.siteOptions.length ? <SiteForm options={page.siteOptions} lastResult={lastFor(actionData, "add-site")} /> : null}
        <Checklist page={page} withdrawal={actionData?.form === "withdraw" ? actionData : undefined} />
        {page.actions.length ? <DecisionForm actions={page.actions} lastResult={lastFor(actionData, "decide")} /> : null}
        {page.documentOptions.length ? <UploadForm options={page.documentOptions} lastResult={lastFor(actionData, "upload")} /> : null}
        {page.attestationOptions.length ? <AttestForm options={page.attestationOptions} lastResult={lastFor(actionData, "attest")} /> : null}
        <Decisions decisions={page.decisions} />
        <MessageThread
          messages={page.messages}
          mayMessage={page.mayMessage}
          lastResult={lastFor(actionData, "message")}
          audience="The company, the host sites and the leadership group all see it."
          showOrigin
        />
      </div>
    </div>
  );
}

const ROUTE_TEXT: Record<PageData["facts"]["route"], string> = {
  not_a_device: "Not a medical device",
  marked: "A medical device used within its UKCA or CE marked purpose",
  await_marking: "A medical device not marked for this purpose: the trial waits for the mark",
  clinical_investigation: "A medical device not marked for this purpose: run as a clinical investigation",
};

/** What the trial is, as recorded: everyone on the trial sees why its gates need what they need. */
function FactsSummary({ facts }: { facts: PageData["facts"] }) {
  return (
    <dl className="nhsuk-summary-list">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Research or service evaluation</dt>
        <dd className="nhsuk-summary-list__value">
          {facts.research === null ? "Not recorded yet (treated as a service evaluation)" : facts.research === "research" ? "Research" : "Service evaluation"}
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Device regulations</dt>
        <dd className="nhsuk-summary-list__value">{ROUTE_TEXT[facts.route]}</dd>
      </div>
    </dl>
  );
}

function Timeline({ timeline }: { timeline: PageData["timeline"] }) {
  const days = (n: number | null) => (n === null ? "" : n === 1 ? "1 day" : `${n} days`);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Stages</h2>
      <ol className="nhsuk-list app-timeline">
        {timeline.map((t, i) => (
          <li key={t.stage} className={`app-timeline__item app-timeline__item--${t.state}`} aria-current={t.state === "current" ? "step" : undefined}>
            <strong>
              {i + 1}. {t.label}
            </strong>{" "}
            {t.state === "done" ? (
              <span className="nhsuk-tag nhsuk-tag--green">Done</span>
            ) : t.state === "current" ? (
              <span className="nhsuk-tag nhsuk-tag--blue">Current stage</span>
            ) : (
              <span className="nhsuk-tag nhsuk-tag--grey">To come</span>
            )}
            <br />
            <span className="nhsuk-body-s">
              {t.question}
              {t.enteredAt ? ` Entered ${formatDate(t.enteredAt)}; ${t.state === "current" ? "here for" : "took"} ${days(t.days)}.` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Checklist({ page, withdrawal }: { page: PageData; withdrawal?: ActionResult }) {
  const done = page.checklist.filter((l) => l.evidence).length;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{page.trial.stageLabel}: what the gate needs</h2>
      <p>{page.trial.description}</p>
      <p>
        {done} of {page.checklist.length} required items recorded.
      </p>
      <ul className="nhsuk-list">
        {page.checklist.map((line) => (
          <li key={line.key} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                {line.title}
                {line.siteName ? ` – ${line.siteName}` : ""}{" "}
                {line.evidence ? <strong className="nhsuk-tag nhsuk-tag--green">Done</strong> : <strong className="nhsuk-tag nhsuk-tag--red">Missing</strong>}
              </h3>
              <p className="nhsuk-body-s">
                {line.description} {line.because} Provided by: {line.provider.toLowerCase()} ({line.kind}).
              </p>
              {line.evidence ? (
                <p className="nhsuk-body-s">
                  {line.evidence.kind === "document" ? (
                    line.evidence.href ? (
                      <a href={line.evidence.href} download>
                        {line.evidence.fileName} ({formatBytes(line.evidence.fileSize ?? 0)})
                      </a>
                    ) : (
                      <>{line.evidence.fileName}</>
                    )
                  ) : (
                    <>
                      “{line.evidence.text}” (as of {formatDate(line.evidence.attestedOn)})
                    </>
                  )}{" "}
                  — recorded by {line.evidence.providedByName} on {formatDateTime(line.evidence.providedAt)}
                </p>
              ) : null}
              {line.evidence?.mayWithdraw ? (
                <WithdrawForm evidenceId={line.evidence.id} title={line.title} failed={withdrawal?.evidenceId === String(line.evidence.id) ? withdrawal.result : undefined} />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {page.earlierMissing.length ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Missing from earlier stages
            </span>
          </h3>
          <ul>
            {page.earlierMissing.map((m) => (
              <li key={m.key}>
                {m.title} ({m.stage}
                {m.siteName ? `, ${m.siteName}` : ""}). {m.because}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Decisions({ decisions }: { decisions: PageData["decisions"] }) {
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Decisions</h2>
      {decisions.length === 0 ? (
        <p>No gate decisions yet.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Gate decisions, oldest first</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">When</th>
              <th className="nhsuk-table__header" scope="col">Decision</th>
              <th className="nhsuk-table__header" scope="col">Note</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {decisions.map((d) => (
              <tr className="nhsuk-table__row" key={d.id}>
                <td className="nhsuk-table__cell">{formatDateTime(d.decidedAt)}</td>
                <td className="nhsuk-table__cell">
                  {ACTION_RULES[d.action].label} at {stageLabel(d.stage).toLowerCase()}
                  {d.toStage !== d.fromStage ? ` → ${stageLabel(d.toStage).toLowerCase()}` : ""}, by {d.decidedByName}
                </td>
                <td className="nhsuk-table__cell">{d.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
