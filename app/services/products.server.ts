// Product lifecycle: draft → published → archived. Only a verified company publishes. Every
// change writes its audit event and its search outbox row in the same transaction.
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { organisations, products, type Product } from "../../db/schema";
import { productFormValues, productSchema, type ProductInput, type ProductIntent } from "../forms/product";
import { can, type Actor } from "../domain/permissions";
import { enqueueSearchUpdate } from "../../search/outbox";
import { recordAudit } from "./audit.server";
import { badRequest, forbidden, notFound } from "./errors.server";

export type ProductOutcome =
  | { ok: true; id: number; status: Product["status"]; publishedNow: boolean }
  | { ok: false; message: string };

const NOT_VERIFIED = "Your organisation, or your membership of it, is not verified yet, so you can save drafts but not publish them. The leadership group will verify it soon.";
const NOT_EDITABLE = "Only the company that posted this product can change it, and not once it is archived.";
const INCOMPLETE = "Some required details are missing. Edit the product to fill them in, then publish it.";

// The table needs these columns, but a draft may leave them blank: "" and TRL 0 mean "not
// chosen yet", values no published product can carry.
const NOT_CHOSEN = "" as never;

function columns(input: ProductInput) {
  return {
    name: input.name,
    summary: input.summary,
    description: input.description,
    intendedPurpose: input.intendedPurpose,
    technologyType: input.technologyType ?? NOT_CHOSEN,
    clinicalAreas: input.clinicalAreas,
    careSettings: input.careSettings,
    deviceClass: input.deviceClass ?? NOT_CHOSEN,
    ukcaMarked: input.ukcaMarked,
    processesPatientData: input.processesPatientData,
    dtacPassed: input.dtacPassed,
    esfTier: input.esfTier ?? NOT_CHOSEN,
    trl: input.trl ?? 0,
    features: input.features,
    evidenceSummary: input.evidenceSummary,
    priceModel: input.priceModel,
    fundingSought: input.fundingSought,
    investorVisible: input.investorVisible,
  };
}

/** Loads a product the actor may see; anything else is "not found", so drafts stay secret. */
export function loadVisibleProduct(actor: Actor | null, id: number, tx: Tx | ReturnType<typeof getDb> = getDb()) {
  const row = tx.select().from(products).where(eq(products.id, id)).get();
  if (!row || !can(actor, "product:view", row)) notFound("We could not find that product.");
  return row;
}

/** A product the actor's organisation may change: others' drafts are 404, the rest 403. */
export function loadEditableProduct(actor: Actor, id: number, tx: Tx | ReturnType<typeof getDb> = getDb()) {
  const row = loadVisibleProduct(actor, id, tx);
  if (!can(actor, "product:edit", row)) forbidden(NOT_EDITABLE);
  return row;
}

export function createProduct(actor: Actor, input: ProductInput, intent: ProductIntent): ProductOutcome {
  if (!can(actor, "product:create")) forbidden();
  if (intent === "publish" && !actor.organisationVerified) return { ok: false, message: NOT_VERIFIED };
  const now = new Date();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(products)
      .values({ ...columns(input), organisationId: actor.organisationId, createdById: actor.userId, status: "draft" })
      .returning({ id: products.id })
      .get();
    recordAudit(tx, { actorUserId: actor.userId, action: "product.created", entityType: "product", entityId: row.id, toState: "draft" });
    enqueueSearchUpdate(tx, "products", row.id);
    if (intent === "publish") publish(tx, actor, row.id, now);
    return { ok: true, id: row.id, status: intent === "publish" ? "published" : "draft", publishedNow: intent === "publish" } as const;
  });
}

export function updateProduct(actor: Actor, id: number, input: ProductInput, intent: ProductIntent): ProductOutcome {
  const now = new Date();
  return getDb().transaction((tx) => {
    const current = loadEditableProduct(actor, id, tx);
    // The form checks a published product as strictly as publishing; a request that skips that is refused.
    if (current.status !== "draft" && intent !== "publish") badRequest("A published product must keep every required field.");
    const publishing = intent === "publish" && current.status === "draft";
    if (publishing && !can(actor, "product:publish", current)) return { ok: false, message: NOT_VERIFIED } as const;
    tx.update(products).set({ ...columns(input), updatedAt: now }).where(eq(products.id, id)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "product.edited", entityType: "product", entityId: id, fromState: current.status, toState: current.status });
    enqueueSearchUpdate(tx, "products", id);
    if (publishing) publish(tx, actor, id, now);
    return { ok: true, id, status: publishing ? "published" : current.status, publishedNow: publishing } as const;
  });
}

/** Publishes a saved draft from its page, once every required field is filled in. */
export function publishProduct(actor: Actor, id: number): { ok: true } | { ok: false; message: string } {
  const now = new Date();
  return getDb().transaction((tx) => {
    const current = loadVisibleProduct(actor, id, tx);
    if (!can(actor, "product:publish", current)) {
      const ownDraft = can(actor, "product:edit", current) && current.status === "draft";
      forbidden(ownDraft ? NOT_VERIFIED : "Only the company that posted a draft product can publish it.");
    }
    if (!productSchema("publish").safeParse(productFormValues(current)).success) return { ok: false, message: INCOMPLETE } as const;
    publish(tx, actor, id, now);
    return { ok: true } as const;
  });
}

function publish(tx: Tx, actor: Actor, id: number, now: Date) {
  tx.update(products).set({ status: "published", publishedAt: now, updatedAt: now }).where(eq(products.id, id)).run();
  recordAudit(tx, { actorUserId: actor.userId, action: "product.published", entityType: "product", entityId: id, fromState: "draft", toState: "published" });
  enqueueSearchUpdate(tx, "products", id);
}

export function archiveProduct(actor: Actor, id: number) {
  const now = new Date();
  getDb().transaction((tx) => {
    const current = loadVisibleProduct(actor, id, tx);
    if (!can(actor, "product:archive", current)) forbidden("Only the company that posted a published product can archive it.");
    tx.update(products).set({ status: "archived", updatedAt: now }).where(eq(products.id, id)).run();
    recordAudit(tx, { actorUserId: actor.userId, action: "product.archived", entityType: "product", entityId: id, fromState: "published", toState: "archived" });
    enqueueSearchUpdate(tx, "products", id);
  });
}

export function getProductWithOwner(actor: Actor | null, id: number) {
  const product = loadVisibleProduct(actor, id);
  const owner = getDb()
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, place: organisations.place })
    .from(organisations)
    .where(eq(organisations.id, product.organisationId))
    .get()!;
  return { product, owner };
}
