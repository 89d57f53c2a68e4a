import { afterAll, describe, expect, it } from "vitest";
import { DEVICE_CLASSES, TECHNOLOGY_TYPES } from "../../app/domain/taxonomies";
import {
  ACTIONS,
  STAGES,
  TRIAL_STATUSES,
  availableActions,
  check,
  decide,
  isTerminal,
  missingRequirements,
  nextStage,
  partyFor,
  profileFromProduct,
  requirementsFor,
  startTrial,
  stageIndex,
  type ActionType,
  type EvidenceRef,
  type GateContext,
  type HostSite,
  type Party,
  type Stage,
  type TrialProfile,
  type TrialState,
  type TrialStatus,
} from "../../app/domain/workflow";

const LEEDS: HostSite = { id: 7, name: "Leeds Teaching Hospitals" };
const BRADFORD: HostSite = { id: 9, name: "Bradford Teaching Hospitals" };
const PARTIES: Party[] = [{ side: "leadership" }, { side: "company" }, { side: "site", siteId: LEEDS.id }, { side: "none" }];

const profile = profileFromProduct(
  { deviceClass: "IIa", technologyType: "samd", ukcaMarked: false, processesPatientData: true, dtacPassed: false },
  { deviceRoute: "clinical_investigation" },
);
/** Evidence for every item of every stage up to and including `stage`. */
const evidenceThrough = (p: TrialProfile, stage: Stage, sites: readonly HostSite[]): EvidenceRef[] =>
  requirementsFor(p, { through: stage, sites }).map((r) => ({ item: r.item, siteId: r.site?.id ?? null }));

let ruleCases = 0;
afterAll(() => {
  console.log(`workflow machine: ${ruleCases} rule cases checked`);
});

// ---------------------------------------------------------------------------------------------
// The expected outcome of every action, written out plainly from DESIGN.md.

function expected(state: TrialState, type: ActionType, party: Party, complete: boolean, noted: boolean): TrialState | null {
  if (isTerminal(state.status)) return null;
  const who: Record<ActionType, Party["side"][]> = {
    approve: ["leadership"],
    return: ["leadership"],
    stop: ["leadership"],
    resume: ["leadership"],
    withdraw: ["company"],
    pause: ["leadership", "company", "site"],
  };
  if (!who[type].includes(party.side)) return null;
  const paused = state.status === "paused";
  if (type === "approve" && paused) return null;
  if (type === "resume" && !paused) return null;
  if (type === "pause" && (paused || state.stage !== "live_trial")) return null;
  if (!noted) return null;
  switch (type) {
    case "approve": {
      if (!complete) return null;
      const i = STAGES.indexOf(state.stage);
      return i === STAGES.length - 1 ? { stage: state.stage, status: "adopted" } : { stage: STAGES[i + 1], status: "active" };
    }
    case "return":
      return state;
    case "stop":
      return { ...state, status: "stopped" };
    case "withdraw":
      return { ...state, status: "withdrawn" };
    case "pause":
      return { ...state, status: "paused" };
    case "resume":
      return { ...state, status: "active" };
  }
}

describe("every action from every state", () => {
  const sites = [LEEDS, BRADFORD];

  it(`matches the expected outcome (${STAGES.length} stages × ${TRIAL_STATUSES.length} statuses × ${ACTIONS.length} actions × ${PARTIES.length} parties × evidence × note)`, () => {
    const wrong: string[] = [];
    for (const stage of STAGES)
      for (const status of TRIAL_STATUSES) {
        const state: TrialState = { stage, status };
        const full = evidenceThrough(profile, stage, sites);
        // Missing just one item of this stage.
        const thisStage = new Set<string>(requirementsFor(profile, { stage, sites }).map((r) => r.item));
        const drop = full.findIndex((e) => thisStage.has(e.item));
        const lacking = full.filter((_, i) => i !== drop);
        for (const type of ACTIONS)
          for (const party of PARTIES)
            for (const complete of [true, false])
              for (const noted of [true, false]) {
                const ctx: GateContext = { profile, sites, evidence: complete ? full : lacking };
                const got = decide(state, { type, note: noted ? "Because." : "  " }, party, ctx);
                const want = expected(state, type, party, complete, noted);
                const label = `${stage}/${status} ${type} by ${party.side}, evidence ${complete ? "complete" : "missing"}, note ${noted}`;
                if (want === null && got.ok) wrong.push(`${label}: allowed, should be refused`);
                if (want !== null && !got.ok) wrong.push(`${label}: refused (${got.reason})`);
                if (want !== null && got.ok && JSON.stringify(got.next) !== JSON.stringify(want)) wrong.push(`${label}: went to ${JSON.stringify(got.next)}`);
                if (got.ok && got.entered !== (got.next.stage !== stage ? got.next.stage : null)) wrong.push(`${label}: entered ${got.entered}`);
                if (!got.ok && !got.reason.match(/^[A-Z].*\.$/)) wrong.push(`${label}: reason "${got.reason}"`);
                ruleCases++;
              }
      }
    expect(wrong).toEqual([]);
  });

  it("offers exactly the actions check allows", () => {
    for (const stage of STAGES)
      for (const status of TRIAL_STATUSES)
        for (const party of PARTIES) {
          const state = { stage, status };
          expect(availableActions(state, party)).toEqual(ACTIONS.filter((a) => check(state, a, party).ok));
          ruleCases++;
        }
  });
});

