import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { challenges, products } from "../../db/schema";
import * as home from "../../app/routes/home";
import { createOrganisation } from "../support/factories";
import { call, getRequest } from "../support/routes";

describe("home page pipeline", () => {
  it("counts published challenges and products by clinical area and place, and nothing unpublished", async () => {
    const trust = createOrganisation({ kind: "nhs_trust", place: "wakefield" });
    const company = createOrganisation({ kind: "company", place: "calderdale" });
    const challenge = (status: "draft" | "published", areas: ("dementia" | "frailty_falls")[]) => ({
      organisationId: trust.id,
      title: "A challenge",
      summary: "s",
      problem: "p",
      desiredOutcomes: "o",
      clinicalAreas: areas,
      careSettings: ["community" as const],
      place: "wakefield" as const,
      status,
    });
    getDb().insert(challenges).values([challenge("published", ["dementia", "frailty_falls"]), challenge("published", ["dementia"]), challenge("draft", ["dementia"])]).run();
    getDb()
      .insert(products)
      .values({
        organisationId: company.id,
        name: "Fall sensor",
        summary: "s",
        description: "d",
        intendedPurpose: "To detect falls.",
        technologyType: "remote_monitoring",
        clinicalAreas: ["frailty_falls"],
        careSettings: ["home"],
        deviceClass: "I",
        esfTier: "B",
        trl: 7,
        status: "published",
      })
      .run();

    const { data, status } = await call(home.loader, getRequest("/"));
    expect(status).toBe(200);
    expect(data.totals).toEqual({ challenges: 2, products: 1 });
    expect(data.byClinicalArea).toEqual([
      { key: "dementia", label: "Dementia", challenges: 2, products: 0 },
      { key: "frailty_falls", label: "Frailty and falls", challenges: 1, products: 1 },
    ]);
    expect(data.byPlace).toEqual([
      { key: "wakefield", label: "Wakefield", challenges: 2, products: 0 },
      { key: "calderdale", label: "Calderdale", products: 1, challenges: 0 },
    ]);
  });
});
