import { afterAll, describe, expect, it } from "vitest";
import { DEVICE_CLASSES, TECHNOLOGY_TYPES, type DeviceClass, type TechnologyType } from "../../app/domain/taxonomies";
import {
  EVIDENCE_ITEMS,
  STAGES,
  checklist,
  isSatisfied,
  mayProvide,
  mayWithdraw,
  profileFromProduct,
  requirementsFor,
  roadmap,
  type HostSite,
  type Party,
  type ProductForTrial,
  type Stage,
  type TrialFacts,
} from "../../app/domain/workflow";

// ---------------------------------------------------------------------------------------------
// The oracle: DESIGN.md's table (plus the UK practice it is silent on) written out plainly,
// independently of the rules table, so the two must agree for every profile.

type Facts = {
  device: boolean;
  /** UKCA or CE marked for the purpose of this trial. */
  markedHere: boolean;
  clinicalInvestigation: boolean;
  digital: boolean;
  data: boolean;
  research: boolean;
};

function oracle(f: Facts, sites: readonly HostSite[]): Record<Stage, string[]> {
  const research = f.research || f.clinicalInvestigation;
  const each = (key: string) => (sites.length ? sites.map((s) => `${key}@${s.id}`) : [`${key}@each-site`]);
  const when = (cond: boolean, ...keys: string[]) => (cond ? keys : []);
  return {
    triage: ["fit_summary", "inequalities_impact"],
    regulatory_readiness: [
      "intended_purpose",
      "esf_tier",
      ...when(f.device, "mhra_classification"),
      ...when(f.device && !f.clinicalInvestigation, "ukca_certificate"),
      ...when(f.digital, "dcb0129_safety_case", "dcb0129_hazard_log", "clinical_safety_officer", "dtac"),
      ...when(f.data, "dspt", "ico_registration", "supplier_dpia"),
    ],
    sandbox_test: ["test_plan", "integration_report", "usability_accessibility_report"],
    trial_approval: [
      ...each("site_sponsor"),
      "research_decision",
      "evaluation_protocol",
      ...each("signed_agreement"),
      ...(f.digital ? each("dcb0160_safety_case") : []),
      ...(f.data ? [...each("controller_dpia"), ...each("ig_signoff"), ...each("data_sharing_agreement")] : []),
      ...(research ? ["hra_approval", "rec_opinion", ...each("capacity_capability")] : []),
      ...when(f.clinicalInvestigation, "mhra_no_objection"),
    ],
    live_trial: [...each("site_start"), ...each("incident_log"), "interim_report", ...when(f.clinicalInvestigation, "adverse_event_reports")],
    evaluation: [
      "evaluation_report",
      "outcomes_against_challenge",
      "esf_tier_reached",
      "economic_impact",
      "inequalities_outcome",
      ...when(research, "end_of_study"),
    ],
    adoption: [
      ...each("adoption_decision"),
      "procurement_route",
      ...when(f.digital, "dtac_recheck"),
      ...when(f.clinicalInvestigation, "ukca_before_routine_use"),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Every product profile: device class × UKCA (none, for this purpose, for another purpose) ×
// patient data × research × technology type × the route a device not marked here takes.

type Case = { product: ProductForTrial; facts: TrialFacts; expected: Facts; name: string };

const UKCA = ["not marked", "marked for this purpose", "marked for another purpose"] as const;
const DIGITAL_TYPES: TechnologyType[] = ["samd", "digital_health_app", "ai", "remote_monitoring", "data_platform"];

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const { value: deviceClass } of DEVICE_CLASSES)
    for (const ukca of UKCA)
      for (const data of [false, true])
        for (const research of [false, true])
          for (const { value: technologyType } of TECHNOLOGY_TYPES)
            for (const route of ["await_marking", "clinical_investigation"] as const) {
              const device = deviceClass !== "not_a_device";
              const markedHere = device && ukca === "marked for this purpose";
              const product: ProductForTrial = {
                deviceClass: deviceClass as DeviceClass,
                technologyType,
                ukcaMarked: ukca !== "not marked",
                processesPatientData: data,
                dtacPassed: false,
              };
              const facts: TrialFacts = { research, withinMarkedPurpose: ukca !== "marked for another purpose", deviceRoute: route };
              const digital = DIGITAL_TYPES.includes(technologyType) || (["medical_device", "diagnostic"].includes(technologyType) && data);
              cases.push({
                product,
                facts,
                name: `${deviceClass}, ${ukca}, ${data ? "patient data" : "no patient data"}, ${research ? "research" : "service evaluation"}, ${technologyType}, ${route}`,
                expected: { device, markedHere, clinicalInvestigation: device && !markedHere && route === "clinical_investigation", digital, data, research },
              });
            }
  return cases;
}

const SITE_SETS: HostSite[][] = [[], [{ id: 7, name: "Leeds Teaching Hospitals" }], [{ id: 7, name: "Leeds Teaching Hospitals" }, { id: 9, name: "Bradford Teaching Hospitals" }]];

let ruleCases = 0;
afterAll(() => {
  console.log(`workflow requirements: ${ruleCases} rule cases checked`);
});

describe("requirementsFor, against the oracle", () => {
  const cases = allCases();

  // Disagreements are collected and compared once: tens of thousands of expect() calls are slow.
  it(`covers every stage × every profile (${cases.length} profiles × ${SITE_SETS.length} site sets × ${STAGES.length} stages)`, () => {
    expect(cases.length).toBe(5 * 3 * 2 * 2 * 8 * 2);
    const wrong: string[] = [];
    for (const c of cases) {
      const profile = profileFromProduct(c.product, c.facts);
      for (const sites of SITE_SETS) {
        const want = oracle(c.expected, sites);
        for (const stage of STAGES) {
          const got = requirementsFor(profile, { stage, sites }).map((r) => r.key).sort().join(" ");
          const expected = want[stage].slice().sort().join(" ");
          if (got !== expected) wrong.push(`${c.name}, ${sites.length} sites, ${stage}: got ${got}; want ${expected}`);
          ruleCases++;
        }
        // Without a stage: every stage's items, in stage order.
        const order = requirementsFor(profile, { sites }).map((r) => r.stage).join(" ");
        if (order !== STAGES.flatMap((s) => want[s].map(() => s)).join(" ")) wrong.push(`${c.name}, ${sites.length} sites: out of stage order`);
        ruleCases++;
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the invariants for every profile", () => {
    const wrong: string[] = [];
    const fail = (c: Case, what: string) => wrong.push(`${c.name}: ${what}`);
    for (const c of cases) {
      const profile = profileFromProduct(c.product, c.facts);
      const reqs = requirementsFor(profile, { sites: SITE_SETS[2] });
      const keys = reqs.map((r) => r.key);
      // Each stage is a gate with something to decide on, so none is ever skipped.
      for (const stage of STAGES) if (!reqs.some((r) => r.stage === stage)) fail(c, `${stage} has no items`);
      if (new Set(keys).size !== keys.length) fail(c, "duplicate keys");
      // A device is never left with neither the mark nor the clinical-investigation route.
      if (c.expected.device && keys.includes("ukca_certificate") === keys.includes("mhra_no_objection")) fail(c, "neither or both routes");
      if (!c.expected.device && keys.some((k) => /mhra|ukca|adverse/.test(k))) fail(c, "device items for a non-device");
      if (!c.expected.research && !c.expected.clinicalInvestigation && keys.some((k) => /^(hra_|rec_|capacity|end_of_study)/.test(k)))
        fail(c, "research items for a service evaluation");
      for (const r of reqs) {
        if (!/^Required (for every trial|because .+)\.$/.test(r.because) || /undefined|null|\[object/.test(r.because)) fail(c, `${r.key}: ${r.because}`);
        if (r.perSite ? r.site === null || r.provider !== "site" : r.site !== null) fail(c, `${r.key}: site`);
        ruleCases++;
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("the table itself", () => {
  it("has unique keys, and each item a title, a description and a stage", () => {
    const keys = EVIDENCE_ITEMS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of EVIDENCE_ITEMS) {
      expect(STAGES).toContain(i.stage);
      expect(i.title.length).toBeGreaterThan(3);
      expect(i.description).toMatch(/\.$/);
      if (i.perSite) expect(i.provider).toBe("site");
    }
  });

  it("has exactly the items the oracle knows, so neither can drift", () => {
    const everything: Facts = { device: true, markedHere: false, clinicalInvestigation: true, digital: true, data: true, research: true };
    const awaiting: Facts = { ...everything, clinicalInvestigation: false };
    const named = new Set([...Object.values(oracle(everything, [])), ...Object.values(oracle(awaiting, []))].flat().map((k) => k.replace(/@.*/, "")));
    expect([...named].sort()).toEqual(EVIDENCE_ITEMS.map((i) => i.key).sort());
  });
});

// ---------------------------------------------------------------------------------------------

const samd = (over: Partial<ProductForTrial> = {}): ProductForTrial => ({
  deviceClass: "IIa",
  technologyType: "samd",
  ukcaMarked: false,
  processesPatientData: true,
  dtacPassed: false,
  ...over,
});
const because = (product: ProductForTrial, facts: TrialFacts, key: string) => {
  const r = requirementsFor(profileFromProduct(product, facts), { sites: [{ id: 1, name: "Leeds" }] }).find((x) => x.item === key);
  ruleCases++;
  return r?.because;
};

describe("explanations read correctly", () => {
  it.each([
    ["ukca_certificate", samd(), {}, "Required because the product is a Class IIa medical device not UKCA or CE marked for this purpose, and the trial waits for the mark rather than running as a clinical investigation."],
    ["ukca_certificate", samd({ deviceClass: "III", ukcaMarked: true }), {}, "Required because the product is a Class III medical device UKCA or CE marked for this purpose."],
    ["ukca_certificate", samd({ ukcaMarked: true }), { withinMarkedPurpose: false }, "Required because the product is a Class IIa medical device whose UKCA or CE mark does not cover the purpose of this trial, and the trial waits for the mark rather than running as a clinical investigation."],
    ["mhra_no_objection", samd({ deviceClass: "IIb" }), { deviceRoute: "clinical_investigation" }, "Required because the product is a Class IIb medical device not UKCA or CE marked for this purpose, and the trial runs as a clinical investigation."],
    ["hra_approval", samd(), { deviceRoute: "clinical_investigation" }, "Required because the trial runs as a clinical investigation, which is research."],
    ["rec_opinion", samd(), { deviceRoute: "clinical_investigation", research: true }, "Required because the trial is research."],
    ["capacity_capability", samd({ deviceClass: "not_a_device", technologyType: "remote_monitoring" }), { research: true }, "Required because the trial is research."],
    ["mhra_classification", samd({ deviceClass: "I" }), {}, "Required because the product is a Class I medical device."],
    ["dcb0160_safety_case", samd({ technologyType: "remote_monitoring" }), {}, "Required because the product is a digital technology (remote monitoring)."],
    ["dtac", samd(), {}, "Required because the product is a digital technology (software as a medical device)."],
    ["controller_dpia", samd(), {}, "Required because the product processes patient data."],
    ["intended_purpose", samd(), {}, "Required for every trial."],
    ["ukca_before_routine_use", samd(), { deviceRoute: "clinical_investigation" }, "Required because the product is a Class IIa medical device not UKCA or CE marked for this purpose, and the trial runs as a clinical investigation."],
  ] as const)("%s (case %#)", (key, product, facts, text) => {
    expect(because(product, facts, key)).toBe(text);
  });

  it("leaves out what does not apply", () => {
    expect(because(samd({ deviceClass: "not_a_device", technologyType: "service_model", processesPatientData: false }), {}, "dtac")).toBeUndefined();
    expect(because(samd({ ukcaMarked: true }), {}, "mhra_no_objection")).toBeUndefined();
    // A marked device keeps its route whatever the trial says: it needs no investigation.
    expect(because(samd({ ukcaMarked: true }), { deviceRoute: "clinical_investigation" }, "mhra_no_objection")).toBeUndefined();
  });
});

describe("profileFromProduct", () => {
  it("assumes a service evaluation within the marked purpose that waits for a missing mark", () => {
    expect(profileFromProduct(samd())).toMatchObject({ route: "await_marking", research: false, digital: true });
    expect(profileFromProduct(samd({ ukcaMarked: true }))).toMatchObject({ route: "marked" });
  });

  it("ignores a UKCA flag on something that is not a device", () => {
    expect(profileFromProduct(samd({ deviceClass: "not_a_device", ukcaMarked: true }))).toMatchObject({ route: "not_a_device", ukcaMarked: false });
  });

  it.each([
    ["medical_device", false, false],
    ["medical_device", true, true],
    ["diagnostic", true, true],
    ["service_model", true, false],
    ["ai", false, true],
    ["data_platform", false, true],
  ] as const)("a %s (patient data: %s) is digital: %s", (technologyType, processesPatientData, digital) => {
    expect(profileFromProduct(samd({ technologyType, processesPatientData })).digital).toBe(digital);
  });
});

describe("per-site items and evidence", () => {
  const sites = SITE_SETS[2];
  const profile = profileFromProduct(samd());
  const reqs = requirementsFor(profile, { stage: "trial_approval", sites });
  const byKey = (key: string) => reqs.find((r) => r.key === key)!;

  it("expands a per-site item for each host site, named", () => {
    expect(byKey("site_sponsor@7").site).toEqual(sites[0]);
    expect(byKey("site_sponsor@9").site).toEqual(sites[1]);
    expect(byKey("research_decision").site).toBeNull();
  });

  it("wants a per-site item from its own site, a trial item from anyone", () => {
    expect(isSatisfied(byKey("site_sponsor@9"), [{ item: "site_sponsor", siteId: 7 }])).toBe(false);
    expect(isSatisfied(byKey("site_sponsor@9"), [{ item: "site_sponsor", siteId: 9 }])).toBe(true);
    expect(isSatisfied(byKey("research_decision"), [{ item: "research_decision", siteId: 9 }])).toBe(true);
    expect(isSatisfied(byKey("research_decision"), [{ item: "research_decision" }])).toBe(true);
  });

  it("never satisfies a per-site item before a host site is known", () => {
    const [placeholder] = requirementsFor(profile, { stage: "trial_approval" });
    expect(placeholder).toMatchObject({ key: "site_sponsor@each-site", site: null, perSite: true });
    expect(isSatisfied(placeholder, [{ item: "site_sponsor", siteId: 7 }, { item: "site_sponsor" }])).toBe(false);
  });

  it("pairs the checklist with the caller's evidence rows", () => {
    const row = { item: "signed_agreement", siteId: 7, recordedBy: "Dr A", recordedAt: new Date(0) };
    const list = checklist(reqs, [row]);
    expect(list.find((l) => l.requirement.key === "signed_agreement@7")!.evidence).toBe(row);
    expect(list.find((l) => l.requirement.key === "signed_agreement@9")!.evidence).toBeNull();
  });

  it("lets each side record only its own items", () => {
    const all = requirementsFor(profileFromProduct(samd(), { deviceRoute: "clinical_investigation" }), { sites });
    const parties: Party[] = [{ side: "leadership" }, { side: "company" }, { side: "site", siteId: 7 }, { side: "none" }];
    for (const r of all) {
      const who = parties.filter((p) => mayProvide(r, p)).map((p) => (p.side === "site" ? `site ${p.siteId}` : p.side));
      const expected: Record<string, string[]> = {
        leadership: ["leadership"],
        company: ["company"],
        company_with_site: ["company", "site 7"],
        site: !r.perSite || r.site?.id === 7 ? ["site 7"] : [],
      };
      expect(who, r.key).toEqual(expected[r.provider]);
      ruleCases++;
    }
  });
});

describe("withdrawing evidence recorded in error", () => {
  it("is for the side that provides the item, only while its own stage's gate is open", () => {
    const all = requirementsFor(profileFromProduct(samd(), { deviceRoute: "clinical_investigation" }), { sites: SITE_SETS[2] });
    const parties: Party[] = [{ side: "leadership" }, { side: "company" }, { side: "site", siteId: 7 }, { side: "site", siteId: 9 }, { side: "none" }];
    const statuses = ["active", "paused", "stopped", "withdrawn", "adopted"];
    for (const r of all) {
      for (const party of parties) {
        for (const stage of STAGES) {
          for (const status of statuses) {
            const open = status === "active" || status === "paused";
            expect(mayWithdraw(r, party, { stage, status }), `${r.key} ${party.side} ${stage} ${status}`).toBe(open && r.stage === stage && mayProvide(r, party));
            ruleCases++;
          }
        }
      }
    }
  });
});

describe("roadmap", () => {
  const items = (p: ProductForTrial) => roadmap(p).stages.flatMap((s) => s.items);
  const onlyIf = (p: ProductForTrial, key: string) => items(p).find((i) => i.key === key)?.onlyIf;

  it("shows every stage, in order", () => {
    expect(roadmap(samd()).stages.map((s) => s.stage)).toEqual([...STAGES]);
  });

  it("shows both legal routes for a device not yet marked", () => {
    const p = samd();
    expect(onlyIf(p, "mhra_classification")).toBeNull();
    expect(onlyIf(p, "ukca_certificate")).toBe("awaiting_mark");
    expect(onlyIf(p, "mhra_no_objection")).toBe("clinical_investigation");
    expect(onlyIf(p, "adverse_event_reports")).toBe("clinical_investigation");
    expect(onlyIf(p, "hra_approval")).toBe("research");
    expect(items(p).find((i) => i.key === "hra_approval")!.onlyIfText).toBe("Only if the trial is research (a clinical investigation always is).");
    expect(roadmap(p).notes).toHaveLength(1);
  });

  it("shows a marked device no investigation, and says what it assumes", () => {
    const p = samd({ ukcaMarked: true });
    expect(onlyIf(p, "ukca_certificate")).toBeNull();
    expect(onlyIf(p, "mhra_no_objection")).toBeUndefined();
    expect(roadmap(p).notes[0]).toMatch(/purpose its UKCA or CE mark covers/);
  });

  it("shows per-site items once, for each host site", () => {
    const sponsor = items(samd()).find((i) => i.item === "site_sponsor")!;
    expect(sponsor).toMatchObject({ perSite: true, site: null, onlyIf: null });
  });

  it("agrees with requirementsFor for every product, and always can say what an item depends on", () => {
    for (const c of allCases().filter((c) => c.facts.deviceRoute === "await_marking" && !c.facts.research && c.facts.withinMarkedPurpose)) {
      const map = items(c.product);
      expect(map.filter((i) => i.onlyIf === "other"), c.name).toEqual([]);
      const base = requirementsFor(profileFromProduct(c.product)).map((r) => r.key);
      const sure = map.filter((i) => i.onlyIf === null).map((i) => i.key);
      // What every trial needs is in the default trial; the default trial may add "only if" items.
      for (const k of sure) expect(base, c.name).toContain(k);
      for (const i of map) if (!base.includes(i.key)) expect(i.onlyIf, `${c.name}: ${i.key}`).not.toBeNull();
      for (const s of roadmap(c.product).stages) expect(s.items.length, `${c.name}: ${s.stage}`).toBeGreaterThan(0);
      ruleCases++;
    }
  });
});
