// Evidence for a trial's gates: uploaded documents and recorded attestations, each with who and
// when. A document is checked by its content, written to DATA_DIR/evidence/<sha256> (a temp
// file renamed into place) and only then recorded in the database, in one transaction with
// its audit event. A transaction that fails after the write leaves an unreferenced file
// behind: harmless, since files are named by content and only served through a record.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "../../db/client.server";
import { evidence } from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { attachmentHeader, checkUpload, MAX_UPLOAD_REQUEST_BYTES } from "../domain/uploads";
import { mayProvide, mayWithdraw, PROVIDER_LABELS, type Requirement } from "../domain/workflow";
import { getConfig } from "../config.server";
import { recordAudit } from "./audit.server";
import { forbidden, notFound } from "./errors.server";
import { loadTrial, refreshEvidenceComplete, requirementsSoFar, type TrialContext } from "./trials.server";

export type EvidenceOutcome = { ok: true; title: string } | { ok: false; field: "requirement" | "file" | "text"; message: string };

function evidenceDir() {
  return join(process.env.DATA_DIR || getConfig().DATA_DIR, "evidence");
}

/** The requirements this person may record, of one kind, up to the trial's current stage. */
export function recordableRequirements(ctx: TrialContext, kind: "document" | "attestation"): Requirement[] {
  if (ctx.trial.status !== "active" && ctx.trial.status !== "paused") return [];
  return requirementsSoFar(ctx).filter((r) => r.kind === kind && mayProvide(r, ctx.party));
}

/** The requirement `key` names, if this person may record it now; otherwise why not. */
function findRequirement(ctx: TrialContext, key: string, kind: "document" | "attestation"): { ok: true; requirement: Requirement } | EvidenceOutcome & { ok: false } {
  if (ctx.party.side === "none") forbidden("Only the trial's company, its host sites and the leadership group record evidence.");
  if (ctx.trial.status !== "active" && ctx.trial.status !== "paused") return { ok: false, field: "requirement", message: "The trial has ended: no more evidence can be recorded" };
  const requirement = requirementsSoFar(ctx).find((r) => r.key === key);
  if (!requirement) return { ok: false, field: "requirement", message: "Choose an item this trial needs at this stage or an earlier one" };
  if (requirement.kind !== kind) {
    return { ok: false, field: "requirement", message: kind === "document" ? "That item is recorded as an attestation, not a document" : "That item needs an uploaded document" };
  }
  if (!mayProvide(requirement, ctx.party)) {
    return { ok: false, field: "requirement", message: `${PROVIDER_LABELS[requirement.provider]} provides this item, not you` };
  }
  return { ok: true, requirement };
}

function insertEvidence(
  tx: DbOrTx,
  actor: Actor,
  ctx: TrialContext,
  requirement: Requirement,
  values: Partial<typeof evidence.$inferInsert> & { kind: "document" | "attestation" },
  now: Date,
) {
  const siteId = requirement.site?.id ?? (ctx.party.side === "site" ? ctx.party.siteId : null);
  const row = tx
    .insert(evidence)
    .values({ ...values, trialId: ctx.trial.id, itemKey: requirement.item, siteId, providedById: actor.userId, providedAt: now })
    .returning({ id: evidence.id })
    .get();
  recordAudit(tx, {
    actorUserId: actor.userId,
    action: values.kind === "document" ? "trial.document-uploaded" : "trial.attestation-recorded",
    entityType: "trial",
    entityId: ctx.trial.id,
    detail: { evidenceId: row.id, item: requirement.item, siteId, ...(values.fileSha256 ? { sha256: values.fileSha256, fileName: values.fileName } : {}) },
  });
}

export function recordAttestation(actor: Actor, trialId: number, input: { requirement: string; text: string; attestedOn: string }): EvidenceOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    const found = findRequirement(ctx, input.requirement, "attestation");
    if (!found.ok) return found;
    insertEvidence(tx, actor, ctx, found.requirement, { kind: "attestation", text: input.text, attestedOn: input.attestedOn }, now);
    refreshEvidenceComplete(tx, trialId, now, actor);
    return { ok: true, title: found.requirement.title } as const;
  });
}

