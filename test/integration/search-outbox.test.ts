// Sync without loss, against the real local Meilisearch: every write to a challenge or product
// leaves an outbox row in its own transaction, and the sync makes the index match the database.
import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, challenges, organisations, products } from "../../db/schema";
import * as adminPage from "../../app/routes/admin";
import * as challengeDetail from "../../app/routes/challenges/detail";
import * as editChallenge from "../../app/routes/challenges/edit";
import * as newChallenge from "../../app/routes/challenges/new";
import * as productDetail from "../../app/routes/products/detail";
import * as editProduct from "../../app/routes/products/edit";
import * as newProduct from "../../app/routes/products/new";
import { acquireLease, releaseLease } from "../../search/lease";
import { enqueueSearchUpdate, outboxLag } from "../../search/outbox";
import type { SearchEngine } from "../../search/port";
import { reindexAll } from "../../search/reindex";
import { syncOutbox } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { demoDataset } from "../../seed/demo";
import { loadDataset } from "../../seed/load-dataset";
import { signedIn } from "../support/factories";
import { challengeForm, indexedIds, outboxRows, productForm, publicIds } from "../support/outbox";
import { createChallenge } from "../support/records";
import { call, getRequest, postRequest } from "../support/routes";
import { readySearch } from "../support/search";

const db = () => getDb();
const idOf = (result: { location: string | null }) => Number(result.location!.split("/").pop());
const audits = (entityType: "challenge" | "product", id: number) =>
  db().select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(id)))).get()!.n;
const challengeParams = (id: number) => ({ params: { challengeId: String(id) } });
const productParams = (id: number) => ({ params: { productId: String(id) } });

let engine: SearchEngine;
beforeAll(async () => {
  engine = await readySearch();
});

async function expectIndexMatchesDatabase() {
  expect(outboxRows()).toEqual([]);
  expect(await indexedIds(engine, "challenges")).toEqual(publicIds("challenges"));
  expect(await indexedIds(engine, "products")).toEqual(publicIds("products"));
}

describe("writing to the outbox", () => {
  it("adds a row beside every audit event of a challenge's life", async () => {
    const clinician = await signedIn({ role: "clinician" });
    const leadership = await signedIn({ role: "leadership" });
    // One outbox row per audit event, written together.
    const inStep = (id: number) => expect(outboxRows("challenges", id).length).toBe(audits("challenge", id));

    const id = idOf(await call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie)));
    expect(audits("challenge", id)).toBe(2); // created, submitted
    inStep(id);
    const triage = (decision: string, note = "") =>
      call(challengeDetail.action, postRequest(`/challenges/${id}`, { intent: "triage", decision, note }, leadership.cookie), challengeParams(id));
    expect((await triage("return", "Say how many homes.")).status).toBe(302);
    inStep(id);
    const edited = await call(editChallenge.action, postRequest(`/challenges/${id}/edit`, challengeForm({ title: "Falls at night in 40 care homes" }), clinician.cookie), challengeParams(id));
    expect(edited.status).toBe(302);
    inStep(id);
    expect((await triage("publish")).status).toBe(302);
    inStep(id);
    const closed = await call(challengeDetail.action, postRequest(`/challenges/${id}`, { intent: "close" }, clinician.cookie), challengeParams(id));
    expect(closed.status).toBe(302);
    inStep(id);
    expect(audits("challenge", id)).toBe(7);
  });

  it("adds a row beside every audit event of a product's life", async () => {
    const innovator = await signedIn({ role: "innovator" });
    const inStep = (id: number) => expect(outboxRows("products", id).length).toBe(audits("product", id));

    const id = idOf(await call(newProduct.action, postRequest("/products/new", productForm({ intent: "draft" }), innovator.cookie)));
    inStep(id);
    const edit = (fields: Record<string, string>) =>
      call(editProduct.action, postRequest(`/products/${id}/edit`, productForm(fields), innovator.cookie), productParams(id));
    expect((await edit({ name: "NightWatch radar", intent: "draft" })).status).toBe(302);
    inStep(id);
    const detail = (intent: string) => call(productDetail.action, postRequest(`/products/${id}`, { intent }, innovator.cookie), productParams(id));
    expect((await detail("publish")).status).toBe(302);
    inStep(id);
    expect((await edit({ summary: "Detects falls at night, privately." })).status).toBe(302);
    inStep(id);
    expect((await detail("archive")).status).toBe(302);
    inStep(id);
    expect(audits("product", id)).toBe(5);
  });

  it("leaves no row when the write fails part-way, and fails the write when its row cannot be written", async () => {
    const clinician = await signedIn({ role: "clinician" });
    const before = { outbox: outboxRows().length, challenges: db().select({ n: count() }).from(challenges).get()!.n };
    // The second half of create-and-submit fails, after the first half wrote its outbox row.
    db().run(sql`create temp trigger fail_submit before insert on audit_events when new.action = 'challenge.submitted' begin select raise(abort, 'injected'); end`);
    try {
      await expect(call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie))).rejects.toThrow("injected");
    } finally {
      db().run(sql`drop trigger fail_submit`);
    }
    expect(outboxRows().length).toBe(before.outbox);
    expect(db().select({ n: count() }).from(challenges).get()!.n).toBe(before.challenges);

    const draft = idOf(await call(newChallenge.action, postRequest("/challenges/new", challengeForm({ intent: "draft" }), clinician.cookie)));
    const audited = audits("challenge", draft);
    db().run(sql`create temp trigger fail_outbox before insert on search_outbox begin select raise(abort, 'outbox full'); end`);
    try {
      const edit = call(editChallenge.action, postRequest(`/challenges/${draft}/edit`, challengeForm({ title: "Renamed", intent: "draft" }), clinician.cookie), challengeParams(draft));
      await expect(edit).rejects.toThrow("outbox full");
    } finally {
      db().run(sql`drop trigger fail_outbox`);
    }
    expect(db().select().from(challenges).where(eq(challenges.id, draft)).get()!.title).toBe("Falls at night in care homes");
    expect(audits("challenge", draft)).toBe(audited);
  });

  it("queues every record an import writes, and re-queues an organisation's records when it is renamed", () => {
    const dataset = demoDataset();
    const before = outboxRows().length;
    const counts = db().transaction((tx) => loadDataset(tx, dataset));
    expect(outboxRows().length - before).toBe(counts.challenges.created + counts.products.created);

    const org = dataset.organisations.find((o) => dataset.products.some((p) => p.organisation === o.key))!;
    const orgId = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.key, org.key)).get()!.id;
    const owned = db().select({ id: products.id }).from(products).where(eq(products.organisationId, orgId)).all().map((p) => p.id);
    const renamed = { ...dataset, organisations: dataset.organisations.map((o) => (o.key === org.key ? { ...o, name: `${o.name} Group` } : o)) };
    const rowsFor = () => owned.reduce((n, id) => n + outboxRows("products", id).length, 0);
    const queued = rowsFor();
    db().transaction((tx) => loadDataset(tx, renamed));
    // Once for the new name, once as each product is written again.
    expect(rowsFor() - queued).toBe(owned.length * 2);
  });
});

