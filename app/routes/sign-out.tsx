import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { signOut } from "~/services/accounts.server";
import { clearSessionCookie } from "~/services/auth/cookies.server";
import { getCurrentUser } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";

// Signing out changes state, so it is a POST (a link or prefetch cannot sign anyone out).
export function loader() {
  return redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  const current = getCurrentUser(request);
  if (current) signOut(current.user.id, current.sessionId);
  return redirectWithFlash(request, "/", { message: "You are signed out.", kind: "info" }, {
    "Set-Cookie": clearSessionCookie(request),
  });
}
