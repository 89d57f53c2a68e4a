// Setting a trial up: the trial's facts (research, a device's marked purpose and route) that the
// checklist follows, host sites the leadership group adds, and the leadership group told when a
// trial starts and, once per stage, when a gate decision is overdue.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, notifications, organisations, trials, trialSites, users } from "../../db/schema";
import * as trialList from "../../app/routes/trials/list";
import * as trialRoute from "../../app/routes/trials/detail";
import { requirementsFor } from "../../app/domain/workflow";
import { notifyOverdueGates } from "../../app/services/trial-setup.server";
import { loadTrial } from "../../app/services/trials.server";
import { createOrganisation, signedIn } from "../support/factories";
import { call, getRequest, postRequest, type RouteResult } from "../support/routes";
import { startedTrial } from "../support/trials";

const db = () => getDb();
const today = () => new Date().toISOString().slice(0, 10);

const path = (id: number) => `/trials/${id}`;
const page = (id: number, cookie: string) => call(trialRoute.loader, getRequest(path(id), cookie), { params: { trialId: String(id) } });
const post = (id: number, cookie: string, fields: Record<string, string>) => call(trialRoute.action, postRequest(path(id), fields, cookie), { params: { trialId: String(id) } });
const trialRow = (id: number) => db().select().from(trials).where(eq(trials.id, id)).get()!;
const audit = (id: number, action: string) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "trial"), eq(auditEvents.entityId, String(id)), eq(auditEvents.action, action))).all();
const sitesOf = (id: number) => db().select().from(trialSites).where(eq(trialSites.trialId, id)).all().map((s) => s.organisationId);
const inbox = (userId: number) => db().select().from(notifications).where(eq(notifications.userId, userId)).all();
/** The field errors of the form the trial page replied for. */
const fieldErrors = (r: RouteResult): Record<string, string[]> => r.data?.result?.error ?? {};
const keys = (p: { data: { checklist: { key: string }[] } }) => p.data.checklist.map((l) => l.key);

async function passTriage(trialId: number, cookie: string) {
  for (const requirement of ["fit_summary", "inequalities_impact"]) {
    expect((await post(trialId, cookie, { intent: "attest", requirement, text: `The ${requirement} is sound.`, attestedOn: today() })).status).toBe(302);
  }
  expect((await post(trialId, cookie, { intent: "decide", action: "approve", note: "A fit." })).status).toBe(302);
}

