// NHS.UK form fields bound to Conform, so errors sit beside the field and what the person
// typed survives a round trip to the server, with or without JavaScript.
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import type { ReactNode } from "react";

type Field = FieldMetadata<any, any, string[]>;

function classes(...names: (string | false | undefined)[]) {
  return names.filter(Boolean).join(" ");
}

// Lists every field error Conform knows of (form.allErrors), not just the fields passed in:
// Conform's fieldset is a Proxy with no own keys, so it cannot be enumerated.
export function ErrorSummary({ form, fields }: { form: FormMetadata<any, string[]>; fields: Record<string, Field> }) {
  const fieldErrors = Object.entries(form.allErrors ?? {})
    .filter(([name, errors]) => name !== "" && errors.length > 0)
    .map(([name, errors]) => ({ id: fields[name]?.id ?? `${form.id}-field-${name}`, message: errors[0] }));
  const formErrors = form.errors ?? [];
  if (!fieldErrors.length && !formErrors.length) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {formErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
          {fieldErrors.map((f) => (
            <li key={f.id}>
              <a href={`#${f.id}`}>{f.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ErrorMessage({ field }: { field: Field }) {
  if (!field.errors?.length) return null;
  return (
    <span className="nhsuk-error-message" id={field.errorId}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {field.errors[0]}
    </span>
  );
}

function Hint({ field, hint }: { field: Field; hint?: ReactNode }) {
  return hint ? (
    <div className="nhsuk-hint" id={field.descriptionId}>
      {hint}
    </div>
  ) : null;
}

export function TextField({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  width,
  inputMode,
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "date";
  autoComplete?: string;
  width?: 10 | 20 | 30;
  inputMode?: "numeric";
}) {
  const invalid = !!field.errors?.length;
  const { key, ...props } = getInputProps(field, { type, ariaDescribedBy: hint ? field.descriptionId : undefined });
  return (
    <div className={classes("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <label className="nhsuk-label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <input
        key={key}
        {...props}
        // Passwords are never sent back to the browser, so never prefilled either.
        defaultValue={type === "password" ? undefined : props.defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className={classes("nhsuk-input", width && `nhsuk-input--width-${width}`, invalid && "nhsuk-input--error")}
      />
    </div>
  );
}

export function TextareaField({ field, label, hint, rows = 5 }: { field: Field; label: string; hint?: ReactNode; rows?: number }) {
  const invalid = !!field.errors?.length;
  const { key, ...props } = getTextareaProps(field, { ariaDescribedBy: hint ? field.descriptionId : undefined });
  return (
    <div className={classes("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <label className="nhsuk-label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <textarea key={key} {...props} rows={rows} className={classes("nhsuk-textarea", invalid && "nhsuk-textarea--error")} />
    </div>
  );
}

export function SelectField({
  field,
  label,
  hint,
  options,
  placeholder = "Choose one",
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  options: readonly { value: string | number; label: string }[];
  placeholder?: string;
}) {
  const invalid = !!field.errors?.length;
  const { key, ...props } = getSelectProps(field, { ariaDescribedBy: hint ? field.descriptionId : undefined });
  return (
    <div className={classes("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <label className="nhsuk-label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <select key={key} {...props} className={classes("nhsuk-select", invalid && "nhsuk-select--error")}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RadiosField({
  field,
  legend,
  hint,
  options,
  inline,
}: {
  field: Field;
  legend: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string; hint?: string }[];
  inline?: boolean;
}) {
  return (
    <ChoiceGroup field={field} legend={legend} hint={hint}>
      <div className={classes("nhsuk-radios", inline && "nhsuk-radios--inline")}>
        {getCollectionProps(field, { type: "radio", options: options.map((o) => o.value) }).map(({ key, ...props }) => {
          const option = options.find((o) => o.value === props.value)!;
          return (
            <div className="nhsuk-radios__item" key={key}>
              <input {...props} className="nhsuk-radios__input" />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={props.id}>
                {option.label}
              </label>
              {option.hint ? <div className="nhsuk-hint nhsuk-radios__hint">{option.hint}</div> : null}
            </div>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}

export function CheckboxesField({
  field,
  legend,
  hint,
  options,
}: {
  field: Field;
  legend: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <ChoiceGroup field={field} legend={legend} hint={hint}>
      <div className="nhsuk-checkboxes">
        {getCollectionProps(field, { type: "checkbox", options: options.map((o) => o.value) }).map(({ key, ...props }) => {
          const option = options.find((o) => o.value === props.value)!;
          return (
            <div className="nhsuk-checkboxes__item" key={key}>
              <input {...props} className="nhsuk-checkboxes__input" />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={props.id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}

function ChoiceGroup({ field, legend, hint, children }: { field: Field; legend: string; hint?: ReactNode; children: ReactNode }) {
  const invalid = !!field.errors?.length;
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div className={classes("nhsuk-form-group", invalid && "nhsuk-form-group--error")}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined} id={field.id}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <Hint field={field} hint={hint} />
        <ErrorMessage field={field} />
        {children}
      </fieldset>
    </div>
  );
}
