// What the rules need to know about a trial: facts about the product (from its record) and
// facts about this trial (recorded at the gates). Everything the requirements table asks is
// answered from a TrialProfile, so the product page and the trial page give the same answer.
import { labelOf, TECHNOLOGY_TYPES, type DeviceClass, type TechnologyType } from "../taxonomies";

/** The product fields the rules read; a database row satisfies it. */
export type ProductForTrial = {
  deviceClass: DeviceClass;
  technologyType: TechnologyType;
  ukcaMarked: boolean;
  processesPatientData: boolean;
  dtacPassed: boolean;
};

/** How a medical device that is not marked for the trial's purpose may legally be trialled. */
export type DeviceRoute = "await_marking" | "clinical_investigation";

export type TrialFacts = {
  /** The host site's research-or-service-evaluation decision: research. */
  research?: boolean;
  /** False when the trial uses a marked device for something its mark does not cover. */
  withinMarkedPurpose?: boolean;
  /** The route the trial records for a device not marked for this purpose. */
  deviceRoute?: DeviceRoute;
};

/**
 * `route` says where a trial stands with the device regulations:
 * - `not_a_device`: no MHRA step at all;
 * - `marked`: UKCA or CE marked for the purpose this trial uses it for;
 * - `await_marking`: not marked for this purpose, and the trial waits for the mark;
 * - `clinical_investigation`: not marked for this purpose, run as a clinical investigation.
 */
export type RegulatoryRoute = "not_a_device" | "marked" | DeviceRoute;

export type TrialProfile = {
  deviceClass: DeviceClass;
  technologyType: TechnologyType;
  /** Branch D: every digital technology. */
  digital: boolean;
  processesPatientData: boolean;
  /** The product carries a UKCA or CE mark (for some purpose). */
  ukcaMarked: boolean;
  dtacPassed: boolean;
  route: RegulatoryRoute;
  /** The trial was judged research (a clinical investigation is research whatever this says). */
  research: boolean;
};

// A physical device or a diagnostic kit is digital only when it handles patient data (it then
// is, or comes with, a health IT system); a service model is a way of working, not a technology.
const DIGITAL_TYPES: readonly TechnologyType[] = ["samd", "digital_health_app", "ai", "remote_monitoring", "data_platform"];
const DIGITAL_IF_DATA: readonly TechnologyType[] = ["medical_device", "diagnostic"];

export function isDigital(p: Pick<ProductForTrial, "technologyType" | "processesPatientData">): boolean {
  return DIGITAL_TYPES.includes(p.technologyType) || (DIGITAL_IF_DATA.includes(p.technologyType) && p.processesPatientData);
}

/**
 * The profile of a trial of `product`. With no trial facts (the product page's roadmap, or a
 * trial before its gates have recorded them) it assumes a service evaluation within the marked
 * purpose that waits for any missing mark: so a device is never left with neither route.
 */
export function profileFromProduct(product: ProductForTrial, facts: TrialFacts = {}): TrialProfile {
  const device = product.deviceClass !== "not_a_device";
  const marked = device && product.ukcaMarked && facts.withinMarkedPurpose !== false;
  return {
    deviceClass: product.deviceClass,
    technologyType: product.technologyType,
    digital: isDigital(product),
    processesPatientData: product.processesPatientData,
    ukcaMarked: device && product.ukcaMarked,
    dtacPassed: product.dtacPassed,
    route: !device ? "not_a_device" : marked ? "marked" : (facts.deviceRoute ?? "await_marking"),
    research: facts.research ?? false,
  };
}

export const isDevice = (p: TrialProfile) => p.route !== "not_a_device";
export const isResearch = (p: TrialProfile) => p.research || p.route === "clinical_investigation";

/** "Class IIa" for a device. */
export function deviceClassName(p: TrialProfile): string {
  return `Class ${p.deviceClass}`;
}

// The technology type in running text ("remote monitoring"): lower-case only a capitalised
// first word, so an acronym would stay as it is. Worked out once; explanations ask often.
const TECHNOLOGY_NAMES = new Map(
  TECHNOLOGY_TYPES.map((t) => [t.value as TechnologyType, t.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())]),
);

export function technologyName(p: TrialProfile): string {
  return TECHNOLOGY_NAMES.get(p.technologyType) ?? labelOf(TECHNOLOGY_TYPES, p.technologyType);
}
