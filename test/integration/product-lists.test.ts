import { beforeAll, describe, expect, it } from "vitest";
import * as list from "../../app/routes/products/list";
import { createOrganisation, signedIn } from "../support/factories";
import { createProduct } from "../support/records";
import { call, getRequest } from "../support/routes";

const names = (result: { data: { rows: { name: string }[] } }) => result.data.rows.map((r) => r.name).sort();
const browse = (query: string, cookie?: string) => call(list.loader, getRequest(`/products?${query}`, cookie));

describe("browsing products", () => {
  // Every product here is in eye health or dermatology, which no other test in this file uses.
  beforeAll(() => {
    const calderdale = createOrganisation({ kind: "company", place: "calderdale", name: "Filter Co Calderdale" });
    const harrogate = createOrganisation({ kind: "company", place: "harrogate", name: "Filter Co Harrogate" });
    const base = {
      clinicalAreas: ["eye_health" as const],
      careSettings: ["primary_care" as const],
      technologyType: "diagnostic" as const,
      deviceClass: "IIa" as const,
      esfTier: "C" as const,
      trl: 6,
    };
    createProduct(calderdale.id, { ...base, name: "Base" });
    createProduct(calderdale.id, { ...base, name: "Area", clinicalAreas: ["dermatology"] });
    createProduct(calderdale.id, { ...base, name: "Setting", careSettings: ["pharmacy", "primary_care"] });
    createProduct(harrogate.id, { ...base, name: "Place" });
    createProduct(calderdale.id, { ...base, name: "Type", technologyType: "ai" });
    createProduct(calderdale.id, { ...base, name: "Class", deviceClass: "IIb" });
    createProduct(calderdale.id, { ...base, name: "Tier", esfTier: "B" });
    createProduct(calderdale.id, { ...base, name: "Early", trl: 3 });
    createProduct(calderdale.id, { ...base, name: "Draft", status: "draft", publishedAt: null });
    createProduct(calderdale.id, { ...base, name: "Archived", status: "archived" });
  });

  const published = ["Base", "Class", "Early", "Place", "Setting", "Tier", "Type"];

  it.each([
    ["area=eye_health", published],
    ["area=dermatology", ["Area"]],
    ["area=eye_health&area=dermatology", [...published, "Area"].sort()],
    ["area=eye_health&setting=pharmacy", ["Setting"]],
    ["area=eye_health&place=harrogate", ["Place"]],
    ["area=eye_health&type=ai", ["Type"]],
    ["area=eye_health&class=IIb", ["Class"]],
    ["area=eye_health&tier=B", ["Tier"]],
    ["area=eye_health&trlMin=2&trlMax=4", ["Early"]],
    ["area=eye_health&trlMin=4&trlMax=2", ["Early"]],
    ["area=eye_health&trlMax=5", ["Early"]],
    ["area=eye_health&trlMin=7", []],
    ["area=eye_health&trlMin=ten&trlMax=99", published],
    ["area=eye_health&type=ai&class=IIb", []],
    ["area=eye_health&status=draft&status=archived&class=nonsense", published],
  ])("shows the public %s", async (query, expected) => {
    expect(names(await browse(query))).toEqual(expected);
  });

  it("keeps the filters it understood, in the URL's terms", async () => {
    const result = await browse("area=eye_health&area=astrology&trlMin=4&trlMax=2&sort=readiness");
    expect(result.data.filters).toMatchObject({ clinicalAreas: ["eye_health"], trlMin: 2, trlMax: 4, sort: "readiness" });
    expect(result.data.statusOptions).toEqual(["published"]);
  });

  it("lets the leadership group list archived products too, but never drafts", async () => {
    const { cookie } = await signedIn({ role: "leadership" });
    expect(names(await browse("area=eye_health&status=archived", cookie))).toEqual(["Archived"]);
    expect(names(await browse("area=eye_health&status=draft", cookie))).toEqual(published);
    const both = await browse("area=eye_health&status=archived&status=published", cookie);
    expect(names(both)).toEqual([...published, "Archived"].sort());
    expect(both.data.statusOptions).toEqual(["published", "archived"]);
  });

  it("hides archived products from everyone else, the owner included", async () => {
    const { cookie } = await signedIn({ role: "innovator" });
    expect(names(await browse("area=eye_health&status=archived", cookie))).toEqual(published);
  });

  it("sorts by readiness, then name", async () => {
    const result = await browse("area=eye_health&sort=readiness");
    expect(result.data.rows.map((r: { name: string }) => r.name)).toEqual([...published.filter((n) => n !== "Early"), "Early"]);
  });

  it("paginates twenty to a page", async () => {
    const company = createOrganisation({ kind: "company", place: "wakefield" });
    for (let i = 0; i < 23; i++) createProduct(company.id, { name: `Paged ${String(i).padStart(2, "0")}`, clinicalAreas: ["kidney"] });
    const page1 = await browse("area=kidney&sort=name");
    expect(page1.data).toMatchObject({ total: 23, pages: 2 });
    expect(page1.data.rows).toHaveLength(20);
    const page2 = await browse("area=kidney&sort=name&page=2");
    expect(page2.data.rows.map((r: { name: string }) => r.name)).toEqual(["Paged 20", "Paged 21", "Paged 22"]);
    expect((await browse("area=kidney&page=3")).data.rows).toHaveLength(0);
  });

  it.each([
    ["leadership", true, false],
    ["innovator", false, true],
    ["investor", false, false],
    ["clinician", false, false],
  ] as const)("offers a %s the CSV download: %s, and posting: %s", async (role, canExport, canCreate) => {
    const { cookie } = await signedIn({ role });
    expect((await browse("", cookie)).data).toMatchObject({ canExport, canCreate });
  });
});
