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
import type { ActionType, EvidenceKind, Stage, TrialFacts, TrialStatus } from "../app/domain/workflow";

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

// An accepted match's test and trial, moving through the staged gates (app/domain/workflow).
// One trial per match. Its stage history is the trial's start plus each approving gate decision.
export const trials = sqliteTable(
  "trials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    matchId: integer("match_id").notNull().unique().references(() => matches.id),
    challengeId: integer("challenge_id").notNull().references(() => challenges.id),
    productId: integer("product_id").notNull().references(() => products.id),
    companyOrganisationId: integer("company_organisation_id").notNull().references(() => organisations.id),
    stage: text("stage").$type<Stage>().notNull().default("triage"),
    status: text("status").$type<TrialStatus>().notNull().default("active"),
    /** What the gates have recorded about this trial: research, within the marked purpose, device route. */
    facts: text("facts", { mode: "json" }).$type<TrialFacts>().notNull().default(sql`'{}'`),
    investorVisible: integer("investor_visible", { mode: "boolean" }).notNull().default(false),
    stageEnteredAt: integer("stage_entered_at", { mode: "timestamp_ms" }).notNull(),
    /** When the current stage's last required item was recorded; null while any is missing. */
    evidenceCompleteAt: integer("evidence_complete_at", { mode: "timestamp_ms" }),
    lastReturnedAt: integer("last_returned_at", { mode: "timestamp_ms" }),
    pausedAt: integer("paused_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("trials_company_idx").on(t.companyOrganisationId), index("trials_stage_idx").on(t.stage, t.status)],
);

export const trialSites = sqliteTable(
  "trial_sites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id").notNull().references(() => trials.id),
    organisationId: integer("organisation_id").notNull().references(() => organisations.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("trial_sites_pair_idx").on(t.trialId, t.organisationId), index("trial_sites_organisation_idx").on(t.organisationId)],
);

// A document (stored under DATA_DIR/evidence/<sha256>) or an attestation. Never deleted:
// a replaced item stays on record, and `withdrawnAt` hides one that was recorded in error.
export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id").notNull().references(() => trials.id),
    itemKey: text("item_key").notNull(),
    /** The host site a per-site item is for, or the site that recorded a trial item. */
    siteId: integer("site_id").references(() => trialSites.id),
    kind: text("kind").$type<EvidenceKind>().notNull(),
    text: text("text"),
    attestedOn: text("attested_on"),
    fileSha256: text("file_sha256"),
    fileName: text("file_name"),
    fileType: text("file_type"),
    fileSize: integer("file_size"),
    providedById: integer("provided_by_id").notNull().references(() => users.id),
    providedAt: integer("provided_at", { mode: "timestamp_ms" }).notNull(),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("evidence_trial_idx").on(t.trialId, t.itemKey)],
);

export const gateDecisions = sqliteTable(
  "gate_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id").notNull().references(() => trials.id),
    stage: text("stage").$type<Stage>().notNull(),
    action: text("action").$type<ActionType>().notNull(),
    note: text("note").notNull(),
    decidedById: integer("decided_by_id").notNull().references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
    fromStage: text("from_stage").$type<Stage>().notNull(),
    toStage: text("to_stage").$type<Stage>().notNull(),
    fromStatus: text("from_status").$type<TrialStatus>().notNull(),
    toStatus: text("to_status").$type<TrialStatus>().notNull(),
  },
  (t) => [index("gate_decisions_trial_idx").on(t.trialId)],
);

// The thread between the two sides: on a trial, or on a match before it becomes one.
export const trialMessages = sqliteTable(
  "trial_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trialId: integer("trial_id").references(() => trials.id),
    matchId: integer("match_id").references(() => matches.id),
    authorId: integer("author_id").notNull().references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("trial_messages_trial_idx").on(t.trialId), index("trial_messages_match_idx").on(t.matchId)],
);

export type Organisation = typeof organisations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Challenge = typeof challenges.$inferSelect;
export type Product = typeof products.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type SearchOutboxRow = typeof searchOutbox.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type Trial = typeof trials.$inferSelect;
export type TrialSite = typeof trialSites.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type GateDecision = typeof gateDecisions.$inferSelect;
export type TrialMessage = typeof trialMessages.$inferSelect;