describe("pushing the outbox", { timeout: 60_000 }, () => {
  it("makes the index hold exactly the public records, searchable, with drafts left out", async () => {
    const report = await syncOutbox(engine, { db: db() });
    expect(report).toMatchObject({ error: null, failed: 0, leased: true });
    await expectIndexMatchesDatabase();
    const found = await engine.search("challenges", { q: "falls at night care homes", filter: ['status = "published"'] });
    expect(found.hits.length).toBeGreaterThan(0);
    // The draft from the failed edit above never left the database.
    const drafts = db().select({ id: challenges.id }).from(challenges).where(eq(challenges.status, "draft")).all();
    expect(drafts.length).toBeGreaterThan(0);
    const indexed = await indexedIds(engine, "challenges");
    for (const d of drafts) expect(indexed).not.toContain(String(d.id));
  });

  it("reflects archiving, closing and records that are gone", async () => {
    const innovator = await signedIn({ role: "innovator" });
    const clinician = await signedIn({ role: "clinician" });
    const product = idOf(await call(newProduct.action, postRequest("/products/new", productForm({ name: "Archivable sensor" }), innovator.cookie)));
    const challenge = createChallenge(clinician.user.organisationId, { title: "A challenge to close" });
    const doomed = createChallenge(clinician.user.organisationId, { title: "A challenge removed outright" });
    db().transaction((tx) => enqueueSearchUpdate(tx, "challenges", [challenge.id, doomed.id]));
    await syncOutbox(engine, { db: db() });
    expect(await indexedIds(engine, "products")).toContain(String(product));
    expect(await indexedIds(engine, "challenges")).toEqual(expect.arrayContaining([String(challenge.id), String(doomed.id)]));

    await call(productDetail.action, postRequest(`/products/${product}`, { intent: "archive" }, innovator.cookie), productParams(product));
    await call(challengeDetail.action, postRequest(`/challenges/${challenge.id}`, { intent: "close" }, clinician.cookie), challengeParams(challenge.id));
    db().transaction((tx) => {
      tx.delete(challenges).where(eq(challenges.id, doomed.id)).run();
      enqueueSearchUpdate(tx, "challenges", doomed.id);
    });
    const report = await syncOutbox(engine, { db: db() });
    expect(report).toMatchObject({ upserted: 1, removed: 2, error: null });
    expect(await indexedIds(engine, "products")).not.toContain(String(product));
    expect(await indexedIds(engine, "challenges")).not.toContain(String(doomed.id));
    // A closed challenge is still public: it stays, with its new status, for searches to filter.
    const closed = await engine.search("challenges", { q: "challenge to close", filter: ['status = "closed"'] });
    expect(closed.hits.map((h) => h.document.id)).toContain(String(challenge.id));
    await expectIndexMatchesDatabase();
  });

  it("pushes a record once however often it changed, and keeps a change made during the push", async () => {
    const innovator = await signedIn({ role: "innovator" });
    const id = idOf(await call(newProduct.action, postRequest("/products/new", productForm({ name: "Version 1" }), innovator.cookie)));
    const edit = (name: string) =>
      call(editProduct.action, postRequest(`/products/${id}/edit`, productForm({ name }), innovator.cookie), productParams(id));
    for (const n of [2, 3, 4]) await edit(`Version ${n}`);
    expect(outboxRows("products", id).length).toBe(5);

    const sent: string[][] = [];
    const racing: SearchEngine = {
      ...engine,
      upsert: async (index, documents) => {
        sent.push(documents.map((d) => ("name" in d ? d.name : d.title)));
        // Someone saves again while the engine is busy with the first snapshot.
        if (sent.length === 1) await edit("Version 5");
        return engine.upsert(index, documents);
      },
    };
    await syncOutbox(racing, { db: db() });
    // Five rows went as one document; the save made meanwhile kept its row and went next.
    expect(sent).toEqual([["Version 4"], ["Version 5"]]);
    const named = await engine.search("products", { q: "", filter: [`organisationId = ${innovator.user.organisationId}`] });
    expect(named.hits.map((h) => h.document.name)).toEqual(["Version 5"]);
    await expectIndexMatchesDatabase();
  });

  it("lets one process push at a time", async () => {
    const clinician = await signedIn({ role: "clinician" });
    await call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie));
    expect(acquireLease(db(), "another process")).toBe(true);
    try {
      expect(await syncOutbox(engine, { db: db() })).toMatchObject({ leased: false, upserted: 0 });
      expect(outboxLag(db()).pending).toBeGreaterThan(0);
    } finally {
      releaseLease(db(), "another process");
    }
    expect(await syncOutbox(engine, { db: db() })).toMatchObject({ leased: true, error: null });
    await expectIndexMatchesDatabase();
  });

  it("rebuilds both indexes from the database, dropping what should not be there", async () => {
    const [stray] = await Promise.all([engine.search("products", { q: "", limit: 1 })]);
    await engine.upsert("products", [{ ...stray.hits[0].document, id: "999999", name: "Left over from another database" }]);
    const clinician = await signedIn({ role: "clinician" });
    await call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie));
    expect(await reindexAll(engine, { db: db() })).toEqual({ challenges: publicIds("challenges").length, products: publicIds("products").length });
    await expectIndexMatchesDatabase();
  });
});

