import { describe, expect, it } from "vitest";
import { meets, readiness, structuredFit } from "../../app/domain/matching/fit";
import type { ChallengeForMatch, ProductForMatch } from "../../app/domain/matching/records";
import { rankChallenges, rankProducts, rankSimilarChallenges } from "../../app/domain/matching/score";

const challenge: ChallengeForMatch = {
  title: "Getting help to older people who fall at home",
  summary: "Older people who fall at home and cannot get up wait hours for help; long lies lead to admissions.",
  problem: "Many falls happen at night. Pendant alarms are often not worn, and some people have no smartphone.",
  desiredOutcomes: "Falls detected automatically within minutes, a responder sent quickly, fewer long lies.",
  clinicalAreas: ["frailty_falls"],
  careSettings: ["home", "community"],
  place: "kirklees",
  mustHaves: ["ukca_marked"],
};

const product = (over: Partial<ProductForMatch> & { name: string }): ProductForMatch => ({
  summary: "",
  description: "",
  intendedPurpose: "",
  technologyType: "remote_monitoring",
  clinicalAreas: ["frailty_falls"],
  careSettings: ["home"],
  deviceClass: "I",
  ukcaMarked: true,
  processesPatientData: true,
  dtacPassed: true,
  esfTier: "B",
  trl: 8,
  features: [],
  place: "leeds",
  ...over,
});

const sensor = product({
  name: "Floorwatch",
  summary: "A wall sensor that detects a fall at home automatically and alerts a responder within minutes.",
  description: "Works without a pendant or smartphone. Detects falls and long lies at night.",
  intendedPurpose: "To detect falls of older people at home.",
  features: ["works_without_smartphone"],
});
const unmarked = { ...sensor, name: "Floorwatch Lite", ukcaMarked: false };
const diabetes = product({
  name: "Glucoguide",
  summary: "An app that coaches people with type 2 diabetes to lower their HbA1c.",
  description: "Weekly coaching and meal plans.",
  intendedPurpose: "Supports weight loss and glucose control.",
  clinicalAreas: ["diabetes"],
  careSettings: ["primary_care"],
  deviceClass: "not_a_device",
});

describe("structured fit", () => {
  it("counts regulatory flags as must-haves met", () => {
    expect(meets({ features: [], ukcaMarked: true, dtacPassed: false }, "ukca_marked")).toBe(true);
    expect(meets({ features: [], ukcaMarked: false, dtacPassed: true }, "dtac_passed")).toBe(true);
    expect(meets({ features: ["nhs_login"], ukcaMarked: false, dtacPassed: false }, "offline_capable")).toBe(false);
  });

  it("shares areas and settings as fractions of what the challenge asks", () => {
    const fit = structuredFit(challenge, sensor);
    expect(fit).toMatchObject({ sharedAreas: ["frailty_falls"], sharedSettings: ["home"], areas: 1, settings: 0.5, region: 0.5 });
    expect(fit.mustHavesMet).toEqual(["ukca_marked"]);
    expect(structuredFit(challenge, unmarked).mustHavesMissing).toEqual(["ukca_marked"]);
    expect(structuredFit({ ...challenge, clinicalAreas: [] }, sensor).areas).toBe(0.5);
    expect(structuredFit(challenge, { ...sensor, place: "kirklees" }).region).toBe(1);
    expect(structuredFit(challenge, { ...sensor, place: "outside_region" }).region).toBe(0);
  });

  it("rates readiness higher for a marked, assured, mature product", () => {
    expect(readiness(sensor)).toBeGreaterThan(readiness({ ...sensor, trl: 4 }));
    expect(readiness(sensor)).toBeGreaterThan(readiness(unmarked));
    expect(readiness({ ...diabetes, ukcaMarked: false })).toBe(readiness({ ...diabetes, ukcaMarked: true }));
  });
});

describe("rankProducts", () => {
  const ranked = rankProducts(challenge, [diabetes, unmarked, sensor]);

  it("puts the product that fits best first and one missing a must-have below its twin", () => {
    expect(ranked.map((r) => r.record.name)).toEqual(["Floorwatch", "Floorwatch Lite", "Glucoguide"]);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it("scores 0–100 and explains itself", () => {
    for (const r of ranked) expect(r.score).toBeGreaterThanOrEqual(0);
    expect(ranked[0].score).toBeLessThanOrEqual(100);
    expect(ranked[0].reasons.text).toMatch(/^Shares: frailty and falls, at home; matched: [^;]*fall/);
    expect(ranked[0].reasons.text).toContain("UKCA marked, as required");
    expect(ranked[1].reasons.text).toContain("missing: UKCA mark");
    expect(ranked[0].reasons.matchedTerms.length).toBeGreaterThan(0);
    expect(ranked[0].reasons.readiness).toContain("TRL 8");
  });

  it("gives the same score however often it is asked", () => {
    expect(rankProducts(challenge, [diabetes, unmarked, sensor]).map((r) => r.score)).toEqual(ranked.map((r) => r.score));
  });
});

describe("rankChallenges", () => {
  it("ranks challenges for a product with the same scoring", () => {
    const other: ChallengeForMatch = { ...challenge, title: "Diabetes prevention for people at risk", summary: "People with raised HbA1c need coaching.", problem: "Uptake is low.", desiredOutcomes: "More people complete the programme.", clinicalAreas: ["diabetes"], careSettings: ["primary_care"], mustHaves: [] };
    const ranked = rankChallenges(sensor, [other, challenge]);
    expect(ranked[0].record).toBe(challenge);
    expect(rankChallenges(diabetes, [challenge, other])[0].record).toBe(other);
  });
});

describe("rankSimilarChallenges", () => {
  it("finds a published challenge from a draft of the same need, and not an unrelated one", () => {
    const other: ChallengeForMatch = { ...challenge, title: "Cutting waits for memory assessment", summary: "People with suspected dementia wait months for a diagnosis.", problem: "Clinics are full.", desiredOutcomes: "Diagnosis within six weeks.", clinicalAreas: ["dementia"], careSettings: ["mental_health_services"] };
    const [first, second] = rankSimilarChallenges({ title: "Older people lying on the floor for hours after a fall at home", clinicalAreas: ["frailty_falls"] }, [other, challenge]);
    expect(first.record).toBe(challenge);
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.matchedTerms).toContain("fall");
  });
});
