// The forms on the trial page. Each is a plain POST form (uploads multipart), so all of them
// work without JavaScript; the server decides what each may do.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { ErrorSummary, RadiosField, SelectField, TextareaField, TextField } from "~/components/form";
import { ACCEPT_ATTRIBUTE, ACCEPTED_DESCRIPTION } from "~/domain/uploads";
import { attestSchema, decisionSchema, factsSchema, siteSchema } from "~/forms/trial";
import type { trialPage } from "~/services/trial-page.server";

type PageData = ReturnType<typeof trialPage>;

/** A plain form per record, so it works without JavaScript; open when it has an error. */
export function WithdrawForm({ evidenceId, title, failed }: { evidenceId: number; title: string; failed?: SubmissionResult<string[]> }) {
  const id = `withdraw-${evidenceId}`;
  const error = failed?.error?.reason?.[0];
  const typed = failed?.initialValue?.reason;
  return (
    <details className="nhsuk-details" open={!!error}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Withdraw this record<span className="nhsuk-u-visually-hidden">: {title}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <Form method="post">
          <input type="hidden" name="intent" value="withdraw" />
          <input type="hidden" name="evidenceId" value={evidenceId} />
          <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
            <label className="nhsuk-label" htmlFor={id}>
              Why it is withdrawn<span className="nhsuk-u-visually-hidden">: {title}</span>
            </label>
            <div className="nhsuk-hint" id={`${id}-hint`}>
              For example, the wrong file. The item becomes missing again; the record stays in the trial’s history.
            </div>
            {error ? (
              <span className="nhsuk-error-message" id={`${id}-error`}>
                <span className="nhsuk-u-visually-hidden">Error:</span> {error}
              </span>
            ) : null}
            <textarea
              className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
              id={id}
              name="reason"
              rows={2}
              defaultValue={typeof typed === "string" ? typed : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} />
          </div>
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Withdraw the record<span className="nhsuk-u-visually-hidden">: {title}</span>
          </button>
        </Form>
      </div>
    </details>
  );
}

export function DecisionForm({ actions, lastResult }: { actions: PageData["actions"]; lastResult?: SubmissionResult<string[]> }) {
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

export function UploadForm({ options, lastResult }: { options: PageData["documentOptions"]; lastResult?: SubmissionResult<string[]> }) {
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

export function AttestForm({ options, lastResult }: { options: PageData["attestationOptions"]; lastResult?: SubmissionResult<string[]> }) {
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

export function FactsForm({ facts, lastResult }: { facts: PageData["facts"]; lastResult?: SubmissionResult<string[]> }) {
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

export function SiteForm({ options, lastResult }: { options: PageData["siteOptions"]; lastResult?: SubmissionResult<string[]> }) {
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
