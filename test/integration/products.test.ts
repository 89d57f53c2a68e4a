import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditEvents, products } from "../../db/schema";
import { DTAC_FEATURE_NOT_PASSED, NOT_A_DEVICE_MARKED, TRL_MESSAGE, UKCA_FEATURE_UNMARKED } from "../../app/forms/product";
import * as detail from "../../app/routes/products/detail";
import * as edit from "../../app/routes/products/edit";
import * as create from "../../app/routes/products/new";
import * as myOrganisation from "../../app/routes/my-organisation";
import { createOrganisation, signedIn } from "../support/factories";
import { createProduct } from "../support/records";
import { call, fieldErrors, getRequest, postRequest } from "../support/routes";

const db = () => getDb();
const product = (id: number) => db().select().from(products).where(eq(products.id, id)).get()!;
const audit = (id: number) =>
  db().select().from(auditEvents).where(and(eq(auditEvents.entityType, "product"), eq(auditEvents.entityId, String(id)))).all();
const snapshot = () => JSON.stringify([db().select().from(products).all(), db().select().from(auditEvents).all().length]);
const params = (id: number | string) => ({ params: { productId: String(id) } });
const draftOf = (organisationId: number, overrides: Parameters<typeof createProduct>[1] = {}) =>
  createProduct(organisationId, { status: "draft", publishedAt: null, ...overrides });

const PLAIN_TEXT = "Remove the angle brackets: write plain text, without HTML or script";

const complete = (overrides: Record<string, string | string[]> = {}) => ({
  name: "BreathEasy inhaler coach",
  summary: "Coaches people with COPD to use their inhaler well.",
  description: "A clip-on sensor and app that checks inhaler technique.",
  intendedPurpose: "To improve inhaler technique in adults with COPD at home.",
  technologyType: "remote_monitoring",
  clinicalAreas: ["respiratory"],
  careSettings: ["home", "primary_care"],
  deviceClass: "IIa",
  ukcaMarked: "yes",
  processesPatientData: "yes",
  dtacPassed: "no",
  esfTier: "C",
  trl: "7",
  features: ["ukca_marked", "nhs_login"],
  evidenceSummary: "A pilot with 120 patients in Bradford.",
  priceModel: "£8 per patient per month",
  fundingSought: "£500,000 to fund a multi-site trial",
  investorVisible: "on",
  intent: "publish",
  ...overrides,
});

