import { beforeAll, describe, expect, it } from "vitest";
import * as challengesCsv from "../../app/routes/export/challenges-csv";
import * as productsCsv from "../../app/routes/export/products-csv";
import { createOrganisation, signedIn } from "../support/factories";
import { createChallenge, createProduct } from "../support/records";
import { call, getRequest } from "../support/routes";

const today = new Date().toISOString().slice(0, 10);

/** The CSV's lines without the byte-order mark, split on RFC 4180's CRLF. */
const lines = (body: string) => body.replace(/^\uFEFF/, "").split("\r\n").slice(0, -1);

let leadership: string;

beforeAll(async () => {
  const trust = createOrganisation({ kind: "nhs_trust", place: "kirklees", name: "Kirklees Export Trust" });
  createChallenge(trust.id, { title: "Kidney in Kirklees", clinicalAreas: ["kidney"], careSettings: ["home", "community"], place: "kirklees" });
  createChallenge(trust.id, { title: "Kidney in Leeds", clinicalAreas: ["kidney"], place: "leeds" });
  createChallenge(trust.id, { title: "Dementia in Kirklees", clinicalAreas: ["dementia"], place: "kirklees" });
  createChallenge(trust.id, { title: "Submitted kidney", clinicalAreas: ["kidney"], place: "kirklees", status: "submitted", publishedAt: null });
  createChallenge(trust.id, { title: "Draft kidney", clinicalAreas: ["kidney"], place: "kirklees", status: "draft", publishedAt: null });
  createChallenge(trust.id, { title: '=HYPERLINK("http://evil.example","Kidney, click")', clinicalAreas: ["kidney"], place: "wakefield" });

  const company = createOrganisation({ kind: "company", place: "calderdale", name: "Café Export Co" });
  createProduct(company.id, { name: "TRL 8 sensor", trl: 8, features: ["offline_capable", "multilingual"], investorVisible: true, fundingSought: "£250k seed" });
  createProduct(company.id, { name: "TRL 3 idea", trl: 3 });
  createProduct(company.id, { name: "Archived sensor", trl: 8, status: "archived" });
  createProduct(company.id, { name: "Draft sensor", trl: 8, status: "draft", publishedAt: null });
  leadership = (await signedIn({ role: "leadership" })).cookie;
});

describe("exporting challenges as CSV", () => {
  it("gives the leadership group every matching row, with a header, as a download", async () => {
    const result = await call(challengesCsv.loader, getRequest("/export/challenges.csv?area=kidney&place=kirklees&page=2", leadership));
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("Content-Disposition")).toBe(`attachment; filename="sweetspot-challenges-${today}.csv"`);
    const [header, ...rows] = lines(result.data);
    expect(header.split(",").slice(0, 8)).toEqual(["ID", "Title", "Organisation", "Organisation kind", "Place", "Clinical areas", "Care settings", "Must-haves"]);
    // Published only by default, and the page number is ignored: an export is every row.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\d+,Kidney in Kirklees,Kirklees Export Trust,NHS trust,Kirklees,Kidney,At home; Community services,,/);
  });

  it("includes submitted challenges when asked, as the leadership list does, but never drafts", async () => {
    const result = await call(challengesCsv.loader, getRequest("/export/challenges.csv?area=kidney&place=kirklees&status=submitted&status=draft&sort=title", leadership));
    expect(lines(result.data).slice(1).map((l) => l.split(",")[1])).toEqual(["Submitted kidney"]);
  });

  it("neutralises a title that a spreadsheet would run as a formula", async () => {
    const result = await call(challengesCsv.loader, getRequest("/export/challenges.csv?place=wakefield", leadership));
    const row = lines(result.data)[1];
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example"",""Kidney, click"")",`);
    expect(row).not.toMatch(/,=/);
  });
});

describe("exporting products as CSV", () => {
  it("applies the filters and writes labels, flags and figures", async () => {
    const result = await call(productsCsv.loader, getRequest("/export/products.csv?place=calderdale&trlMin=7", leadership));
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Disposition")).toBe(`attachment; filename="sweetspot-products-${today}.csv"`);
    const [header, ...rows] = lines(result.data);
    expect(header).toBe(
      "ID,Name,Company,Place,Technology type,Clinical areas,Care settings,Device class,UKCA or CE marked,Processes patient data,DTAC passed,ESF tier,TRL,Features,Investor visible,Funding sought,Price model,Status,Published,Created,Last updated,Summary",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^\d+,TRL 8 sensor,Café Export Co,Calderdale,Remote monitoring,Frailty and falls,Social care,Class I,yes,no,no,B,8,Works offline; Available in several languages,yes,£250k seed,,Published,\d{4}-\d\d-\d\d,/,
    );
  });

  it("includes archived products when the leadership group asks, never drafts", async () => {
    const result = await call(productsCsv.loader, getRequest("/export/products.csv?place=calderdale&status=archived&status=draft", leadership));
    expect(lines(result.data).slice(1).map((l) => l.split(",")[1])).toEqual(["Archived sensor"]);
  });
});

describe("who may export", () => {
  const routes = [
    ["challenges", challengesCsv.loader],
    ["products", productsCsv.loader],
  ] as const;

  it.each(routes.flatMap(([what, loader]) => (["clinician", "innovator", "investor", "admin"] as const).map((role) => [what, role, loader] as const)))(
    "refuses %s to a %s with 403",
    async (what, role, loader) => {
      const { cookie } = await signedIn({ role });
      expect((await call(loader, getRequest(`/export/${what}.csv`, cookie))).status).toBe(403);
    },
  );

  it.each(routes)("sends an anonymous visitor to sign in first (%s)", async (what, loader) => {
    const result = await call(loader, getRequest(`/export/${what}.csv?area=kidney`));
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/sign-in?redirectTo=${encodeURIComponent(`/export/${what}.csv?area=kidney`)}`);
  });
});
