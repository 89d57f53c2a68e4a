// The conversation on a match or a trial, and the form to add to it. Works without JavaScript.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { TextareaField } from "~/components/form";
import { formatDateTime } from "~/components/record-bits";
import { messageSchema } from "~/forms/trial";

export type ThreadMessage = { id: number; body: string; createdAt: Date; authorName: string; organisationName: string; onMatch: boolean };

export function MessageThread({
  messages,
  mayMessage,
  lastResult,
  audience,
  showOrigin = false,
}: {
  messages: readonly ThreadMessage[];
  mayMessage: boolean;
  lastResult?: SubmissionResult<string[]>;
  /** Who reads a message, for the hint. */
  audience: string;
  /** Marks messages written on the match before it became a trial. */
  showOrigin?: boolean;
}) {
  const [form, fields] = useForm({ id: "message", lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: messageSchema }), shouldValidate: "onSubmit" });
  return (
    <section aria-labelledby="messages-heading" id="messages">
      <h2 id="messages-heading">Messages</h2>
      {messages.length === 0 ? <p>No messages yet.</p> : null}
      <ul className="nhsuk-list">
        {messages.map((m) => (
          <li key={m.id} className="nhsuk-inset-text">
            <p className="nhsuk-body-s">
              {m.authorName}, {m.organisationName} · {formatDateTime(m.createdAt)}
              {showOrigin && m.onMatch ? " · on the match, before the trial" : ""}
            </p>
            <p className="app-message-body">{m.body}</p>
          </li>
        ))}
      </ul>
      {mayMessage ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="message" />
          <TextareaField field={fields.body} label="Write a message" hint={audience} rows={3} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Send
          </button>
        </Form>
      ) : null}
    </section>
  );
}
