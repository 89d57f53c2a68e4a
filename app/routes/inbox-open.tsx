// /inbox/:notificationId — opens a notification: marks it read and goes where it points. A GET,
// so the links in the inbox and in emails work without JavaScript; marking one's own
// notification read is harmless to repeat. Someone else's notification is "not found".
import { redirect } from "react-router";
import type { Route } from "./+types/inbox-open";
import { safeRedirect } from "~/forms/account";
import { requirePermission } from "~/services/auth/current-user.server";
import { openNotification } from "~/services/notifications.server";
import { recordId } from "~/services/params.server";

export function loader({ request, params }: Route.LoaderArgs) {
  const current = requirePermission(request, "inbox:view");
  const link = openNotification(current.user.id, recordId(params.notificationId));
  return redirect(safeRedirect.parse(link));
}

// Never shown, as the loader always redirects or fails; it makes this a page rather than a
// resource route, so a notification that is not found gets the site's error page.
export default function OpenNotification() {
  return null;
}
