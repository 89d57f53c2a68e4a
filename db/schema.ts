import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type {
  CareSetting,
  ChallengeStatus,
  ClinicalArea,
  DeviceClass,
  EsfTier,
  MustHave,
  OrganisationKind,
  Place,
  ProductStatus,
  TechnologyType,
} from "../app/domain/taxonomies";
import type { Role } from "../app/domain/roles";
import type { MatchReasons } from "../app/domain/matching/explain";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // The dataset key, so that importing the same file twice matches rather than duplicates.
  key: text("key").unique(),
  name: text("name").notNull().unique(),
  kind: text("kind").$type<OrganisationKind>().notNull(),
  place: text("place").$type<Place>().notNull(),
  verified: integer("verified", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    // Set by an admin; otherwise the role follows the organisation's kind.
    roleOverride: text("role_override").$type<Role>(),
    // Joining an existing organisation needs an admin's or the leadership group's say-so
    // before the member may submit or publish in its name.
    membershipVerified: integer("membership_verified", { mode: "boolean" }).notNull().default(false),
    // Emails for notifications: each one as it happens, or a weekly digest.
    emailPreference: text("email_preference").$type<"immediate" | "weekly">().notNull().default("immediate"),
    createdAt: createdAt(),
  },
  (t) => [index("users_organisation_idx").on(t.organisationId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    // SHA-256 of the token's secret half; the secret itself is never stored.
    secretHash: blob("secret_hash", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const challenges = sqliteTable(
  "challenges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").unique(),
    organisationId: integer("organisation_id").notNull().references(() => organisations.id),
    createdById: integer("created_by_id").references(() => users.id),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    problem: text("problem").notNull(),
    peopleAffectedPerYear: integer("people_affected_per_year"),
    currentPathway: text("current_pathway").notNull().default(""),
    desiredOutcomes: text("desired_outcomes").notNull(),
    clinicalAreas: text("clinical_areas", { mode: "json" }).$type<ClinicalArea[]>().notNull(),
    careSettings: text("care_settings", { mode: "json" }).$type<CareSetting[]>().notNull(),
    place: text("place").$type<Place>().notNull(),
    inequalitiesFocus: text("inequalities_focus").notNull().default(""),
    fundingRoute: text("funding_route").notNull().default(""),
    mustHaves: text("must_haves", { mode: "json" }).$type<MustHave[]>().notNull().default(sql`'[]'`),
    closingDate: text("closing_date"),
    status: text("status").$type<ChallengeStatus>().notNull().default("draft"),
    // The leadership group's note when it returns a submitted challenge to its owner.
    triageNote: text("triage_note"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("challenges_status_idx").on(t.status),
    index("challenges_organisation_idx").on(t.organisationId),
    index("challenges_place_idx").on(t.place),
  ],
);

export const products = sqliteTable(
  "products",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").unique(),
    organisationId: integer("organisation_id").notNull().references(() => organisations.id),
    createdById: integer("created_by_id").references(() => users.id),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    intendedPurpose: text("intended_purpose").notNull(),
    technologyType: text("technology_type").$type<TechnologyType>().notNull(),
    clinicalAreas: text("clinical_areas", { mode: "json" }).$type<ClinicalArea[]>().notNull(),
    careSettings: text("care_settings", { mode: "json" }).$type<CareSetting[]>().notNull(),
    deviceClass: text("device_class").$type<DeviceClass>().notNull(),
    ukcaMarked: integer("ukca_marked", { mode: "boolean" }).notNull().default(false),
    processesPatientData: integer("processes_patient_data", { mode: "boolean" }).notNull().default(false),
    dtacPassed: integer("dtac_passed", { mode: "boolean" }).notNull().default(false),
    esfTier: text("esf_tier").$type<EsfTier>().notNull(),
    trl: integer("trl").notNull(),
    features: text("features", { mode: "json" }).$type<MustHave[]>().notNull().default(sql`'[]'`),
    evidenceSummary: text("evidence_summary").notNull().default(""),
    priceModel: text("price_model").notNull().default(""),
    fundingSought: text("funding_sought").notNull().default(""),
    investorVisible: integer("investor_visible", { mode: "boolean" }).notNull().default(false),
    status: text("status").$type<ProductStatus>().notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("products_status_idx").on(t.status),
    index("products_organisation_idx").on(t.organisationId),
  ],
);

// Append-only: never updated or deleted.
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId)],
);

// A proposed pairing of a challenge and a product. One row per pair: proposing again after
// a decline reopens the same row. Accepting it (issue: the workflow) starts a trial.
export const matches = sqliteTable(
  "matches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    challengeId: integer("challenge_id").notNull().references(() => challenges.id),
    productId: integer("product_id").notNull().references(() => products.id),
    status: text("status").$type<"proposed" | "accepted" | "declined" | "withdrawn">().notNull().default("proposed"),
    proposedByOrganisationId: integer("proposed_by_organisation_id").notNull().references(() => organisations.id),
    proposedById: integer("proposed_by_id").references(() => users.id),
    /** The score and reasons the proposer saw, kept as they were then. */
    score: integer("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<MatchReasons>().notNull(),
    message: text("message").notNull().default(""),
    declineReason: text("decline_reason"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("matches_pair_idx").on(t.challengeId, t.productId), index("matches_product_idx").on(t.productId)],
);

// Pairs already announced as strong matches, so nobody hears about the same pair twice.
export const matchAlerts = sqliteTable(
  "match_alerts",
  {
    challengeId: integer("challenge_id").notNull().references(() => challenges.id),
    productId: integer("product_id").notNull().references(() => products.id),
    score: integer("score").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.productId] })],
);

// The in-app inbox; email copies are sent from here (immediately or in a digest).
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link").notNull(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

// Challenges and products waiting to be pushed to the search index, written in the same
// transaction as the change (DESIGN "Sync without loss"). A row names a record, not an
// operation: the push reads the record's current state, so replaying a row is harmless.
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indexName: text("index_name").$type<"challenges" | "products">().notNull(),
    recordId: integer("record_id").notNull(),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
    lastError: text("last_error"),
  },
  (t) => [index("search_outbox_due_idx").on(t.nextAttemptAt), index("search_outbox_record_idx").on(t.indexName, t.recordId)],
);


// How far each reader of the append-only audit log has got. Match alerts read the
// "published" events from it: those are written in the publish transaction, so an alert is
// never lost to a crash and never runs for a publish that rolled back.
export const auditCursors = sqliteTable("audit_cursors", {
  name: text("name").primaryKey(),
  /** The id of the last audit event this reader has dealt with. */
  position: integer("position").notNull(),
  updatedAt: updatedAt(),
});

// One holder at a time per job across processes: the server's mail worker and
// `npm run mail:digest` must not both send the same email.
export const workerLeases = sqliteTable("worker_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

export type Organisation = typeof organisations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Challenge = typeof challenges.$inferSelect;
export type Product = typeof products.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type SearchOutboxRow = typeof searchOutbox.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