describe("the approve guard", () => {
  const sites = [LEEDS, BRADFORD];
  const leadership: Party = { side: "leadership" };
  const approve = { type: "approve", note: "Meets the criteria." } as const;

  it("names what is missing, and for which site", () => {
    const evidence = evidenceThrough(profile, "trial_approval", sites).filter((e) => !(e.item === "signed_agreement" && e.siteId === BRADFORD.id));
    const got = decide({ stage: "trial_approval", status: "active" }, approve, leadership, { profile, sites, evidence });
    expect(got).toMatchObject({ ok: false, reason: "The gate cannot be approved while 1 required item is missing: Signed agreement (Bradford Teaching Hospitals)." });
    expect(!got.ok && got.missing.map((r) => r.key)).toEqual(["signed_agreement@9"]);
  });

  it("counts an earlier stage's gap too: a host site added later must catch up", () => {
    const evidence = evidenceThrough(profile, "trial_approval", [LEEDS]).concat(
      requirementsFor(profile, { stage: "live_trial", sites }).map((r) => ({ item: r.item, siteId: r.site?.id ?? null })),
    );
    const got = decide({ stage: "live_trial", status: "active" }, approve, leadership, { profile, sites, evidence });
    expect(got.ok).toBe(false);
    expect(!got.ok && got.reason).toContain("Named site sponsor (Bradford Teaching Hospitals, from trial approval)");
  });

  it("refuses a gate with per-site items before any host site is known", () => {
    const got = decide({ stage: "trial_approval", status: "active" }, approve, leadership, { profile, sites: [], evidence: evidenceThrough(profile, "trial_approval", []) });
    expect(got).toMatchObject({ ok: false, reason: "The trial has no host site yet: add one before this gate can be approved." });
  });

  it("ignores evidence for a host site the trial does not have", () => {
    const evidence = evidenceThrough(profile, "trial_approval", [LEEDS]).map((e) => (e.siteId === LEEDS.id ? { ...e, siteId: 99 } : e));
    expect(decide({ stage: "trial_approval", status: "active" }, approve, leadership, { profile, sites: [LEEDS], evidence }).ok).toBe(false);
  });

  it("names the first few of a long list", () => {
    const got = decide({ stage: "live_trial", status: "active" }, approve, leadership, { profile, sites, evidence: [] });
    expect(!got.ok && got.reason).toMatch(/^The gate cannot be approved while \d+ required items are missing: Fit summary \(from triage\); .*; and \d+ more\.$/);
    expect(!got.ok && got.missing.length).toBeGreaterThan(30);
  });

  it("approves the last gate into adoption", () => {
    const got = decide({ stage: "adoption", status: "active" }, approve, leadership, { profile, sites, evidence: evidenceThrough(profile, "adoption", sites) });
    expect(got).toEqual({ ok: true, next: { stage: "adoption", status: "adopted" }, entered: null });
  });
});

