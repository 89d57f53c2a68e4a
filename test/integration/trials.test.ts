// From a proposed match to a trial, and through its first gates: accepting and declining,
// gate decisions judged by the server, evidence uploads checked by content, and who may see
// a trial and its documents.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, evidence, gateDecisions, matches, notifications, trials, trialSites, users } from "../../db/schema";
import * as matchesRoute from "../../app/routes/matches/list";
import * as trialList from "../../app/routes/trials/list";
import * as trialRoute from "../../app/routes/trials/detail";
import * as download from "../../app/routes/trials/evidence-download";
import { MAX_UPLOAD_BYTES } from "../../app/domain/uploads";
import { signedIn } from "../support/factories";
import { call, fieldErrors, getRequest, multipartRequest, postRequest, type UploadFile } from "../support/routes";
import { proposedMatch, respondToMatch, startedTrial } from "../support/trials";

const db = () => getDb();
const PDF = (text = "evidence") => `%PDF-1.7\n${text}\n%%EOF\n`;

type Side = Awaited<ReturnType<typeof signedIn>>;

const respond = respondToMatch;

const trialPath = (id: number) => `/trials/${id}`;
const page = (id: number, cookie: string) => call(trialRoute.loader, getRequest(trialPath(id), cookie), { params: { trialId: String(id) } });
const post = (id: number, cookie: string, fields: Record<string, string>) =>
  call(trialRoute.action, postRequest(trialPath(id), fields, cookie), { params: { trialId: String(id) } });
const upload = (id: number, cookie: string, requirement: string, file: UploadFile | null, headers?: Record<string, string>) =>
  call(trialRoute.action, multipartRequest(trialPath(id), { intent: "upload", requirement }, file, cookie, headers), { params: { trialId: String(id) } });
