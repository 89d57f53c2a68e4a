// A product's regulatory roadmap: every stage and the evidence a trial of it would face,
// computed by the same rules table before any trial starts. What the trial decides later
// (research or not; for a device not yet marked, which legal route) is shown as "only if".
import { profileFromProduct, type ProductForTrial, type TrialFacts } from "./profile";
import { EVIDENCE_ITEMS } from "./evidence-table";
import { requirementsFor, type Requirement } from "./requirements";
import { STAGE_INFO, STAGES, stageIndex, type Stage } from "./stages";

export type Dependency = "research" | "clinical_investigation" | "awaiting_mark" | "other";

export type RoadmapItem = Requirement & {
  /** Null when every trial of the product needs it; otherwise what it depends on. */
  onlyIf: Dependency | null;
  onlyIfText: string | null;
};

export type RoadmapStage = { stage: Stage; label: string; question: string; description: string; items: RoadmapItem[] };

export type Roadmap = { stages: RoadmapStage[]; notes: string[] };

type Variant = "base" | "research" | "ci";

export function roadmap(product: ProductForTrial): Roadmap {
  const base = profileFromProduct(product);
  const variants: [Variant, TrialFacts][] = [
    ["base", {}],
    ["research", { research: true }],
  ];
  const unmarkedDevice = base.route === "await_marking";
  if (unmarkedDevice) variants.push(["ci", { deviceRoute: "clinical_investigation" }]);

  const found = new Map<string, { requirement: Requirement; in: Set<Variant> }>();
  for (const [variant, facts] of variants) {
    for (const requirement of requirementsFor(profileFromProduct(product, facts))) {
      const entry = found.get(requirement.key) ?? { requirement, in: new Set<Variant>() };
      entry.in.add(variant);
      found.set(requirement.key, entry);
    }
  }

  const order = (r: Requirement) => stageIndex(r.stage) * 1000 + EVIDENCE_ITEMS.findIndex((i) => i.key === r.item);
  const items = [...found.values()]
    .sort((a, b) => order(a.requirement) - order(b.requirement))
    .map(({ requirement, in: present }) => ({ ...requirement, ...dependency(present, variants.length, unmarkedDevice) }));

  const notes = [
    base.route === "marked"
      ? "This assumes the trial uses the product for the purpose its UKCA or CE mark covers; for any other purpose it is treated as not marked."
      : null,
    unmarkedDevice
      ? "A device not marked for the trial's purpose has two legal routes: wait for the mark, or run the trial as a clinical investigation."
      : null,
  ].filter((n): n is string => n !== null);

  return {
    stages: STAGES.map((stage) => ({ stage, ...STAGE_INFO[stage], items: items.filter((i) => i.stage === stage) })),
    notes,
  };
}

function dependency(present: Set<Variant>, variants: number, unmarkedDevice: boolean): Pick<RoadmapItem, "onlyIf" | "onlyIfText"> {
  const is = (...vs: Variant[]) => present.size === vs.length && vs.every((v) => present.has(v));
  if (present.size === variants) return { onlyIf: null, onlyIfText: null };
  if (unmarkedDevice ? is("research", "ci") : is("research")) {
    const text = unmarkedDevice ? "Only if the trial is research (a clinical investigation always is)." : "Only if the trial is research.";
    return { onlyIf: "research", onlyIfText: text };
  }
  if (is("ci")) return { onlyIf: "clinical_investigation", onlyIfText: "Only if the trial runs as a clinical investigation." };
  if (is("base", "research"))
    return { onlyIf: "awaiting_mark", onlyIfText: "Only if the trial waits for the mark rather than running as a clinical investigation." };
  return { onlyIf: "other", onlyIfText: "Depends on how the trial is run." };
}