describe("reasons in plain words", () => {
  const ctx: GateContext = { profile, sites: [LEEDS], evidence: [] };
  const reason = (state: TrialState, type: ActionType, party: Party, note = "Because.") => {
    const got = decide(state, { type, note }, party, ctx);
    return got.ok ? null : got.reason;
  };
  const live: TrialState = { stage: "live_trial", status: "active" };
  it.each([
    ["Only the leadership group can approve.", reason(live, "approve", { side: "company" })],
    ["Only the company can withdraw from the trial.", reason(live, "withdraw", { side: "site", siteId: 7 })],
    ["Only people on the trial can report a safety incident.", reason(live, "pause", { side: "none" })],
    ["A safety incident pauses a trial only in the live trial; in sandbox test no patient is using the product.", reason({ stage: "sandbox_test", status: "active" }, "pause", { side: "site", siteId: 7 })],
    ["The trial is paused after a safety incident: resume it before approving the gate.", reason({ ...live, status: "paused" }, "approve", { side: "leadership" })],
    ["The trial is already paused.", reason({ ...live, status: "paused" }, "pause", { side: "company" })],
    ["The trial is not paused.", reason(live, "resume", { side: "leadership" })],
    ["The trial was stopped: nothing more can be decided.", reason({ ...live, status: "stopped" }, "resume", { side: "leadership" })],
    ["The company withdrew from the trial: nothing more can be decided.", reason({ ...live, status: "withdrawn" }, "stop", { side: "leadership" })],
    ["The trial ended in adoption: nothing more can be decided.", reason({ ...live, status: "adopted" }, "withdraw", { side: "company" })],
    ["Give the reason.", reason(live, "stop", { side: "leadership" }, "")],
    ["Give the changes needed.", reason(live, "return", { side: "leadership" }, " ")],
  ])("%s", (want, got) => {
    expect(got).toBe(want);
    ruleCases++;
  });
});