const today = () => new Date().toISOString().slice(0, 10);
const trialRow = (id: number) => db().select().from(trials).where(eq(trials.id, id)).get()!;
const trialAudit = (id: number) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "trial"), eq(auditEvents.entityId, String(id)))).all().map((a) => a.action);
const evidenceFiles = () => {
  const dir = join(process.env.DATA_DIR!, "evidence");
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

async function passTriage(trialId: number) {
  const leader = await signedIn({ role: "leadership" });
  for (const requirement of ["fit_summary", "inequalities_impact"]) {
    const r = await post(trialId, leader.cookie, { intent: "attest", requirement, text: `The ${requirement} is sound.`, attestedOn: today() });
    expect(r.status).toBe(302);
  }
  expect((await post(trialId, leader.cookie, { intent: "decide", action: "approve", note: "A regional priority and a fit." })).status).toBe(302);
  return leader;
}

describe("the matches page", () => {
  it("lists the match for both sides, with accept and decline only for the side that did not propose", async () => {
    const { match, clinician, innovator } = await proposedMatch();
    const mine = (await call(matchesRoute.loader, getRequest("/matches", clinician.cookie))).data.matches.find((m: { id: number }) => m.id === match.id);
    expect(mine).toMatchObject({ status: "proposed", proposedByUs: true, mayRespond: false });
    const theirs = (await call(matchesRoute.loader, getRequest("/matches", innovator.cookie))).data.matches.find((m: { id: number }) => m.id === match.id);
    expect(theirs).toMatchObject({ status: "proposed", proposedByUs: false, mayRespond: true });
  });

  it("does not list another organisation's matches, and refuses investors and admins", async () => {
    const { match } = await proposedMatch();
    const stranger = await signedIn({ role: "innovator" });
    const list = (await call(matchesRoute.loader, getRequest("/matches", stranger.cookie))).data.matches;
    expect(list.map((m: { id: number }) => m.id)).not.toContain(match.id);
    for (const role of ["investor", "admin"] as const) {
      const { cookie } = await signedIn({ role });
      expect((await call(matchesRoute.loader, getRequest("/matches", cookie))).status).toBe(403);
    }
  });
});

describe("answering a proposed match", () => {
  it("accepting creates the trial at triage, with the challenge's organisation as host site, audit events and the proposer told, in one go", async () => {
    const { match, trust, company, challenge, product, clinician, innovator } = await proposedMatch();
    const result = await respond(innovator.cookie, { matchId: String(match.id), decision: "accept" });
    expect(result.status).toBe(302);
    const trial = db().select().from(trials).where(eq(trials.matchId, match.id)).get()!;
    expect(result.location).toBe(`/trials/${trial.id}`);
    expect(trial).toMatchObject({ stage: "triage", status: "active", challengeId: challenge.id, productId: product.id, companyOrganisationId: company.id });
    expect(db().select().from(trialSites).where(eq(trialSites.trialId, trial.id)).all().map((s) => s.organisationId)).toEqual([trust.id]);
    expect(db().select().from(matches).where(eq(matches.id, match.id)).get()).toMatchObject({ status: "accepted" });
    const matchAudit = db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "match"), eq(auditEvents.entityId, String(match.id)))).all();
    expect(matchAudit.map((a) => a.action)).toEqual(["match.accepted"]);
    expect(trialAudit(trial.id)).toEqual(["trial.created", "trial.site-added"]);
    const told = db().select().from(notifications).where(eq(notifications.userId, clinician.user.id)).all();
    expect(told).toEqual([expect.objectContaining({ kind: "match-accepted", link: `/trials/${trial.id}` })]);

    const again = await respond(innovator.cookie, { matchId: String(match.id), decision: "accept" });
    expect(again.status).toBe(403);
    expect(db().select().from(trials).where(eq(trials.matchId, match.id)).all()).toHaveLength(1);
  });

  it("the proposing organisation cannot accept its own proposal", async () => {
    const { match, clinician } = await proposedMatch();
    const result = await respond(clinician.cookie, { matchId: String(match.id), decision: "accept" });
    expect(result.status).toBe(403);
    expect(result.data.message).toMatch(/Your organisation proposed this match/);
    expect(db().select().from(matches).where(eq(matches.id, match.id)).get()!.status).toBe("proposed");
    expect(db().select().from(trials).where(eq(trials.matchId, match.id)).all()).toHaveLength(0);
  });

  it.each([
    ["another company's innovator", { role: "innovator" as const }, 404],
    ["the leadership group", { role: "leadership" as const }, 403],
    ["an investor", { role: "investor" as const }, 403],
  ])("refuses %s and changes nothing", async (_, who, status) => {
    const { match } = await proposedMatch();
    const { cookie } = await signedIn(who);
    expect((await respond(cookie, { matchId: String(match.id), decision: "accept" })).status).toBe(status);
    expect(db().select().from(matches).where(eq(matches.id, match.id)).get()!.status).toBe("proposed");
  });

  it("refuses an unverified member of the other side", async () => {
    const { match, company } = await proposedMatch();
    const { cookie } = await signedIn({ role: "innovator", organisationId: company.id, verified: false });
    expect((await respond(cookie, { matchId: String(match.id), decision: "accept" })).status).toBe(403);
  });

  it("declining needs a reason, keeps it, and tells the proposer", async () => {
    const { match, innovator, clinician } = await proposedMatch();
    const bare = await respond(innovator.cookie, { matchId: String(match.id), decision: "decline", reason: " " });
    expect(bare.status).toBe(400);
    expect(bare.data.result.error.reason).toEqual(["Enter the reason for declining"]);
    const declined = await respond(innovator.cookie, { matchId: String(match.id), decision: "decline", reason: "Not for care homes yet." });
    expect(declined.status).toBe(302);
    expect(db().select().from(matches).where(eq(matches.id, match.id)).get()).toMatchObject({ status: "declined", declineReason: "Not for care homes yet." });
    expect(db().select().from(trials).where(eq(trials.matchId, match.id)).all()).toHaveLength(0);
    expect(db().select().from(notifications).where(eq(notifications.userId, clinician.user.id)).all()).toEqual([
      expect.objectContaining({ kind: "match-declined" }),
    ]);
  });
});

