import { asc, eq, ne } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, users } from "../../db/schema";
import type { SignUpInput } from "../forms/account";
import { recordAudit } from "./audit.server";
import { createSession, invalidateSession, invalidateUserSessions } from "./auth/sessions.server";
import { hashPassword, verifyAgainstNothing, verifyPassword } from "./auth/password.server";

export type FieldFailure = { ok: false; field: string; message: string };

/** Organisations a new member may ask to join: the leadership group is set up by an admin. */
export function listJoinableOrganisations() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(ne(organisations.kind, "leadership"))
    .orderBy(asc(organisations.name))
    .all();
}

export async function signUp(input: SignUpInput): Promise<{ ok: true; token: string; expiresAt: Date } | FieldFailure> {
  const db = getDb();
  const passwordHash = await hashPassword(input.password);
  // Hashing is slow and async, so it happens before the synchronous transaction.
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
      return { ok: false, field: "email", message: "An account with this email address already exists. Sign in instead." } as const;
    }
    let organisationId: number;
    let createdOrganisation = false;
    if (input.organisationChoice === "join") {
      const org = tx.select().from(organisations).where(eq(organisations.id, input.organisationId!)).get();
      if (!org || org.kind === "leadership") {
        return { ok: false, field: "organisationId", message: "Choose an organisation from the list" } as const;
      }
      organisationId = org.id;
    } else {
      const name = input.organisationName!;
      if (tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()) {
        return {
          ok: false,
          field: "organisationName",
          message: "An organisation with this name is already registered. Choose it from the list to join it.",
        } as const;
      }
      const org = tx
        .insert(organisations)
        .values({ name, kind: input.organisationKind!, place: input.organisationPlace!, verified: false })
        .returning()
        .get();
      organisationId = org.id;
      createdOrganisation = true;
    }
    // The founder of a new organisation is vouched for when the organisation is verified.
    const user = tx
      .insert(users)
      .values({ organisationId, name: input.name, email: input.email, passwordHash, membershipVerified: createdOrganisation })
      .returning()
      .get();
    if (createdOrganisation) {
      recordAudit(tx, {
        actorUserId: user.id,
        action: "organisation.created",
        entityType: "organisation",
        entityId: organisationId,
        toState: "unverified",
      });
    }
    recordAudit(tx, {
      actorUserId: user.id,
      action: "user.signed_up",
      entityType: "user",
      entityId: user.id,
      detail: { organisationId, joined: !createdOrganisation },
    });
    const session = createSession(tx, user.id);
    return { ok: true, token: session.token, expiresAt: session.expiresAt } as const;
  });
}

export async function signIn(email: string, password: string) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) return null;
  return db.transaction((tx) => {
    recordAudit(tx, { actorUserId: user.id, action: "user.signed_in", entityType: "user", entityId: user.id });
    return createSession(tx, user.id);
  });
}

export function signOut(userId: number, sessionId: string) {
  getDb().transaction((tx) => {
    invalidateSession(tx, sessionId);
    recordAudit(tx, { actorUserId: userId, action: "user.signed_out", entityType: "user", entityId: userId });
  });
}

/** Ends every session of the user, then opens a new one for the browser that made the change. */
export async function changePassword(userId: number, currentPassword: string, newPassword: string) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, field: "currentPassword", message: "Your current password is not correct" } as const;
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    invalidateUserSessions(tx, userId);
    recordAudit(tx, { actorUserId: userId, action: "user.password_changed", entityType: "user", entityId: userId });
    const session = createSession(tx, userId);
    return { ok: true, token: session.token, expiresAt: session.expiresAt } as const;
  });
}
