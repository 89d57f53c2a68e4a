import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, users } from "../../db/schema";
import { effectiveRole, type Role } from "../domain/roles";
import { recordAudit } from "./audit.server";
import { invalidateUserSessions } from "./auth/sessions.server";
import { notFound } from "./errors.server";

export function listOrganisationsWithMembers() {
  const db = getDb();
  const orgs = db.select().from(organisations).orderBy(asc(organisations.verified), asc(organisations.name)).all();
  const members = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      roleOverride: users.roleOverride,
      membershipVerified: users.membershipVerified,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name))
    .all();
  const kindById = new Map(orgs.map((o) => [o.id, o.kind]));
  return {
    organisations: orgs,
    users: members.map((u) => ({ ...u, role: effectiveRole(kindById.get(u.organisationId)!, u.roleOverride) })),
  };
}

export function verifyOrganisation(actorUserId: number, organisationId: number) {
  getDb().transaction((tx) => {
    const org = tx.select().from(organisations).where(eq(organisations.id, organisationId)).get();
    if (!org) notFound("That organisation does not exist.");
    if (org.verified) return;
    tx.update(organisations).set({ verified: true }).where(eq(organisations.id, organisationId)).run();
    recordAudit(tx, {
      actorUserId,
      action: "organisation.verified",
      entityType: "organisation",
      entityId: organisationId,
      fromState: "unverified",
      toState: "verified",
    });
  });
}

export function verifyMembership(actorUserId: number, userId: number) {
  getDb().transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) notFound("That user does not exist.");
    if (user.membershipVerified) return;
    tx.update(users).set({ membershipVerified: true }).where(eq(users.id, userId)).run();
    recordAudit(tx, {
      actorUserId,
      action: "user.membership_verified",
      entityType: "user",
      entityId: userId,
      fromState: "unverified",
      toState: "verified",
      detail: { organisationId: user.organisationId },
    });
  });
}

/** A role change ends the user's sessions so that no page keeps the old powers. */
export function changeRole(actorUserId: number, userId: number, role: Role | null) {
  getDb().transaction((tx) => {
    const row = tx
      .select({ user: users, kind: organisations.kind })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.id, userId))
      .get();
    if (!row) notFound("That user does not exist.");
    const from = effectiveRole(row.kind, row.user.roleOverride);
    const to = effectiveRole(row.kind, role);
    if (row.user.roleOverride === role) return;
    tx.update(users).set({ roleOverride: role }).where(eq(users.id, userId)).run();
    if (userId !== actorUserId) invalidateUserSessions(tx, userId);
    recordAudit(tx, { actorUserId, action: "user.role_changed", entityType: "user", entityId: userId, fromState: from, toState: to });
  });
}