describe("who may see a trial", () => {
  it.each([
    ["the company", "innovator", 200],
    ["the host site", "clinician", 200],
    ["the leadership group", "leadership", 200],
    ["an admin", "admin", 200],
    ["an investor", "investor", 404],
    ["another company", "other-innovator", 404],
    ["another trust", "other-clinician", 404],
  ] as const)("%s → %s", async (_, who, status) => {
    const t = await startedTrial();
    const cookie =
      who === "innovator" ? t.innovator.cookie : who === "clinician" ? t.clinician.cookie : (await signedIn({ role: who.replace("other-", "") as never })).cookie;
    const result = await page(t.trial.id, cookie);
    expect(result.status).toBe(status);
    if (who === "admin") {
      expect(result.data.actions).toEqual([]);
      expect(result.data.mayMessage).toBe(false);
      expect(result.data.documentOptions).toEqual([]);
    }
  });

  it("shows the timeline, the triage checklist with why each item is needed, and the leadership group's actions", async () => {
    const t = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const { data } = await page(t.trial.id, leader.cookie);
    expect(data.timeline.map((s: { state: string }) => s.state)).toEqual(["current", "to-come", "to-come", "to-come", "to-come", "to-come", "to-come"]);
    expect(data.checklist.map((l: { title: string; evidence: unknown }) => [l.title, l.evidence])).toEqual([
      ["Fit summary", null],
      ["Inequalities impact", null],
    ]);
    expect(data.checklist[0].because).toBe("Required for every trial.");
    expect(data.actions.map((a: { value: string }) => a.value)).toEqual(["approve", "return", "stop"]);
    expect(data.attestationOptions.map((o: { value: string }) => o.value)).toEqual(["fit_summary", "inequalities_impact"]);
    const company = await page(t.trial.id, t.innovator.cookie);
    expect(company.data.actions.map((a: { value: string }) => a.value)).toEqual(["withdraw"]);
  });

  it("lists every trial for the leadership group, and only its own for a host site", async () => {
    const a = await startedTrial();
    const b = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const all = (await call(trialList.loader, getRequest("/trials", leader.cookie))).data.trials.map((t: { id: number }) => t.id);
    expect(all).toEqual(expect.arrayContaining([a.trial.id, b.trial.id]));
    const own = (await call(trialList.loader, getRequest("/trials", b.clinician.cookie))).data.trials.map((t: { id: number }) => t.id);
    expect(own).toEqual([b.trial.id]);
    const investor = await signedIn({ role: "investor" });
    expect((await call(trialList.loader, getRequest("/trials", investor.cookie))).status).toBe(403);
  });
});