describe("posting a product", () => {
  it("saves a draft with only a name, then publishes it once complete", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    const saved = await call(create.action, postRequest("/products/new", { name: "BreathEasy", intent: "draft" }, cookie));
    expect(saved.status).toBe(302);
    const id = Number(saved.location!.split("/").pop());
    expect(product(id)).toMatchObject({ status: "draft", name: "BreathEasy", organisationId: user.organisationId, createdById: user.id, trl: 0 });

    const form = await call(edit.loader, getRequest(`/products/${id}/edit`, cookie), params(id));
    expect(form.data.values).toMatchObject({ name: "BreathEasy", technologyType: undefined, deviceClass: undefined, trl: undefined });
    expect(form.data.canPublish).toBe(true);

    const incomplete = await call(edit.action, postRequest(`/products/${id}/edit`, { name: "BreathEasy", intent: "publish" }, cookie), params(id));
    expect(incomplete.status).toBe(400);
    expect(fieldErrors(incomplete)).toMatchObject({ summary: ["Enter a summary"], trl: [TRL_MESSAGE], careSettings: ["Choose at least one care setting"] });
    expect(product(id).status).toBe("draft");

    const published = await call(edit.action, postRequest(`/products/${id}/edit`, complete(), cookie), params(id));
    expect(published.status).toBe(302);
    expect(product(id)).toMatchObject({
      status: "published",
      trl: 7,
      ukcaMarked: true,
      processesPatientData: true,
      dtacPassed: false,
      investorVisible: true,
      features: ["ukca_marked", "nhs_login"],
      careSettings: ["home", "primary_care"],
    });
    expect(product(id).publishedAt).toBeInstanceOf(Date);
    expect(audit(id).map((e) => [e.action, e.fromState, e.toState, e.actorUserId])).toEqual([
      ["product.created", null, "draft", user.id],
      ["product.edited", "draft", "draft", user.id],
      ["product.published", "draft", "published", user.id],
    ]);
  });

  it("publishes straight from the new form, and keeps a published product complete", async () => {
    const { cookie } = await signedIn({ role: "innovator" });
    const result = await call(create.action, postRequest("/products/new", complete({ investorVisible: [] as string[] }), cookie));
    expect(result.status).toBe(302);
    const id = Number(result.location!.split("/").pop());
    expect(product(id)).toMatchObject({ status: "published", investorVisible: false });
    expect(audit(id).map((e) => e.action)).toEqual(["product.created", "product.published"]);

    const form = await call(edit.loader, getRequest(`/products/${id}/edit`, cookie), params(id));
    expect(form.data.values).toMatchObject({ trl: 7, ukcaMarked: "yes", dtacPassed: "no", investorVisible: undefined });
    // Whichever button is sent, a published product is checked as strictly as publishing.
    const blanked = await call(edit.action, postRequest(`/products/${id}/edit`, complete({ summary: "", intent: "draft" }), cookie), params(id));
    expect(blanked.status).toBe(400);
    expect(fieldErrors(blanked).summary).toEqual(["Enter a summary"]);
    const changed = await call(edit.action, postRequest(`/products/${id}/edit`, complete({ trl: "8" }), cookie), params(id));
    expect(changed.status).toBe(302);
    expect(product(id)).toMatchObject({ status: "published", trl: 8 });
    expect(audit(id).map((e) => e.action)).toEqual(["product.created", "product.published", "product.edited"]);
  });

  it("publishes a complete draft from its page, and refuses an incomplete one", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    const ready = draftOf(user.organisationId);
    const published = await call(detail.action, postRequest(`/products/${ready.id}`, { intent: "publish" }, cookie), params(ready.id));
    expect(published.status).toBe(302);
    expect(product(ready.id).status).toBe("published");
    expect(audit(ready.id)).toEqual([expect.objectContaining({ action: "product.published", actorUserId: user.id, fromState: "draft", toState: "published" })]);

    const half = draftOf(user.organisationId, { summary: "", trl: 0 });
    const before = snapshot();
    const refused = await call(detail.action, postRequest(`/products/${half.id}`, { intent: "publish" }, cookie), params(half.id));
    expect(refused.status).toBe(400);
    expect(refused.data.message).toMatch(/required details are missing/);
    expect(snapshot()).toBe(before);
  });

  it("archives a published product, which then cannot be edited", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    const p = createProduct(user.organisationId);
    const result = await call(detail.action, postRequest(`/products/${p.id}`, { intent: "archive" }, cookie), params(p.id));
    expect(result.status).toBe(302);
    expect(product(p.id).status).toBe("archived");
    expect(audit(p.id).map((e) => [e.action, e.fromState, e.toState])).toEqual([["product.archived", "published", "archived"]]);
    expect((await call(edit.loader, getRequest(`/products/${p.id}/edit`, cookie), params(p.id))).status).toBe(403);
    expect((await call(detail.action, postRequest(`/products/${p.id}`, { intent: "archive" }, cookie), params(p.id))).status).toBe(403);
  });

  it("archives only published products, and refuses an unknown button", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    const draft = draftOf(user.organisationId);
    const before = snapshot();
    expect((await call(detail.action, postRequest(`/products/${draft.id}`, { intent: "archive" }, cookie), params(draft.id))).status).toBe(403);
    expect((await call(detail.action, postRequest(`/products/${draft.id}`, { intent: "delete" }, cookie), params(draft.id))).status).toBe(400);
    expect(snapshot()).toBe(before);
  });
});

