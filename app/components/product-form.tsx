import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { productIntent, productSchema, type ProductFormValues } from "~/forms/product";
import { CARE_SETTINGS, CLINICAL_AREAS, MUST_HAVES, TECHNOLOGY_TYPES } from "~/domain/taxonomies";
import { CheckboxesField, ErrorSummary, RadiosField, SelectField, TextareaField, TextField } from "./form";
import {
  DEVICE_CLASS_CHOICES,
  DeviceClassHint,
  DtacHint,
  ESF_TIER_CHOICES,
  EsfTierHint,
  FeaturesHint,
  PatientDataHint,
  TRL_CHOICES,
  TrlExplained,
  UkcaHint,
} from "./product-form-help";

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export function ProductForm({
  lastResult,
  defaultValue,
  canPublish,
  published = false,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: ProductFormValues;
  canPublish: boolean;
  /** A published product stays complete, so its changes are checked as strictly as publishing. */
  published?: boolean;
}) {
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: productSchema(productIntent(formData)) }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <ErrorSummary form={form} fields={fields} />
      <Form method="post" {...getFormProps(form)}>
        <h2>About the product</h2>
        <TextField field={fields.name} label="Name" hint="The name people know it by, like 'NightWatch falls sensor'." />
        <TextareaField field={fields.summary} label="Summary" hint="One or two sentences that appear in lists." rows={3} />
        <TextareaField field={fields.description} label="Description" hint="What it is, how it works and who uses it." rows={8} />
        <TextareaField
          field={fields.intendedPurpose}
          label="Intended purpose"
          hint="What it is for, for whom and in what setting, in your own words: for example 'to detect falls of older adults living in care homes and alert staff'. Regulators judge a product against this statement."
          rows={4}
        />
        <SelectField field={fields.technologyType} label="Type of technology" options={TECHNOLOGY_TYPES} placeholder="Choose the type" />
        <CheckboxesField field={fields.clinicalAreas} legend="Clinical areas" hint="Select all that apply." options={CLINICAL_AREAS} />
        <CheckboxesField field={fields.careSettings} legend="Care settings" hint="Where it is used. Select all that apply." options={CARE_SETTINGS} />

        <h2>Regulation and evidence</h2>
        <p>Answer as things stand today. If you are not sure, save a draft and come back: nothing is shown to others until you publish.</p>
        <RadiosField field={fields.deviceClass} legend="Medical device class" hint={<DeviceClassHint />} options={DEVICE_CLASS_CHOICES} />
        <RadiosField field={fields.ukcaMarked} legend="Is it UKCA or CE marked as a medical device?" hint={<UkcaHint />} options={YES_NO} inline />
        <RadiosField field={fields.processesPatientData} legend="Does it process patient data?" hint={<PatientDataHint />} options={YES_NO} inline />
        <RadiosField field={fields.dtacPassed} legend="Has it passed the DTAC?" hint={<DtacHint />} options={YES_NO} inline />
        <RadiosField field={fields.esfTier} legend="NICE evidence tier" hint={<EsfTierHint />} options={ESF_TIER_CHOICES} />
        <SelectField
          field={fields.trl}
          label="Technology readiness level (TRL)"
          hint="How far it has come, from an idea (1) to routine use in care (9)."
          options={TRL_CHOICES}
          placeholder="Choose a level"
        />
        <TrlExplained />
        <CheckboxesField field={fields.features} legend="Features (optional)" hint={<FeaturesHint />} options={MUST_HAVES} />
        <TextareaField
          field={fields.evidenceSummary}
          label="Evidence so far (optional)"
          hint="Studies, pilots, evaluations or audits, with their results and where to read them."
          rows={5}
        />

        <h2>Price and funding</h2>
        <TextField field={fields.priceModel} label="Price model (optional)" hint="For example '£12 per resident per month' or 'annual site licence'." />
        <TextField
          field={fields.fundingSought}
          label="Funding sought (optional)"
          hint="For example '£750,000 seed round to fund a multi-site trial'. Shown only to you, the leadership group and, if you choose below, investors."
        />
        <CheckboxesField
          field={fields.investorVisible}
          legend="Investors (optional)"
          hint="Investors in the region browse the products companies choose to show them, with their evidence tier, readiness and funding sought. They never see your documents or messages."
          options={[{ value: "on", label: "Show this product to investors" }]}
        />
        <div className="nhsuk-button-group">
          {published ? (
            <button className="nhsuk-button" type="submit" name="intent" value="publish">
              Save changes
            </button>
          ) : (
            <>
              {canPublish ? (
                <button className="nhsuk-button" type="submit" name="intent" value="publish">
                  Publish
                </button>
              ) : null}
              <button className={canPublish ? "nhsuk-button nhsuk-button--secondary" : "nhsuk-button"} type="submit" name="intent" value="draft">
                Save as draft
              </button>
            </>
          )}
        </div>
      </Form>
    </>
  );
}
