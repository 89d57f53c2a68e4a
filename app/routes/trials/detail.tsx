import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, useActionData } from "react-router";
import type { Route } from "./+types/detail";
import { ErrorSummary, RadiosField, SelectField, TextareaField, TextField } from "~/components/form";
import { MessageThread } from "~/components/message-thread";
import { formatDate, formatDateTime } from "~/components/record-bits";
import { ServiceLevelText, TrialStatusTag } from "~/components/trial-bits";
import { attestSchema, decisionSchema, factsSchema, messageSchema, siteSchema, uploadSchema } from "~/forms/trial";
import { ACCEPT_ATTRIBUTE, ACCEPTED_DESCRIPTION, formatBytes } from "~/domain/uploads";
import { ACTION_RULES, stageLabel } from "~/domain/workflow";
import { requireUser } from "~/services/auth/current-user.server";
import { readUploadForm, recordAttestation, uploadDocument } from "~/services/evidence.server";
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

type FormName = "decide" | "attest" | "upload" | "message" | "facts" | "add-site";
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
type ActionResult = { form: FormName; result: SubmissionResult<string[]> } | undefined;

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
        {page.mayRecordFacts ? <FactsForm facts={page.facts} lastResult={lastFor(actionData, "facts")} /> : null}
        {page.siteOptions.length ? <SiteForm options={page.siteOptions} lastResult={lastFor(actionData, "add-site")} /> : null}
        <Checklist page={page} />
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

function Checklist({ page }: { page: PageData }) {
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

function DecisionForm({ actions, lastResult }: { actions: PageData["actions"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "decide", lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }), shouldValidate: "onSubmit" });
  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">Decide</h2>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decide" />
        <RadiosField
          field={fields.action}
          legend="Your decision"
          options={actions.map((a) => ({ value: a.value, label: a.label, hint: `Give the ${a.noteLabel.toLowerCase()} below.` }))}
        />
        <TextareaField field={fields.note} label="Note" hint="The rationale, the changes needed, the reason or what happened." rows={4} />
        <button className="nhsuk-button" type="submit">
          Record the decision
        </button>
      </Form>
    </section>
  );
}

function UploadForm({ options, lastResult }: { options: PageData["documentOptions"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "upload", lastResult, shouldValidate: "onSubmit" });
  const fileError = fields.file.errors?.[0];
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload a document</h2>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="upload" />
        <SelectField field={fields.requirement} label="Which item" options={options} />
        <div className={`nhsuk-form-group${fileError ? " nhsuk-form-group--error" : ""}`}>
          <label className="nhsuk-label" htmlFor={fields.file.id}>
            The document
          </label>
          <div className="nhsuk-hint" id={fields.file.descriptionId}>
            {`Upload ${ACCEPTED_DESCRIPTION}, smaller than 20 MB.`}
          </div>
          {fileError ? (
            <span className="nhsuk-error-message" id={fields.file.errorId}>
              <span className="nhsuk-u-visually-hidden">Error:</span> {fileError}
            </span>
          ) : null}
          <input
            className={`nhsuk-file-upload${fileError ? " nhsuk-file-upload--error" : ""}`}
            id={fields.file.id}
            name="file"
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            aria-describedby={fileError ? `${fields.file.descriptionId} ${fields.file.errorId}` : fields.file.descriptionId}
          />
        </div>
        <button className="nhsuk-button" type="submit">
          Upload
        </button>
      </Form>
    </section>
  );
}

function AttestForm({ options, lastResult }: { options: PageData["attestationOptions"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "attest", lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: attestSchema }), shouldValidate: "onSubmit" });
  return (
    <section aria-labelledby="attest-heading">
      <h2 id="attest-heading">Record an attestation</h2>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="attest" />
        <SelectField field={fields.requirement} label="Which item" options={options} />
        <TextareaField field={fields.text} label="The attestation" hint="What you confirm, in your own words. It is recorded with your name." rows={4} />
        <TextField field={fields.attestedOn} label="As of" type="date" width={10} hint="The date it was true, for example 2025-03-27." />
        <button className="nhsuk-button" type="submit">
          Record it
        </button>
      </Form>
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

function FactsForm({ facts, lastResult }: { facts: PageData["facts"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    id: "facts",
    lastResult,
    defaultValue: { research: facts.research ?? undefined, withinMarkedPurpose: facts.withinMarkedPurpose ?? undefined, deviceRoute: facts.deviceRoute ?? undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: factsSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">The trial's facts</h2>
      <p className="nhsuk-body-s">What the trial is decides which items its gates need.</p>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="facts" />
        <RadiosField
          field={fields.research}
          legend="Is the trial research or a service evaluation?"
          options={[
            { value: "service_evaluation", label: "Service evaluation" },
            { value: "research", label: "Research" },
          ]}
        />
        {facts.device && facts.marked ? (
          <RadiosField
            field={fields.withinMarkedPurpose}
            legend="Is the device used within its marked purpose?"
            options={[
              { value: "yes", label: "Yes, within its UKCA or CE marked purpose" },
              { value: "no", label: "No, for a purpose its mark does not cover" },
            ]}
          />
        ) : null}
        {facts.device ? (
          <RadiosField
            field={fields.deviceRoute}
            legend="If the device is not marked for this purpose, its route"
            options={[
              { value: "await_marking", label: "Wait for the mark before the trial uses it" },
              { value: "clinical_investigation", label: "Run the trial as a clinical investigation" },
            ]}
          />
        ) : null}
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Record the facts
        </button>
      </Form>
    </section>
  );
}

function SiteForm({ options, lastResult }: { options: PageData["siteOptions"]; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ id: "add-site", lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: siteSchema }), shouldValidate: "onSubmit" });
  return (
    <section aria-labelledby="site-heading">
      <h2 id="site-heading">Add a host site</h2>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="add-site" />
        <SelectField field={fields.organisationId} label="Organisation" hint="An NHS or care organisation. Its members are told and can then see the trial." options={options} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Add the host site
        </button>
      </Form>
    </section>
  );
}