describe("partyFor", () => {
  const trial = { companyOrganisationId: 1, hostSites: [{ id: 7, organisationId: 2 }, { id: 9, organisationId: 3 }] };
  it.each([
    [null, "none"],
    [{ role: "leadership", organisationId: 50 }, "leadership"],
    [{ role: "innovator", organisationId: 1 }, "company"],
    [{ role: "innovator", organisationId: 4 }, "none"],
    [{ role: "clinician", organisationId: 3 }, "site 9"],
    [{ role: "clinician", organisationId: 1 }, "none"],
    [{ role: "investor", organisationId: 1 }, "none"],
    [{ role: "admin", organisationId: 2 }, "none"],
  ] as const)("%o is %s", (actor, want) => {
    const p = partyFor(actor, trial);
    expect(p.side === "site" ? `site ${p.siteId}` : p.side).toBe(want);
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: random trials driven by random actions never break the workflow's promises.

/** mulberry32: a tiny seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

const SITE_POOL: HostSite[] = [LEEDS, BRADFORD, { id: 11, name: "Harrogate and District" }, { id: 13, name: "Mid Yorkshire Teaching" }];

describe("property: no sequence of actions gets round the gates", () => {
  const SEQUENCES = 5_000;

  // Slow machines take a few seconds over this; give it room rather than fewer trials.
  it(`holds over ${SEQUENCES} random trials`, { timeout: 60_000 }, () => {
    let actions = 0;
    const ended: Record<string, number> = { adopted: 0, stopped: 0, withdrawn: 0, open: 0 };
    for (let seed = 1; seed <= SEQUENCES; seed++) {
      const rnd = random(seed);
      const product = {
        deviceClass: rnd.pick(DEVICE_CLASSES).value,
        technologyType: rnd.pick(TECHNOLOGY_TYPES).value,
        ukcaMarked: rnd.chance(0.5),
        processesPatientData: rnd.chance(0.5),
        dtacPassed: rnd.chance(0.5),
      };
      let facts = {
        research: rnd.chance(0.3),
        withinMarkedPurpose: rnd.chance(0.8),
        deviceRoute: rnd.pick(["await_marking", "clinical_investigation"] as const),
      };
      let sites = SITE_POOL.slice(0, Math.floor(rnd.next() * 3));
      let evidence: EvidenceRef[] = [];
      let state = startTrial();
      const entered: Stage[] = [state.stage];
      const fail = (what: string) => {
        throw new Error(`seed ${seed}: ${what} (state ${JSON.stringify(state)})`);
      };

      for (let step = 0; step < 400 && !isTerminal(state.status); step++) {
        const p = profileFromProduct(product, facts);
        const roll = rnd.next();
        if (roll < 0.45) {
          // Someone records an item: usually one the trial still needs, sometimes any at all
          // (for a later stage, a site not on the trial, or one this profile does not ask for).
          const wanted = missingRequirements(requirementsFor(p, { through: state.stage, sites }), evidence);
          if (wanted.some((r) => r.perSite && !r.site)) sites = [SITE_POOL[0]];
          for (let n = 1 + Math.floor(rnd.next() * 4); n > 0; n--) {
            const r = rnd.chance(0.8) && wanted.length ? rnd.pick(wanted) : rnd.pick(requirementsFor(p, { sites: SITE_POOL }));
            // One record per item and site, as the service keeps them (a new upload replaces);
            // a trial item recorded by a host site may carry that site's id.
            const ref = { item: r.item, siteId: r.site?.id ?? (rnd.chance(0.3) ? rnd.pick(SITE_POOL).id : null) };
            if ((r.site || !r.perSite) && !evidence.some((e) => e.item === ref.item && e.siteId === ref.siteId)) evidence.push(ref);
          }
          continue;
        }
        if (roll < 0.47) {
          // A document is withdrawn.
          if (evidence.length) {
            const gone = rnd.pick(evidence);
            evidence = evidence.filter((e) => e !== gone);
          }
          continue;
        }
        if (roll < 0.49) {
          if (sites.length < SITE_POOL.length) sites = SITE_POOL.slice(0, sites.length + 1); // a host site joins
          continue;
        }
        if (roll < 0.5) {
          facts = { ...facts, research: !facts.research }; // the research decision changes
          continue;
        }
        // Mostly leadership trying to approve; now and then anything, by anyone.
        const type: ActionType = rnd.chance(0.003) ? "stop" : rnd.chance(0.012) ? "withdraw" : rnd.chance(0.1) ? rnd.pick(["return", "pause", "resume"] as const) : "approve";
        const party = rnd.chance(0.75) ? PARTIES[0] : rnd.pick(PARTIES);
        const ctx: GateContext = { profile: p, sites, evidence };
        const before = state;
        const got = decide(before, { type, note: rnd.chance(0.95) ? "Noted." : "" }, party, ctx);
        actions++;
        if (!got.ok) continue;
        state = got.next;
        // Stages move one at a time, forwards, only by a leadership approval.
        const moved = stageIndex(state.stage) - stageIndex(before.stage);
        if (moved < 0 || moved > 1) fail("skipped or went back a stage");
        if (moved === 1 && !(type === "approve" && party.side === "leadership")) fail(`moved on by ${type}`);
        if (moved === 1 || state.status === "adopted") {
          // The invariant: every required item of every stage passed was present on leaving it.
          const have = new Set(evidence.map((e) => `${e.item}@${e.siteId ?? ""}`));
          const needed = requirementsFor(p, { through: before.stage, sites });
          for (const r of needed) {
            const ok = r.perSite ? r.site && have.has(`${r.item}@${r.site.id}`) : evidence.some((e) => e.item === r.item);
            if (!ok) fail(`left ${before.stage} without ${r.key}`);
          }
          if (sites.length === 0 && needed.some((r) => r.perSite)) fail("passed a site gate with no host site");
          if (moved === 1) entered.push(state.stage);
        }
        if (state.status === "paused" && state.stage !== "live_trial") fail("paused outside the live trial");
        if (state.status === "adopted" && entered.join() !== STAGES.join()) fail(`adopted after ${entered.join(" → ")}`);
      }

      // Terminal means terminal: nobody can do anything more.
      if (isTerminal(state.status)) {
        const p = profileFromProduct(product, facts);
        const ctx: GateContext = { profile: p, sites: SITE_POOL, evidence: evidenceThrough(p, "adoption", SITE_POOL) };
        for (const type of ACTIONS) for (const party of PARTIES) if (decide(state, { type, note: "Again." }, party, ctx).ok) fail(`${type} after the end`);
        ruleCases += ACTIONS.length * PARTIES.length;
      }
      ended[isTerminal(state.status) ? state.status : "open"]++;
    }
    ruleCases += actions;
    console.log(`workflow property: ${SEQUENCES} trials, ${actions} actions; ended ${JSON.stringify(ended)}`);
    // The generator must actually reach every ending, or the property proves little.
    for (const k of ["adopted", "stopped", "withdrawn"]) expect(ended[k]).toBeGreaterThan(50);
  });
});

// nextStage is the only way forward: after adoption there is none.
describe("nextStage", () => {
  it("walks the stages in order and ends after adoption", () => {
    const walked: (Stage | null)[] = ["triage"];
    while (walked.at(-1)) walked.push(nextStage(walked.at(-1)!));
    expect(walked).toEqual([...STAGES, null]);
    expect(TRIAL_STATUSES.filter(isTerminal)).toEqual<TrialStatus[]>(["stopped", "withdrawn", "adopted"]);
  });
});
