import { redirect } from "react-router";
import { getDb } from "../../../db/client.server";
import { can, type Actor, type OwnedRecord, type Permission } from "../../domain/permissions";
import { effectiveRole } from "../../domain/roles";
import { forbidden } from "../errors.server";
import { readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.server";
import { validateSessionToken } from "./sessions.server";

export type CurrentUser = {
  actor: Actor;
  sessionId: string;
  user: { id: number; name: string; email: string };
  organisation: { id: number; name: string; kind: string; place: string; verified: boolean };
  /** A fresh cookie to send when the session's expiry moved forward. */
  refreshedCookie: string | null;
};

// Root and route loaders both ask for the user; validate the session once per request.
const perRequest = new WeakMap<Request, CurrentUser | null>();

export function getCurrentUser(request: Request): CurrentUser | null {
  if (perRequest.has(request)) return perRequest.get(request)!;
  const valid = validateSessionToken(getDb(), readCookie(request, SESSION_COOKIE));
  const current: CurrentUser | null = valid && {
    actor: {
      userId: valid.user.id,
      organisationId: valid.organisation.id,
      role: effectiveRole(valid.organisation.kind, valid.user.roleOverride),
      organisationVerified: valid.organisation.verified && valid.user.membershipVerified,
    },
    sessionId: valid.sessionId,
    user: { id: valid.user.id, name: valid.user.name, email: valid.user.email },
    organisation: {
      id: valid.organisation.id,
      name: valid.organisation.name,
      kind: valid.organisation.kind,
      place: valid.organisation.place,
      verified: valid.organisation.verified,
    },
    refreshedCookie: valid.refreshed ? sessionCookie(request, `${readCookie(request, SESSION_COOKIE)}`, valid.expiresAt) : null,
  };
  perRequest.set(request, current);
  return current;
}

/** Signed in, or sent to sign in and brought back afterwards. */
export function requireUser(request: Request): CurrentUser {
  const current = getCurrentUser(request);
  if (!current) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  }
  return current;
}

/** Signed in and allowed; anything else is a redirect to sign in or a 403. */
export function requirePermission(request: Request, permission: Permission, record?: OwnedRecord): CurrentUser {
  const current = requireUser(request);
  if (!can(current.actor, permission, record)) forbidden();
  return current;
}

/** Only for signed-out pages such as sign-in: a signed-in user goes home. */
export function requireAnonymous(request: Request) {
  if (getCurrentUser(request)) throw redirect("/");
}
