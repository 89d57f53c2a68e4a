import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { listChallenges } from "../../db/listing";
import { challenges, organisations } from "../../db/schema";
import type { ChallengeFilters } from "../forms/filters";
import { can, type Actor } from "../domain/permissions";

import { TRIAGE_SERVICE_LEVEL_DAYS } from "../domain/service-levels";
const DAY = 24 * 60 * 60 * 1000;

/** Statuses a reader may list: the public ones, plus submitted for those who read everything. */
export function listableChallengeStatuses(actor: Actor | null): string[] {
  return can(actor, "pipeline:view") ? ["published", "closed", "submitted"] : ["published", "closed"];
}

export function browseChallenges(actor: Actor | null, filters: ChallengeFilters) {
  const allowed = listableChallengeStatuses(actor);
  const chosen = filters.statuses.filter((s) => allowed.includes(s));
  const result = listChallenges(getDb(), { ...filters, statuses: chosen.length ? chosen : ["published"] });
  return { ...result, statusOptions: allowed, pages: Math.max(1, Math.ceil(result.total / filters.pageSize)) };
}

/** Submitted challenges, oldest first, with their age against the 7-day service level. */
export function triageQueue(now = new Date()) {
  return getDb()
    .select({
      id: challenges.id,
      title: challenges.title,
      submittedAt: challenges.submittedAt,
      place: challenges.place,
      clinicalAreas: challenges.clinicalAreas,
      organisationName: organisations.name,
    })
    .from(challenges)
    .innerJoin(organisations, eq(organisations.id, challenges.organisationId))
    .where(eq(challenges.status, "submitted"))
    .orderBy(asc(challenges.submittedAt), asc(challenges.id))
    .all()
    .map((c) => {
      const ageDays = c.submittedAt ? Math.floor((now.getTime() - c.submittedAt.getTime()) / DAY) : 0;
      return { ...c, ageDays, overdue: ageDays > TRIAGE_SERVICE_LEVEL_DAYS };
    });
}

/** Everything the actor's organisation owns, drafts included, newest change first. */
export function organisationChallenges(actor: Actor) {
  return getDb()
    .select({
      id: challenges.id,
      title: challenges.title,
      status: challenges.status,
      triageNote: challenges.triageNote,
      updatedAt: challenges.updatedAt,
    })
    .from(challenges)
    .where(eq(challenges.organisationId, actor.organisationId))
    .orderBy(asc(challenges.status), asc(challenges.title))
    .all();
}
