// Withdrawing evidence recorded in error: the side that provides an item, while its gate is
// open; the item is missing again, the record stays with the reason in the audit log.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, evidence, trials } from "../../db/schema";
import * as trialRoute from "../../app/routes/trials/detail";
import { signedIn } from "../support/factories";
import { call, getRequest, postRequest } from "../support/routes";
import { startedTrial } from "../support/trials";

const db = () => getDb();
const today = () => new Date().toISOString().slice(0, 10);
const page = (id: number, cookie: string) => call(trialRoute.loader, getRequest(`/trials/${id}`, cookie), { params: { trialId: String(id) } });
const post = (id: number, cookie: string, fields: Record<string, string>) =>
  call(trialRoute.action, postRequest(`/trials/${id}`, fields, cookie), { params: { trialId: String(id) } });
const trialRow = (id: number) => db().select().from(trials).where(eq(trials.id, id)).get()!;

async function trialAtTriage() {
  const t = await startedTrial();
  return { trialId: t.trial.id, clinician: t.clinician, innovator: t.innovator, leader: await signedIn({ role: "leadership" }) };
}

const attest = (trialId: number, cookie: string, requirement: string, text: string) => post(trialId, cookie, { intent: "attest", requirement, text, attestedOn: today() });
const recordOf = async (trialId: number, cookie: string, key: string) =>
  (await page(trialId, cookie)).data.checklist.find((l: { key: string }) => l.key === key).evidence;

describe("withdrawing a record made in error", () => {
  it("makes the item missing again, keeps the row, audits the reason, and reopens the gate", async () => {
    const t = await trialAtTriage();
    expect((await attest(t.trialId, t.leader.cookie, "fit_summary", "Fits the wrong challenge")).status).toBe(302);
    expect((await attest(t.trialId, t.leader.cookie, "inequalities_impact", "Helps deprived areas")).status).toBe(302);
    expect(trialRow(t.trialId).evidenceCompleteAt).not.toBeNull();

    const record = await recordOf(t.trialId, t.leader.cookie, "fit_summary");
    expect(record).toMatchObject({ text: "Fits the wrong challenge", mayWithdraw: true });
    // Nobody else's side may withdraw it; the form shows why and keeps what was typed.
    expect(await recordOf(t.trialId, t.innovator.cookie, "fit_summary")).toMatchObject({ mayWithdraw: false });
    const refused = await post(t.trialId, t.innovator.cookie, { intent: "withdraw", evidenceId: String(record.id), reason: "Not ours to keep" });
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.reason[0]).toMatch(/Only the side that provides an item can withdraw it/);
    expect(refused.data.result.initialValue.reason).toBe("Not ours to keep");
    const noReason = await post(t.trialId, t.leader.cookie, { intent: "withdraw", evidenceId: String(record.id), reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data.evidenceId).toBe(String(record.id));

    const withdrawn = await post(t.trialId, t.leader.cookie, { intent: "withdraw", evidenceId: String(record.id), reason: "Written for another trial." });
    expect(withdrawn.status).toBe(302);
    expect(await recordOf(t.trialId, t.leader.cookie, "fit_summary")).toBeNull();
    expect(trialRow(t.trialId).evidenceCompleteAt).toBeNull();
    expect(db().select().from(evidence).where(eq(evidence.id, record.id)).get()!.withdrawnAt).not.toBeNull();
    const audit = db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "trial"), eq(auditEvents.action, "trial.evidence-withdrawn"), eq(auditEvents.entityId, String(t.trialId)))).get();
    expect(audit?.detail).toMatchObject({ evidenceId: record.id, item: "fit_summary", reason: "Written for another trial." });
    const approve = await post(t.trialId, t.leader.cookie, { intent: "decide", action: "approve", note: "Go" });
    expect(approve.status).toBe(400);

    // Twice is refused plainly.
    const again = await post(t.trialId, t.leader.cookie, { intent: "withdraw", evidenceId: String(record.id), reason: "Again" });
    expect(again.status).toBe(400);
    expect(again.data.result.error.reason[0]).toMatch(/already been withdrawn/);
  });

  it("keeps a decided gate's evidence: nothing of an earlier stage can be withdrawn", async () => {
    const t = await trialAtTriage();
    expect((await attest(t.trialId, t.leader.cookie, "fit_summary", "Fits")).status).toBe(302);
    expect((await attest(t.trialId, t.leader.cookie, "inequalities_impact", "Helps")).status).toBe(302);
    const record = await recordOf(t.trialId, t.leader.cookie, "fit_summary");
    expect((await post(t.trialId, t.leader.cookie, { intent: "decide", action: "approve", note: "A fit." })).status).toBe(302);
    const refused = await post(t.trialId, t.leader.cookie, { intent: "withdraw", evidenceId: String(record.id), reason: "Changed my mind" });
    expect(refused.status).toBe(400);
    expect(db().select().from(evidence).where(eq(evidence.id, record.id)).get()!.withdrawnAt).toBeNull();
  });
});