describe("the admin page", () => {
  it("shows the engine's health and how far behind the index is", async () => {
    const admin = await signedIn({ role: "admin" });
    const clinician = await signedIn({ role: "clinician" });
    await syncOutbox(engine, { db: db() });
    const settled = (await call(adminPage.loader, getRequest("/admin", admin.cookie))).data.search;
    expect(settled).toEqual({ engine: { state: "available" }, outbox: { pending: 0, failing: 0, oldestAgeMs: null, lastError: null } });
    await call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie));
    const behind = (await call(adminPage.loader, getRequest("/admin", admin.cookie))).data.search;
    expect(behind.outbox).toMatchObject({ pending: 2, failing: 0, oldestAgeMs: expect.any(Number) });
  });
});

describe("the server's worker", () => {
  it("pushes a write within moments, without waiting for its poll, and stops cleanly", async () => {
    const innovator = await signedIn({ role: "innovator" });
    const worker = startOutboxWorker(engine, { db: db(), pollMs: 60_000, log: () => {} });
    try {
      await worker.idle();
      const id = idOf(await call(newProduct.action, postRequest("/products/new", productForm({ name: "Pushed by the worker" }), innovator.cookie)));
      await vi.waitFor(async () => expect(await indexedIds(engine, "products")).toContain(String(id)), { timeout: 5000, interval: 50 });
      await worker.idle();
      await expectIndexMatchesDatabase();
    } finally {
      await worker.stop();
    }
    // Stopped: a later write waits in the outbox.
    const later = idOf(await call(newProduct.action, postRequest("/products/new", productForm({ name: "After the worker stopped" }), innovator.cookie)));
    await new Promise((r) => setTimeout(r, 200));
    expect(outboxRows("products", later).length).toBeGreaterThan(0);
  });
});