export async function uploadDocument(actor: Actor, trialId: number, input: { requirement: string; file: File }): Promise<EvidenceOutcome> {
  // Who may upload what is settled before a byte is stored.
  const before = findRequirement(loadTrial(actor, trialId), input.requirement, "document");
  if (!before.ok) return before;
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkUpload({ name: input.file.name, size: bytes.byteLength }, bytes);
  if (!checked.ok) return { ok: false, field: "file", message: checked.message };

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await storeFile(sha256, bytes);

  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    const found = findRequirement(ctx, input.requirement, "document");
    if (!found.ok) return found;
    insertEvidence(
      tx,
      actor,
      ctx,
      found.requirement,
      { kind: "document", fileSha256: sha256, fileName: checked.name, fileType: checked.type.mime, fileSize: bytes.byteLength },
      now,
    );
    refreshEvidenceComplete(tx, trialId, now, actor);
    return { ok: true, title: found.requirement.title } as const;
  });
}

/** The requirement a recorded row satisfies, among those up to the current stage. */
export function requirementOf(ctx: TrialContext, row: { item: string; siteId: number | null }): Requirement | undefined {
  return requirementsSoFar(ctx).find((r) => r.item === row.item && (!r.perSite || r.site?.id === row.siteId));
}

/** Withdraws a record made in error: by the side that provides the item, while its gate is
 * open. The row stays (withdrawn, with the reason in the audit log); the item is missing again. */
export function withdrawEvidence(actor: Actor, trialId: number, input: { evidenceId: number; reason: string }): { ok: true; title: string } | { ok: false; message: string } {
  const now = new Date();
  return getDb().transaction((tx) => {
    const ctx = loadTrial(actor, trialId, tx);
    if (ctx.party.side === "none") forbidden("Only the trial's company, its host sites and the leadership group change its evidence.");
    const row = ctx.evidence.find((e) => e.id === input.evidenceId);
    if (!row) return { ok: false, message: "That record has already been withdrawn, or is not part of this trial" } as const;
    const requirement = requirementOf(ctx, row);
    if (!requirement || !mayWithdraw(requirement, ctx.party, ctx.trial)) {
      return { ok: false, message: "Only the side that provides an item can withdraw it, and only before its stage's gate is decided" } as const;
    }
    tx.update(evidence).set({ withdrawnAt: now }).where(eq(evidence.id, row.id)).run();
    recordAudit(tx, {
      actorUserId: actor.userId,
      action: "trial.evidence-withdrawn",
      entityType: "trial",
      entityId: trialId,
      detail: { evidenceId: row.id, item: row.item, siteId: row.siteId, reason: input.reason },
    });
    refreshEvidenceComplete(tx, trialId, now, actor);
    return { ok: true, title: requirement.title } as const;
  });
}

/** Writes the file under its hash, atomically; the same content is stored once. */
async function storeFile(sha256: string, bytes: Uint8Array) {
  const dir = evidenceDir();
  const target = join(dir, sha256);
  if (existsSync(target)) return;
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${sha256}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A document as a download, for the trial's two sides and the leadership group only. */
export async function evidenceDownload(actor: Actor, trialId: number, evidenceId: number): Promise<Response> {
  const ctx = loadTrial(actor, trialId);
  if (ctx.party.side === "none") notFound("We could not find that document.");
  const row = getDb()
    .select()
    .from(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.trialId, trialId), eq(evidence.kind, "document"), isNull(evidence.withdrawnAt)))
    .get();
  if (!row?.fileSha256 || !/^[0-9a-f]{64}$/.test(row.fileSha256)) notFound("We could not find that document.");
  const body = await readFile(join(evidenceDir(), row.fileSha256)).catch(() => notFound("We could not find that document."));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": row.fileType ?? "application/octet-stream",
      "Content-Length": String(body.byteLength),
      "Content-Disposition": attachmentHeader(row.fileName ?? "evidence"),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export type UploadForm = { ok: true; formData: FormData } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads a multipart upload with its size capped: a declared Content-Length over the cap is
 * refused before reading, and a body that grows past it (chunked, or a false length) is cut off.
 */
export async function readUploadForm(request: Request): Promise<UploadForm> {
  const tooLarge = { ok: false, status: 413, message: "The selected file must be smaller than 20 MB" } as const;
  const declared = Number(request.headers.get("Content-Length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_REQUEST_BYTES) return tooLarge;
  if (!request.body) return { ok: false, status: 400, message: "Select a file to upload" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_UPLOAD_REQUEST_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  try {
    const buffered = new Request(request.url, { method: "POST", headers: { "Content-Type": request.headers.get("Content-Type") ?? "" }, body: Buffer.concat(chunks) });
    return { ok: true, formData: await buffered.formData() };
  } catch {
    return { ok: false, status: 400, message: "The upload could not be read: choose the file and try again" };
  }
}
