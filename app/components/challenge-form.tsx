import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { challengeIntent, challengeSchema } from "~/forms/challenge";
import { CARE_SETTINGS, CLINICAL_AREAS, MUST_HAVES, PLACES } from "~/domain/taxonomies";
import { CheckboxesField, ErrorSummary, SelectField, TextareaField, TextField } from "./form";

export const CHALLENGE_FORM_ID = "challenge";

export type ChallengeFormValues = Record<string, string | string[] | number | null | undefined>;

export function ChallengeForm({
  lastResult,
  defaultValue,
  canSubmit,
  submitLabel = "Submit for triage",
  saveLabel = "Save as draft",
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: ChallengeFormValues;
  canSubmit: boolean;
  submitLabel?: string;
  saveLabel?: string;
}) {
  const [form, fields] = useForm({
    id: CHALLENGE_FORM_ID,
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: challengeSchema(challengeIntent(formData)) }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <TextField field={fields.title} label="Title" hint="A short name for the need, like 'Spotting falls risk in care homes'." />
        <TextareaField field={fields.summary} label="Summary" hint="One or two sentences that appear in lists." rows={3} />
        <TextareaField field={fields.problem} label="The problem" hint="What goes wrong today, for whom, and how often." rows={8} />
        <TextField
          field={fields.peopleAffectedPerYear}
          label="People affected a year (optional)"
          hint="An estimate is fine, as a whole number like 12000."
          inputMode="numeric"
          width={10}
        />
        <TextareaField field={fields.currentPathway} label="The current pathway (optional)" hint="How people are cared for now." />
        <TextareaField field={fields.desiredOutcomes} label="The outcomes you want" hint="What would be different, and how you would measure it." />
        <CheckboxesField field={fields.clinicalAreas} legend="Clinical areas" hint="Select all that apply." options={CLINICAL_AREAS} />
        <CheckboxesField field={fields.careSettings} legend="Care settings" hint="Where a solution would be used. Select all that apply." options={CARE_SETTINGS} />
        <SelectField field={fields.place} label="Place" options={PLACES} placeholder="Choose the place" />
        <TextareaField
          field={fields.inequalitiesFocus}
          label="Inequalities focus (optional)"
          hint="Which groups or communities fare worst today, and how a solution should help close the gap."
          rows={3}
        />
        <TextField field={fields.fundingRoute} label="Budget or funding route (optional)" hint="For example 'ICB transformation fund, up to £150,000 for a 12-month pilot'." />
        <CheckboxesField
          field={fields.mustHaves}
          legend="Must-haves (optional)"
          hint="A product that does not meet these will be shown as missing them."
          options={MUST_HAVES}
        />
        <TextField field={fields.closingDate} label="Closing date (optional)" hint="The last day companies can respond." type="date" width={10} />
        <div className="nhsuk-button-group">
          {canSubmit ? (
            <button className="nhsuk-button" type="submit" name="intent" value="submit">
              {submitLabel}
            </button>
          ) : null}
          <button className={canSubmit ? "nhsuk-button nhsuk-button--secondary" : "nhsuk-button"} type="submit" name="intent" value="draft">
            {saveLabel}
          </button>
        </div>
      </Form>
    </>
  );
}
