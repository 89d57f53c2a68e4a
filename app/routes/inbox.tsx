import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useLocation } from "react-router";
import type { Route } from "./+types/inbox";
import { Pagination } from "~/components/list-controls";
import { formatDateTime } from "~/components/record-bits";
import { inboxActionSchema, inboxPageSchema } from "~/forms/inbox";
import { requirePermission } from "~/services/auth/current-user.server";
import { badRequest, notFound } from "~/services/errors.server";
import { redirectWithFlash } from "~/services/flash.server";
import { listNotifications, markAllRead, markRead } from "~/services/notifications.server";

export function meta() {
  return [{ title: "Inbox – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "inbox:view");
  const { page } = inboxPageSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...listNotifications(current.user.id, page), page };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "inbox:view");
  const submission = parseWithZod(await request.formData(), { schema: inboxActionSchema });
  if (submission.status !== "success") badRequest("That request was not valid. Go back to your inbox and try again.");
  const input = submission.value;
  if (input.intent === "mark-read") {
    if (!markRead(current.user.id, input.notificationId)) notFound("We could not find that notification.");
    return redirectWithFlash(request, "/inbox", { message: "Notification marked as read.", kind: "success" });
  }
  const marked = markAllRead(current.user.id);
  const message = marked ? `${marked} ${marked === 1 ? "notification" : "notifications"} marked as read.` : "Nothing was unread.";
  return redirectWithFlash(request, "/inbox", { message, kind: "success" });
}

export default function Inbox({ loaderData }: Route.ComponentProps) {
  const { items, total, pages, page, unread } = loaderData;
  const { search } = useLocation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Inbox</h1>
        <p>
          {unread === 0 ? "You have no unread notifications." : `You have ${unread} unread ${unread === 1 ? "notification" : "notifications"}.`}{" "}
          Choose how often you get emails about them on <a href="/account">your account page</a>.
        </p>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="mark-all-read" />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Mark all as read
            </button>
          </Form>
        ) : null}
        {total === 0 ? (
          <p>Nothing yet. You will hear here when a newly published challenge or product strongly matches one of your organisation’s.</p>
        ) : (
          <ul className="nhsuk-list app-inbox">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? "app-inbox__item" : "app-inbox__item app-inbox__item--unread"}>
                <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                  {n.readAt ? null : <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">Unread</strong>}
                  <a href={`/inbox/${n.id}`}>{n.title}</a>
                </h2>
                <p className="nhsuk-u-margin-bottom-2">{n.body}</p>
                <p className="nhsuk-body-s app-inbox__meta">
                  {n.kindLabel}, {formatDateTime(n.createdAt)}
                </p>
                {n.readAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="mark-read" />
                    <input type="hidden" name="notificationId" value={n.id} />
                    <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                      Mark as read<span className="nhsuk-u-visually-hidden">: {n.title}</span>
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pages={pages} search={search} />
      </div>
    </div>
  );
}