describe("gate decisions", () => {
  it("refuses to approve while a required item is missing, whatever the form says", async () => {
    const t = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const forged = await post(t.trial.id, leader.cookie, { intent: "decide", action: "approve", note: "Looks fine", stage: "adoption", evidenceComplete: "true", missing: "" });
    expect(forged.status).toBe(400);
    expect(forged.data.result.error[""]).toEqual([expect.stringMatching(/cannot be approved while 2 required items are missing: Fit summary; Inequalities impact/)]);
    expect(trialRow(t.trial.id)).toMatchObject({ stage: "triage", status: "active" });
    expect(db().select().from(gateDecisions).where(eq(gateDecisions.trialId, t.trial.id)).all()).toHaveLength(0);
  });

  it("approves once the evidence is in, moving the trial on with the decision and its audit event", async () => {
    const t = await startedTrial();
    await passTriage(t.trial.id);
    expect(trialRow(t.trial.id)).toMatchObject({ stage: "regulatory_readiness", status: "active", evidenceCompleteAt: null });
    expect(db().select().from(gateDecisions).where(eq(gateDecisions.trialId, t.trial.id)).all()).toEqual([
      expect.objectContaining({ action: "approve", fromStage: "triage", toStage: "regulatory_readiness", note: "A regional priority and a fit." }),
    ]);
    expect(trialAudit(t.trial.id)).toEqual([
      "trial.created",
      "trial.site-added",
      "trial.attestation-recorded",
      "trial.attestation-recorded",
      "trial.approve",
    ]);
    const { data } = await page(t.trial.id, t.innovator.cookie);
    expect(data.timeline.slice(0, 2).map((s: { state: string }) => s.state)).toEqual(["done", "current"]);
    expect(data.decisions).toHaveLength(1);
  });

  it("the company cannot approve its own gate, nor record the leadership group's evidence", async () => {
    const t = await startedTrial();
    const approve = await post(t.trial.id, t.innovator.cookie, { intent: "decide", action: "approve", note: "We approve ourselves" });
    expect(approve.status).toBe(403);
    const attest = await post(t.trial.id, t.innovator.cookie, { intent: "attest", requirement: "fit_summary", text: "Great fit", attestedOn: today() });
    expect(attest.status).toBe(400);
    expect(fieldErrors({ ...attest, data: attest.data.result }).requirement).toEqual(["The leadership group provides this item, not you"]);
    expect(trialRow(t.trial.id).stage).toBe("triage");
  });

  it("a return needs a note; the company may withdraw, and after that nothing more is decided", async () => {
    const t = await startedTrial();
    const leader = await signedIn({ role: "leadership" });
    const noNote = await post(t.trial.id, leader.cookie, { intent: "decide", action: "return", note: "" });
    expect(noNote.status).toBe(400);
    expect(noNote.data.result.error.note).toBeDefined();
    expect((await post(t.trial.id, leader.cookie, { intent: "decide", action: "return", note: "Say more about inequalities." })).status).toBe(302);
    expect(trialRow(t.trial.id).lastReturnedAt).not.toBeNull();
    expect((await post(t.trial.id, t.innovator.cookie, { intent: "decide", action: "withdraw", note: "Funding fell through." })).status).toBe(302);
    expect(trialRow(t.trial.id).status).toBe("withdrawn");
    const after = await post(t.trial.id, leader.cookie, { intent: "decide", action: "stop", note: "Too late" });
    expect(after.status).toBe(400);
    expect(after.data.result.error[""][0]).toMatch(/withdrew/);
  });

  it("a safety incident pauses only a live trial", async () => {
    const t = await startedTrial();
    const pause = await post(t.trial.id, t.clinician.cookie, { intent: "decide", action: "pause", note: "A fall was missed" });
    expect(pause.status).toBe(400);
    expect(pause.data.result.error[""][0]).toMatch(/only in the live trial/);
    expect(trialRow(t.trial.id).status).toBe("active");
  });
});