describe("the trial's facts", () => {
  it("the leadership group records them, with an audit event, and the checklist follows the new profile", async () => {
    const { trial } = await startedTrial({ deviceClass: "IIa", ukcaMarked: true });
    const leader = await signedIn({ role: "leadership" });
    expect((await page(trial.id, leader.cookie)).data).toMatchObject({ mayRecordFacts: true, facts: { device: true, marked: true, research: null, route: "marked" } });
    await passTriage(trial.id, leader.cookie);
    expect(keys(await page(trial.id, leader.cookie))).toContain("ukca_certificate");

    const result = await post(trial.id, leader.cookie, { intent: "facts", research: "research", withinMarkedPurpose: "no", deviceRoute: "clinical_investigation" });
    expect(result.status).toBe(302);
    expect(trialRow(trial.id).facts).toEqual({ research: true, withinMarkedPurpose: false, deviceRoute: "clinical_investigation" });
    expect(audit(trial.id, "trial.facts-changed")).toEqual([expect.objectContaining({ fromState: "{}", toState: JSON.stringify(trialRow(trial.id).facts) })]);
    const after = await page(trial.id, leader.cookie);
    expect(after.data.facts).toMatchObject({ research: "research", withinMarkedPurpose: "no", deviceRoute: "clinical_investigation", route: "clinical_investigation" });
    expect(keys(after)).not.toContain("ukca_certificate");

    // The same facts again change nothing and record nothing.
    expect((await post(trial.id, leader.cookie, { intent: "facts", research: "research", withinMarkedPurpose: "no", deviceRoute: "clinical_investigation" })).status).toBe(302);
    expect(audit(trial.id, "trial.facts-changed")).toHaveLength(1);
  });

  it("the company records them too; a product that is no device keeps only the research decision", async () => {
    const { trial, innovator } = await startedTrial({ deviceClass: "not_a_device", ukcaMarked: false });
    expect((await post(trial.id, innovator.cookie, { intent: "facts", research: "service_evaluation", deviceRoute: "clinical_investigation" })).status).toBe(302);
    expect(trialRow(trial.id).facts).toEqual({ research: false });
  });

  it("a device with no mark needs its route", async () => {
    const { trial } = await startedTrial({ deviceClass: "IIa", ukcaMarked: false });
    const leader = await signedIn({ role: "leadership" });
    const refused = await post(trial.id, leader.cookie, { intent: "facts", research: "service_evaluation" });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused).deviceRoute).toBeDefined();
    expect(trialRow(trial.id).facts).toEqual({});
    expect((await post(trial.id, leader.cookie, { intent: "facts", research: "service_evaluation", deviceRoute: "await_marking" })).status).toBe(302);
    expect(trialRow(trial.id).facts).toEqual({ research: false, deviceRoute: "await_marking" });
  });

  it.each([
    ["no research answer", { intent: "facts" }, "research"],
    ["an unknown research answer", { intent: "facts", research: "maybe" }, "research"],
    ["an unknown route", { intent: "facts", research: "research", withinMarkedPurpose: "no", deviceRoute: "just_do_it" }, "deviceRoute"],
    ["a marked device with no answer on its purpose", { intent: "facts", research: "research" }, "withinMarkedPurpose"],
    ["a device used outside its mark with no route", { intent: "facts", research: "research", withinMarkedPurpose: "no" }, "deviceRoute"],
  ])("refuses %s with 400 and changes nothing", async (_, fields, field) => {
    const { trial } = await startedTrial({ deviceClass: "IIa", ukcaMarked: true });
    const leader = await signedIn({ role: "leadership" });
    const result = await post(trial.id, leader.cookie, fields);
    expect(result.status).toBe(400);
    expect(fieldErrors(result)[field]).toBeDefined();
    expect(trialRow(trial.id).facts).toEqual({});
    expect(audit(trial.id, "trial.facts-changed")).toHaveLength(0);
  });

  it("refuses a host site (403), an investor, another company and a stranger trust (404), and an admin (403)", async () => {
    const { trial, clinician } = await startedTrial();
    const fields = { intent: "facts", research: "research", withinMarkedPurpose: "yes" };
    expect((await post(trial.id, clinician.cookie, fields)).status).toBe(403);
    expect((await page(trial.id, clinician.cookie)).data.mayRecordFacts).toBe(false);
    for (const role of ["investor", "innovator", "clinician"] as const) {
      expect((await post(trial.id, (await signedIn({ role })).cookie, fields)).status).toBe(404);
    }
    expect((await post(trial.id, (await signedIn({ role: "admin" })).cookie, fields)).status).toBe(403);
    expect(trialRow(trial.id).facts).toEqual({});
    expect(audit(trial.id, "trial.facts-changed")).toHaveLength(0);
  });

  it("are not changed once the trial has ended", async () => {
    const { trial } = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    expect((await post(trial.id, leader.cookie, { intent: "decide", action: "stop", note: "Not a priority." })).status).toBe(302);
    expect((await page(trial.id, leader.cookie)).data.mayRecordFacts).toBe(false);
    const result = await post(trial.id, leader.cookie, { intent: "facts", research: "research", withinMarkedPurpose: "yes" });
    expect(result.status).toBe(400);
    expect(trialRow(trial.id).facts).toEqual({});
  });
});