describe("an unverified company", () => {
  it("can draft but not publish, and publishing changes nothing", async () => {
    const { user, cookie } = await signedIn({ role: "innovator", verified: false });
    expect((await call(create.loader, getRequest("/products/new", cookie))).data.canPublish).toBe(false);
    const before = snapshot();
    const refused = await call(create.action, postRequest("/products/new", complete(), cookie));
    expect(refused.status).toBe(403);
    expect(refused.data.error[""][0]).toMatch(/not verified yet/);
    expect(refused.data.initialValue.name).toBe("BreathEasy inhaler coach");
    expect(snapshot()).toBe(before);

    const draft = await call(create.action, postRequest("/products/new", complete({ intent: "draft" }), cookie));
    expect(draft.status).toBe(302);
    const id = Number(draft.location!.split("/").pop());
    expect(product(id).status).toBe("draft");
    expect((await call(edit.loader, getRequest(`/products/${id}/edit`, cookie), params(id))).data.canPublish).toBe(false);

    const after = snapshot();
    const viaEdit = await call(edit.action, postRequest(`/products/${id}/edit`, complete({ name: "Renamed" }), cookie), params(id));
    expect(viaEdit.status).toBe(403);
    expect(viaEdit.data.error[""][0]).toMatch(/not verified yet/);
    const viaPage = await call(detail.action, postRequest(`/products/${id}`, { intent: "publish" }, cookie), params(id));
    expect(viaPage.status).toBe(403);
    expect(viaPage.data.message).toMatch(/not verified yet/);
    expect(snapshot()).toBe(after);
    expect(product(id).organisationId).toBe(user.organisationId);
  });
});

describe("bad input", () => {
  const cases: [Record<string, string | string[]>, string, string][] = [
    [{ name: "" }, "name", "Enter a name"],
    [{ name: "x".repeat(201) }, "name", "Name must be 200 characters or fewer"],
    [{ summary: "<script>alert(1)</script>" }, "summary", PLAIN_TEXT],
    [{ description: "See <b>here</b>" }, "description", PLAIN_TEXT],
    [{ fundingSought: "<img src=x onerror=alert(1)>" }, "fundingSought", PLAIN_TEXT],
    [{ intendedPurpose: "x".repeat(2001) }, "intendedPurpose", "Intended purpose must be 2,000 characters or fewer"],
    [{ evidenceSummary: "x".repeat(4001) }, "evidenceSummary", "Evidence summary must be 4,000 characters or fewer"],
    [{ summary: "" }, "summary", "Enter a summary"],
    [{ technologyType: "teleporter" }, "technologyType", "Choose the type of technology"],
    [{ clinicalAreas: ["respiratory", "astrology"] }, "clinicalAreas[1]", "Choose clinical areas from the list"],
    [{ clinicalAreas: [] }, "clinicalAreas", "Choose at least one clinical area"],
    [{ careSettings: ["moon_base"] }, "careSettings[0]", "Choose care settings from the list"],
    [{ deviceClass: "IV" }, "deviceClass", "Choose the medical device class"],
    [{ esfTier: "D" }, "esfTier", "Choose the evidence tier"],
    [{ trl: "ten" }, "trl", TRL_MESSAGE],
    [{ trl: "0" }, "trl", TRL_MESSAGE],
    [{ trl: "10" }, "trl", TRL_MESSAGE],
    [{ trl: "6.5" }, "trl", TRL_MESSAGE],
    [{ ukcaMarked: "maybe" }, "ukcaMarked", "Answer yes or no: is it UKCA or CE marked as a medical device?"],
    [{ processesPatientData: "true" }, "processesPatientData", "Answer yes or no: does it process patient data?"],
    [{ dtacPassed: "" }, "dtacPassed", "Answer yes or no: has it passed the DTAC?"],
    [{ investorVisible: "yes" }, "investorVisible", "Tick the box to show this product to investors, or leave it unticked"],
    [{ features: ["teleportation"] }, "features[0]", "Choose features from the list"],
    [{ ukcaMarked: "no" }, "features", UKCA_FEATURE_UNMARKED],
    [{ features: ["dtac_passed"] }, "features", DTAC_FEATURE_NOT_PASSED],
    [{ deviceClass: "not_a_device", features: [] }, "ukcaMarked", NOT_A_DEVICE_MARKED],
  ];

  const submit = async (form: "new" | "edit", fields: Record<string, string | string[]>) => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    if (form === "new") return { cookie, send: () => call(create.action, postRequest("/products/new", fields, cookie)) };
    const own = draftOf(user.organisationId);
    return { cookie, send: () => call(edit.action, postRequest(`/products/${own.id}/edit`, fields, cookie), params(own.id)) };
  };

  describe.each(["new", "edit"] as const)("on the %s form", (form) => {
    it.each(cases)("refuses %j with 400, a message beside %s, and keeps what was typed", async (overrides, field, message) => {
      const { send } = await submit(form, complete(overrides));
      const before = snapshot();
      const result = await send();
      expect(result.status).toBe(400);
      expect(fieldErrors(result)[field]).toEqual([message]);
      expect(result.data.initialValue.description).toBe(overrides.description ?? complete().description);
      // A single ticked box comes back as a string, which the form reads the same way.
      for (const [key, value] of Object.entries(overrides)) if (value.length) expect([result.data.initialValue[key]].flat()).toEqual([value].flat());
      expect(snapshot()).toBe(before);
    });

    it.each([
      [{ trl: "ten" }, "trl", TRL_MESSAGE],
      [{ technologyType: "teleporter" }, "technologyType", "Choose the type of technology"],
      [{ summary: "<p>hi</p>" }, "summary", PLAIN_TEXT],
      [{ dtacPassed: "perhaps" }, "dtacPassed", "Answer yes or no: has it passed the DTAC?"],
      [{ features: ["ukca_marked"] }, "features", UKCA_FEATURE_UNMARKED],
    ])("checks what a draft gives too: %j", async (overrides, field, message) => {
      const { send } = await submit(form, { name: "Draft", intent: "draft", ...overrides });
      const before = snapshot();
      const result = await send();
      expect(result.status).toBe(400);
      expect(fieldErrors(result)[field]).toEqual([message]);
      expect(snapshot()).toBe(before);
    });
  });
});