describe("evidence uploads", () => {
  async function atRegulatoryReadiness() {
    const t = await startedTrial();
    const leader = await passTriage(t.trial.id);
    return { ...t, leader };
  }
  const evidenceCount = (trialId: number) => db().select().from(evidence).where(eq(evidence.trialId, trialId)).all().length;

  it("stores a PDF under its SHA-256, records who and when with an audit event, and serves it to both sides and the leadership group", async () => {
    const t = await atRegulatoryReadiness();
    const content = PDF("intended purpose");
    const result = await upload(t.trial.id, t.innovator.cookie, "intended_purpose", { name: "Intended purpose.pdf", type: "application/pdf", bytes: content });
    expect(result.status).toBe(302);
    const sha = createHash("sha256").update(content).digest("hex");
    expect(readFileSync(join(process.env.DATA_DIR!, "evidence", sha), "utf8")).toBe(content);
    const row = db().select().from(evidence).where(eq(evidence.trialId, t.trial.id)).all().find((e) => e.kind === "document")!;
    expect(row).toMatchObject({ itemKey: "intended_purpose", fileSha256: sha, fileName: "Intended purpose.pdf", fileType: "application/pdf", providedById: t.innovator.user.id });
    expect(trialAudit(t.trial.id).at(-1)).toBe("trial.document-uploaded");

    for (const cookie of [t.innovator.cookie, t.clinician.cookie, t.leader.cookie]) {
      const got = await call(download.loader, getRequest(`/trials/${t.trial.id}/evidence/${row.id}`, cookie), { params: { trialId: String(t.trial.id), evidenceId: String(row.id) } });
      expect(got.status).toBe(200);
      expect(got.headers.get("Content-Type")).toBe("application/pdf");
      expect(got.headers.get("Content-Disposition")).toMatch(/^attachment; filename="Intended purpose.pdf"/);
      expect(got.data).toBe(content);
    }
    const { data } = await page(t.trial.id, t.innovator.cookie);
    const line = data.checklist.find((l: { key: string }) => l.key === "intended_purpose");
    expect(line.evidence).toMatchObject({ providedByName: expect.stringContaining("innovator"), href: `/trials/${t.trial.id}/evidence/${row.id}` });
  });

  it("serves no document to an investor, an admin, another trust or another company, even with a right id", async () => {
    const t = await atRegulatoryReadiness();
    await upload(t.trial.id, t.innovator.cookie, "intended_purpose", { name: "ip.pdf", bytes: PDF() });
    const row = db().select().from(evidence).where(and(eq(evidence.trialId, t.trial.id), eq(evidence.kind, "document"))).get()!;
    const other = await startedTrial();
    const callers = [
      (await signedIn({ role: "investor" })).cookie,
      (await signedIn({ role: "admin" })).cookie,
      (await signedIn({ role: "innovator" })).cookie,
      other.clinician.cookie,
    ];
    for (const cookie of callers) {
      const got = await call(download.loader, getRequest(`/trials/${t.trial.id}/evidence/${row.id}`, cookie), { params: { trialId: String(t.trial.id), evidenceId: String(row.id) } });
      expect(got.status).toBe(404);
    }
    // A site of another trial asking through its own trial's address gets nothing either.
    const crossed = await call(download.loader, getRequest(`/trials/${other.trial.id}/evidence/${row.id}`, other.clinician.cookie), {
      params: { trialId: String(other.trial.id), evidenceId: String(row.id) },
    });
    expect(crossed.status).toBe(404);
  });

  it.each([
    ["a file just over 20 MB", { name: "big.pdf", bytes: PDF("x".repeat(MAX_UPLOAD_BYTES)) }, "file", "The selected file must be smaller than 20 MB", 400],
    ["a body over the request limit, read without trusting any length", { name: "huge.pdf", bytes: PDF("x".repeat(MAX_UPLOAD_BYTES + 2 * 1024 * 1024)) }, "file", "The selected file must be smaller than 20 MB", 413],
    ["a text file named .pdf", { name: "report.pdf", type: "application/pdf", bytes: "just some text" }, "file", "The selected file must be a PDF, a Word document or a PNG or JPEG image", 400],
    ["a zip that is not a Word document", { name: "report.docx", bytes: "PK\u0003\u0004xl/workbook.xml" }, "file", "The selected file must be a PDF, a Word document or a PNG or JPEG image", 400],
    ["an empty file", { name: "empty.pdf", bytes: "" }, "file", "The selected file is empty: choose the document itself", 400],
    ["no file at all", null, "file", "Select a file to upload", 400],
  ] as const)("refuses %s with a message beside the field, storing nothing", async (_, file, field, message, status) => {
    const t = await atRegulatoryReadiness();
    const files = evidenceFiles();
    const before = evidenceCount(t.trial.id);
    const result = await upload(t.trial.id, t.innovator.cookie, "intended_purpose", file as UploadFile | null);
    expect(result.status).toBe(status);
    expect(result.data.form).toBe("upload");
    expect(result.data.result.error[field]).toEqual([message]);
    expect(evidenceCount(t.trial.id)).toBe(before);
    expect(evidenceFiles()).toEqual(files);
  });

  it("refuses a declared length over the limit before reading the body", async () => {
    const t = await atRegulatoryReadiness();
    const result = await upload(t.trial.id, t.innovator.cookie, "intended_purpose", { name: "ip.pdf", bytes: PDF() }, { "Content-Length": String(30 * 1024 * 1024) });
    expect(result.status).toBe(413);
  });

  it("keeps a path-trick name only as a safe name; the file is stored under its hash alone", async () => {
    const t = await atRegulatoryReadiness();
    const content = PDF("path trick");
    const result = await upload(t.trial.id, t.innovator.cookie, "intended_purpose", { name: "../../etc/passwd", bytes: content });
    expect(result.status).toBe(302);
    const sha = createHash("sha256").update(content).digest("hex");
    expect(evidenceFiles()).toContain(sha);
    expect(evidenceFiles().every((f) => /^[0-9a-f]{64}$/.test(f))).toBe(true);
    expect(existsSync(join(process.env.DATA_DIR!, "etc"))).toBe(false);
    const row = db().select().from(evidence).where(eq(evidence.fileSha256, sha)).get()!;
    expect(row.fileName).toBe("passwd.pdf");
  });

  it("names a file by what it is: a PNG called .pdf is kept and served as a PNG", async () => {
    const t = await atRegulatoryReadiness();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect((await upload(t.trial.id, t.innovator.cookie, "intended_purpose", { name: "scan.pdf", bytes: png })).status).toBe(302);
    const row = db().select().from(evidence).where(and(eq(evidence.trialId, t.trial.id), eq(evidence.kind, "document"))).get()!;
    expect(row).toMatchObject({ fileName: "scan.png", fileType: "image/png" });
  });

  it("refuses an item the uploader does not provide, or one the trial does not need yet, storing nothing", async () => {
    const t = await atRegulatoryReadiness();
    const files = evidenceFiles();
    const site = await upload(t.trial.id, t.clinician.cookie, "intended_purpose", { name: "x.pdf", bytes: PDF("site") });
    expect(site.status).toBe(400);
    expect(site.data.result.error.requirement).toEqual(["The company provides this item, not you"]);
    const later = await upload(t.trial.id, t.innovator.cookie, "evaluation_report", { name: "x.pdf", bytes: PDF("later") });
    expect(later.data.result.error.requirement).toEqual(["Choose an item this trial needs at this stage or an earlier one"]);
    const investor = await signedIn({ role: "investor" });
    expect((await upload(t.trial.id, investor.cookie, "intended_purpose", { name: "x.pdf", bytes: PDF("investor") })).status).toBe(404);
    expect(evidenceFiles()).toEqual(files);
  });
});

describe("messages on a trial", () => {
  it("the company writes, the host site is told, and the thread shows on the page", async () => {
    const t = await startedTrial();
    const sent = await post(t.trial.id, t.innovator.cookie, { intent: "message", body: "When can we visit the ward?" });
    expect(sent.status).toBe(302);
    const { data } = await page(t.trial.id, t.clinician.cookie);
    expect(data.messages.map((m: { body: string }) => m.body)).toEqual(["When can we visit the ward?"]);
    const told = db().select().from(notifications).where(and(eq(notifications.userId, t.clinician.user.id), eq(notifications.kind, "trial-message"))).all();
    expect(told).toHaveLength(1);
    const empty = await post(t.trial.id, t.innovator.cookie, { intent: "message", body: "" });
    expect(empty.status).toBe(400);
    const admin = await signedIn({ role: "admin" });
    expect((await post(t.trial.id, admin.cookie, { intent: "message", body: "Hello" })).status).toBe(403);
    expect(db().select().from(users).where(eq(users.id, t.innovator.user.id)).get()).toBeDefined();
  });
});