describe("adding a host site", () => {
  it("the leadership group adds an NHS or care organisation: audited, its members told and able to see the trial, its per-site items required", async () => {
    const { trial, trust } = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const care = createOrganisation({ kind: "care_provider" });
    const carer = await signedIn({ role: "clinician", organisationId: care.id });
    expect((await page(trial.id, carer.cookie)).status).toBe(404);
    const options = (await page(trial.id, leader.cookie)).data.siteOptions.map((o: { value: string }) => o.value);
    expect(options).toContain(String(care.id));
    expect(options).not.toContain(String(trust.id));

    const result = await post(trial.id, leader.cookie, { intent: "add-site", organisationId: String(care.id) });
    expect(result.status).toBe(302);
    expect(sitesOf(trial.id)).toEqual([trust.id, care.id]);
    const site = db().select().from(trialSites).where(and(eq(trialSites.trialId, trial.id), eq(trialSites.organisationId, care.id))).get()!;
    expect(audit(trial.id, "trial.site-added").map((a) => a.detail)).toContainEqual({ siteId: site.id, organisationId: care.id });
    expect(inbox(carer.user.id)).toEqual([expect.objectContaining({ kind: "trial-site-added", link: path(trial.id) })]);
    const seen = await page(trial.id, carer.cookie);
    expect(seen.status).toBe(200);
    expect(seen.data.side).toBe("site");
    expect(seen.data.sites).toContain(care.name);
    const list = await call(trialList.loader, getRequest("/trials", carer.cookie));
    expect(JSON.stringify(list.data)).toContain(`"id":${trial.id}`);

    const ctx = loadTrial({ userId: leader.user.id, organisationId: leader.user.organisationId, role: "leadership", organisationVerified: true }, trial.id);
    const perSite = requirementsFor(ctx.profile, { through: "adoption", sites: ctx.sites }).filter((r) => r.site?.id === site.id);
    expect(perSite.map((r) => r.key)).toContain(`site_sponsor@${site.id}`);
  });

  it.each([
    ["a company", { kind: "company" as const }],
    ["an investor", { kind: "investor" as const }],
    ["a university", { kind: "university" as const }],
  ])("refuses %s as a host site with 400", async (_, kind) => {
    const { trial, trust } = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const org = createOrganisation(kind);
    const result = await post(trial.id, leader.cookie, { intent: "add-site", organisationId: String(org.id) });
    expect(result.status).toBe(400);
    expect(fieldErrors(result).organisationId).toBeDefined();
    expect(sitesOf(trial.id)).toEqual([trust.id]);
  });

  it.each([["an existing site", "existing"], ["no such organisation", "999999999"], ["not a number", "abc"], ["nothing", ""]])(
    "refuses %s with 400 and changes nothing",
    async (_, value) => {
      const { trial, trust } = await startedTrial();
      const leader = await signedIn({ role: "leadership" });
      const result = await post(trial.id, leader.cookie, { intent: "add-site", organisationId: value === "existing" ? String(trust.id) : value });
      expect(result.status).toBe(400);
      expect(fieldErrors(result).organisationId).toBeDefined();
      expect(sitesOf(trial.id)).toEqual([trust.id]);
      expect(audit(trial.id, "trial.site-added")).toHaveLength(1);
    },
  );

  it("refuses the company and the host site (403), an investor and others (404), and an admin (403)", async () => {
    const { trial, trust, clinician, innovator } = await startedTrial();
    const care = createOrganisation({ kind: "care_provider" });
    const fields = { intent: "add-site", organisationId: String(care.id) };
    expect((await post(trial.id, innovator.cookie, fields)).status).toBe(403);
    expect((await post(trial.id, clinician.cookie, fields)).status).toBe(403);
    expect((await page(trial.id, innovator.cookie)).data.siteOptions).toEqual([]);
    for (const role of ["investor", "innovator", "clinician"] as const) {
      expect((await post(trial.id, (await signedIn({ role })).cookie, fields)).status).toBe(404);
    }
    expect((await post(trial.id, (await signedIn({ role: "admin" })).cookie, fields)).status).toBe(403);
    expect(sitesOf(trial.id)).toEqual([trust.id]);
  });
});

describe("telling the leadership group", () => {
  it("tells every member of a leadership organisation when a trial starts, in the accepting transaction", async () => {
    const leader = await signedIn({ role: "leadership" });
    const { trial, clinician } = await startedTrial();
    expect(inbox(leader.user.id)).toContainEqual(expect.objectContaining({ kind: "trial-started", link: path(trial.id) }));
    expect(inbox(clinician.user.id).map((n) => n.kind)).not.toContain("trial-started");
  });

  it("tells them once per trial and stage when a gate decision is overdue", async () => {
    const leader = await signedIn({ role: "leadership" });
    const { trial } = await startedTrial();
    const overdue = () => inbox(leader.user.id).filter((n) => n.kind === "trial-gate-overdue" && n.link === path(trial.id));
    expect(notifyOverdueGates()).not.toContain(trial.id);
    expect(overdue()).toHaveLength(0);

    db().update(trials).set({ stageEnteredAt: new Date(Date.now() - 60 * 86_400_000) }).where(eq(trials.id, trial.id)).run();
    expect(notifyOverdueGates()).toContain(trial.id);
    expect(overdue()).toHaveLength(1);
    expect(audit(trial.id, "trial.gate-overdue")).toEqual([expect.objectContaining({ toState: "triage", actorUserId: null })]);
    expect(notifyOverdueGates()).not.toContain(trial.id);
    expect(overdue()).toHaveLength(1);
    const others = db().select({ id: users.id }).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(organisations.kind, "company")).all();
    expect(others.flatMap((u) => inbox(u.id)).filter((n) => n.kind === "trial-gate-overdue")).toHaveLength(0);
  });
});
