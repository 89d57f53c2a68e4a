// Creates records straight in the test database, so each test says only what it is about.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.server";
import { getDb } from "../../db/client.server";
import { organisations, users } from "../../db/schema";
import type { Role } from "../../app/domain/roles";
import type { OrganisationKind } from "../../app/domain/taxonomies";
import { hashPassword } from "../../app/services/auth/password.server";
import { createSession } from "../../app/services/auth/sessions.server";
import { SESSION_COOKIE } from "../../app/services/auth/cookies.server";

export const TEST_PASSWORD = "correct horse battery";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const KIND_FOR_ROLE: Record<Role, OrganisationKind> = {
  innovator: "company",
  clinician: "nhs_trust",
  leadership: "leadership",
  investor: "investor",
  admin: "leadership",
};

export function createOrganisation(overrides: Partial<typeof organisations.$inferInsert> = {}, db: Db = getDb()) {
  return db
    .insert(organisations)
    .values({ name: `Organisation ${unique()}`, kind: "nhs_trust", place: "leeds", verified: true, ...overrides })
    .returning()
    .get();
}

let passwordHash: Promise<string> | undefined;

export async function createUser(
  options: { role?: Role; organisationId?: number; verified?: boolean; email?: string; password?: string } = {},
  db: Db = getDb(),
) {
  const role = options.role ?? "clinician";
  const organisationId =
    options.organisationId ?? createOrganisation({ kind: KIND_FOR_ROLE[role], verified: options.verified ?? true }, db).id;
  const hash = options.password ? await hashPassword(options.password) : await (passwordHash ??= hashPassword(TEST_PASSWORD));
  const user = db
    .insert(users)
    .values({
      organisationId,
      name: `Test ${role} ${unique()}`,
      email: options.email ?? `${role}-${unique()}@example.test`,
      passwordHash: hash,
      roleOverride: role === "admin" ? "admin" : null,
      membershipVerified: options.verified ?? true,
    })
    .returning()
    .get();
  return user;
}

/** A signed-in user: the record and the Cookie header their browser would send. */
export async function signedIn(options: Parameters<typeof createUser>[0] = {}, db: Db = getDb()) {
  const user = await createUser(options, db);
  const { token } = createSession(db, user.id);
  return { user, cookie: `${SESSION_COOKIE}=${token}` };
}

export function findUserByEmail(email: string, db: Db = getDb()) {
  return db.select().from(users).where(eq(users.email, email)).get();
}