describe("who may do what", () => {
  it.each(["clinician", "investor", "leadership", "admin"] as const)("posting is not for a %s", async (role) => {
    const { cookie } = await signedIn({ role });
    const before = snapshot();
    expect((await call(create.loader, getRequest("/products/new", cookie))).status).toBe(403);
    expect((await call(create.action, postRequest("/products/new", complete(), cookie))).status).toBe(403);
    expect(snapshot()).toBe(before);
  });

  it("sends an anonymous visitor to sign in", async () => {
    expect((await call(create.loader, getRequest("/products/new"))).location).toBe("/sign-in?redirectTo=%2Fproducts%2Fnew");
    const p = createProduct(createOrganisation({ kind: "company" }).id);
    const result = await call(detail.action, postRequest(`/products/${p.id}`, { intent: "archive" }), params(p.id));
    expect(result.location).toBe(`/sign-in?redirectTo=%2Fproducts%2F${p.id}`);
    expect(product(p.id).status).toBe("published");
  });

  it("keeps another company's draft secret: 404 everywhere", async () => {
    const draft = draftOf(createOrganisation({ kind: "company" }).id);
    const { cookie } = await signedIn({ role: "innovator" });
    const before = snapshot();
    expect((await call(detail.loader, getRequest(`/products/${draft.id}`, cookie), params(draft.id))).status).toBe(404);
    expect((await call(detail.loader, getRequest(`/products/${draft.id}`), params(draft.id))).status).toBe(404);
    expect((await call(edit.loader, getRequest(`/products/${draft.id}/edit`, cookie), params(draft.id))).status).toBe(404);
    expect((await call(edit.action, postRequest(`/products/${draft.id}/edit`, complete(), cookie), params(draft.id))).status).toBe(404);
    expect((await call(detail.action, postRequest(`/products/${draft.id}`, { intent: "publish" }, cookie), params(draft.id))).status).toBe(404);
    expect(snapshot()).toBe(before);
  });

  it.each(["innovator", "clinician", "investor", "leadership", "admin"] as const)(
    "lets a %s from elsewhere read a published product but not edit, publish or archive it",
    async (role) => {
      const p = createProduct(createOrganisation({ kind: "company" }).id);
      const { cookie } = await signedIn({ role });
      const before = snapshot();
      const page = await call(detail.loader, getRequest(`/products/${p.id}`, cookie), params(p.id));
      expect(page.status).toBe(200);
      expect(page.data.may).toMatchObject({ edit: false, publish: false, archive: false });
      expect((await call(edit.loader, getRequest(`/products/${p.id}/edit`, cookie), params(p.id))).status).toBe(403);
      expect((await call(edit.action, postRequest(`/products/${p.id}/edit`, complete({ name: "Hijacked" }), cookie), params(p.id))).status).toBe(403);
      expect((await call(detail.action, postRequest(`/products/${p.id}`, { intent: "publish" }, cookie), params(p.id))).status).toBe(403);
      expect((await call(detail.action, postRequest(`/products/${p.id}`, { intent: "archive" }, cookie), params(p.id))).status).toBe(403);
      expect(snapshot()).toBe(before);
    },
  );

  it("shows the history to the owner and the leadership group only", async () => {
    const { user, cookie: ownerCookie } = await signedIn({ role: "innovator" });
    const created = await call(create.action, postRequest("/products/new", complete(), ownerCookie));
    const id = Number(created.location!.split("/").pop());
    const historyFor = async (cookie?: string) => (await call(detail.loader, getRequest(`/products/${id}`, cookie), params(id))).data.history;
    expect((await historyFor(ownerCookie)).map((h: { action: string; actorName: string }) => [h.action, h.actorName])).toEqual([
      ["product.created", user.name],
      ["product.published", user.name],
    ]);
    expect(await historyFor((await signedIn({ role: "leadership" })).cookie)).toHaveLength(2);
    expect(await historyFor((await signedIn({ role: "innovator" })).cookie)).toBeNull();
    expect(await historyFor()).toBeNull();
  });

  it("lets the leadership group read a draft, but not change it", async () => {
    const draft = draftOf(createOrganisation({ kind: "company" }).id);
    const { cookie } = await signedIn({ role: "leadership" });
    expect((await call(detail.loader, getRequest(`/products/${draft.id}`, cookie), params(draft.id))).status).toBe(200);
    expect((await call(edit.loader, getRequest(`/products/${draft.id}/edit`, cookie), params(draft.id))).status).toBe(403);
  });

  it("shows the funding sought only to insiders and, if chosen, to investors", async () => {
    const company = createOrganisation({ kind: "company" });
    const shown = createProduct(company.id, { fundingSought: "£1m", investorVisible: true });
    const hidden = createProduct(company.id, { fundingSought: "£2m", investorVisible: false });
    const funding = async (id: number, cookie?: string) => (await call(detail.loader, getRequest(`/products/${id}`, cookie), params(id))).data.product.fundingSought;
    const investor = (await signedIn({ role: "investor" })).cookie;
    const owner = (await signedIn({ role: "innovator", organisationId: company.id })).cookie;
    expect([await funding(shown.id, investor), await funding(hidden.id, investor)]).toEqual(["£1m", null]);
    expect([await funding(shown.id), await funding(hidden.id)]).toEqual([null, null]);
    expect(await funding(hidden.id, owner)).toBe("£2m");
  });

  it.each(["abc", "0x1", "-1", "99999999"])("answers the id %j with 404", async (id) => {
    const { cookie } = await signedIn({ role: "innovator" });
    expect((await call(detail.loader, getRequest(`/products/${id}`, cookie), params(id))).status).toBe(404);
    expect((await call(edit.loader, getRequest(`/products/${id}/edit`, cookie), params(id))).status).toBe(404);
  });
});

describe("my organisation", () => {
  it("lists the company's own products in every status, and only its own", async () => {
    const { user, cookie } = await signedIn({ role: "innovator" });
    createProduct(user.organisationId, { name: "Mine published" });
    draftOf(user.organisationId, { name: "Mine draft" });
    createProduct(user.organisationId, { name: "Mine archived", status: "archived" });
    createProduct(createOrganisation({ kind: "company" }).id, { name: "Someone else's" });
    const page = await call(myOrganisation.loader, getRequest("/my-organisation", cookie));
    expect(page.data.products.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual([
      ["Mine archived", "archived"],
      ["Mine draft", "draft"],
      ["Mine published", "published"],
    ]);
    const clinician = await call(myOrganisation.loader, getRequest("/my-organisation", (await signedIn({ role: "clinician" })).cookie));
    expect(clinician.data.products).toBeNull();
  });
});
