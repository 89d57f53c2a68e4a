// THE rules table: every evidence item a trial can be asked for, with its stage, who provides
// it and the condition under which it applies (DESIGN.md, "The test-and-trial workflow"; where
// DESIGN.md is silent, UK practice). Everything else — a trial's checklist, the product's
// roadmap, the gate guard — is computed from this one list (requirements.ts).
import {
  clinicalInvestigation,
  digitalTechnology,
  everyTrial,
  markedOrAwaitingMark,
  medicalDevice,
  patientData,
  research,
  type Condition,
} from "./conditions";
import type { Stage } from "./stages";

/** `company_with_site`: one item for the trial, which the company or any host site may record. */
export type Provider = "leadership" | "company" | "site" | "company_with_site";
/** A document is uploaded; an attestation is a statement recorded by a named person. */
export type EvidenceKind = "document" | "attestation";

export type ItemSpec = {
  readonly key: string;
  readonly stage: Stage;
  readonly title: string;
  readonly description: string;
  readonly provider: Provider;
  readonly kind: EvidenceKind;
  /** Site items: one per host site (otherwise one for the trial, from any host site). */
  readonly perSite?: boolean;
  readonly when: Condition;
};

const ITEMS = [
  // 1. Triage — the leadership group's own assessment.
  {
    key: "fit_summary", stage: "triage", provider: "leadership", kind: "attestation", when: everyTrial,
    title: "Fit summary",
    description: "Why the challenge is a regional priority and the product a plausible fit.",
  },
  {
    key: "inequalities_impact", stage: "triage", provider: "leadership", kind: "attestation", when: everyTrial,
    title: "Inequalities impact",
    description: "Who could gain or lose from the trial, and how it narrows gaps in care.",
  },

  // 2. Regulatory readiness — the company.
  {
    key: "intended_purpose", stage: "regulatory_readiness", provider: "company", kind: "document", when: everyTrial,
    title: "Intended-purpose statement",
    description: "What the product is for, for whom and in what setting, in the manufacturer's words.",
  },
  {
    key: "esf_tier", stage: "regulatory_readiness", provider: "company", kind: "attestation", when: everyTrial,
    title: "NICE Evidence Standards Framework tier",
    description: "The product's ESF tier (A, B or C) and why.",
  },
  {
    key: "mhra_classification", stage: "regulatory_readiness", provider: "company", kind: "document", when: medicalDevice,
    title: "MHRA classification rationale",
    description: "The device class under the UK Medical Devices Regulations 2002 and the classification rules that give it.",
  },
  {
    key: "ukca_certificate", stage: "regulatory_readiness", provider: "company", kind: "document", when: markedOrAwaitingMark,
    title: "UKCA or CE certificate, or declaration of conformity",
    description: "The approved-body certificate, or for most Class I devices the declaration of conformity, covering this purpose.",
  },
  {
    key: "dcb0129_safety_case", stage: "regulatory_readiness", provider: "company", kind: "document", when: digitalTechnology,
    title: "DCB0129 clinical safety case report",
    description: "The manufacturer's clinical risk management case under DCB0129.",
  },
  {
    key: "dcb0129_hazard_log", stage: "regulatory_readiness", provider: "company", kind: "document", when: digitalTechnology,
    title: "DCB0129 hazard log",
    description: "The hazards identified, their risk and how each is controlled.",
  },
  {
    key: "clinical_safety_officer", stage: "regulatory_readiness", provider: "company", kind: "attestation", when: digitalTechnology,
    title: "Named clinical safety officer",
    description: "The manufacturer's clinical safety officer: a registered clinician trained in clinical risk management.",
  },
  {
    key: "dspt", stage: "regulatory_readiness", provider: "company", kind: "attestation", when: patientData,
    title: "DSPT \"Standards Met\"",
    description: "The company's Data Security and Protection Toolkit assessment at \"Standards Met\" or better.",
  },
  {
    key: "ico_registration", stage: "regulatory_readiness", provider: "company", kind: "attestation", when: patientData,
    title: "ICO registration",
    description: "The company's registration number with the Information Commissioner's Office.",
  },
  {
    key: "supplier_dpia", stage: "regulatory_readiness", provider: "company", kind: "document", when: patientData,
    title: "Supplier data protection impact assessment",
    description: "The company's DPIA for the processing its product does.",
  },
  {
    key: "dtac", stage: "regulatory_readiness", provider: "company", kind: "document", when: digitalTechnology,
    title: "DTAC assessment",
    description: "Digital Technology Assessment Criteria: clinical safety, data protection, technical security (with Cyber Essentials), interoperability, usability and accessibility.",
  },

  // 3. Sandbox test — no patient at risk.
  {
    key: "test_plan", stage: "sandbox_test", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Test plan",
    description: "What will be tested, how, and what counts as passing.",
  },
  {
    key: "integration_report", stage: "sandbox_test", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Test-bed or synthetic-data integration report",
    description: "How the product worked with the site's systems on a test bed or with synthetic data.",
  },
  {
    key: "usability_accessibility_report", stage: "sandbox_test", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Usability and accessibility report",
    description: "Usability testing with the people who will use it, and accessibility to WCAG 2.2 AA.",
  },

  // 4. Trial approval — each host site ready and approved.
  {
    key: "site_sponsor", stage: "trial_approval", provider: "site", perSite: true, kind: "attestation", when: everyTrial,
    title: "Named site sponsor",
    description: "The person at the site accountable for the trial there.",
  },
  {
    key: "research_decision", stage: "trial_approval", provider: "site", kind: "attestation", when: everyTrial,
    title: "Research or service evaluation decision",
    description: "Whether the trial is research (by the HRA decision tool) or a service evaluation.",
  },
  {
    key: "evaluation_protocol", stage: "trial_approval", provider: "site", kind: "document", when: everyTrial,
    title: "Evaluation protocol and success measures",
    description: "How the trial will be evaluated and the measures that say whether it worked.",
  },
  {
    key: "signed_agreement", stage: "trial_approval", provider: "site", perSite: true, kind: "document", when: everyTrial,
    title: "Signed agreement",
    description: "The agreement between the site and the company for the trial.",
  },
  {
    key: "dcb0160_safety_case", stage: "trial_approval", provider: "site", perSite: true, kind: "document", when: digitalTechnology,
    title: "DCB0160 deployment safety case",
    description: "The site's clinical risk management case for using the product, signed by its clinical safety officer.",
  },
  {
    key: "controller_dpia", stage: "trial_approval", provider: "site", perSite: true, kind: "document", when: patientData,
    title: "Controller data protection impact assessment",
    description: "The site's DPIA, as data controller, for the patient data the trial uses.",
  },
  {
    key: "ig_signoff", stage: "trial_approval", provider: "site", perSite: true, kind: "attestation", when: patientData,
    title: "Information governance sign-off",
    description: "The site's information governance lead (or Caldicott guardian) approves the data flows.",
  },
  {
    key: "data_sharing_agreement", stage: "trial_approval", provider: "site", perSite: true, kind: "document", when: patientData,
    title: "Data sharing or processing agreement",
    description: "The agreement that lets the company process the site's patient data.",
  },
  {
    key: "hra_approval", stage: "trial_approval", provider: "site", kind: "document", when: research,
    title: "HRA approval",
    description: "Health Research Authority approval for the study.",
  },
  {
    key: "rec_opinion", stage: "trial_approval", provider: "site", kind: "document", when: research,
    title: "REC favourable opinion",
    description: "A research ethics committee's favourable opinion of the study.",
  },
  {
    key: "capacity_capability", stage: "trial_approval", provider: "site", perSite: true, kind: "attestation", when: research,
    title: "Confirmation of capacity and capability",
    description: "The site confirms it can deliver the study (the local R&D sign-off).",
  },
  {
    key: "mhra_no_objection", stage: "trial_approval", provider: "company", kind: "document", when: clinicalInvestigation,
    title: "MHRA no-objection to the clinical investigation",
    description: "The MHRA's letter of no objection after the company notified it of the investigation.",
  },

  // 5. Live trial — real care.
  {
    key: "site_start", stage: "live_trial", provider: "site", perSite: true, kind: "attestation", when: everyTrial,
    title: "Start date and participants",
    description: "When the trial started at the site and how many people take part.",
  },
  {
    key: "incident_log", stage: "live_trial", provider: "site", perSite: true, kind: "attestation", when: everyTrial,
    title: "Incidents reviewed",
    description: "Every incident at the site reported and reviewed, or a statement that there were none.",
  },
  {
    key: "interim_report", stage: "live_trial", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Interim report",
    description: "Progress against the protocol and the success measures so far.",
  },
  {
    key: "adverse_event_reports", stage: "live_trial", provider: "company", kind: "attestation", when: clinicalInvestigation,
    title: "Adverse events reported to the MHRA",
    description: "Serious adverse events in the investigation reported to the MHRA as they occurred, or none.",
  },

  // 6. Evaluation.
  {
    key: "evaluation_report", stage: "evaluation", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Evaluation report",
    description: "What the trial found, for whom, against the protocol.",
  },
  {
    key: "outcomes_against_challenge", stage: "evaluation", provider: "site", kind: "document", when: everyTrial,
    title: "Outcomes against the challenge",
    description: "The results set against the challenge's desired outcomes.",
  },
  {
    key: "esf_tier_reached", stage: "evaluation", provider: "company", kind: "attestation", when: everyTrial,
    title: "ESF tier reached",
    description: "The NICE Evidence Standards Framework tier the evidence now supports.",
  },
  {
    key: "economic_impact", stage: "evaluation", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Economic impact",
    description: "Costs and savings, and who bears each.",
  },
  {
    key: "inequalities_outcome", stage: "evaluation", provider: "company_with_site", kind: "document", when: everyTrial,
    title: "Inequalities impact reached",
    description: "Who benefited and who did not, by the groups named at triage.",
  },
  {
    key: "end_of_study", stage: "evaluation", provider: "site", kind: "document", when: research,
    title: "End of study declared",
    description: "The end of the study declared to the REC, with the final report.",
  },

  // 7. Adoption.
  {
    key: "adoption_decision", stage: "adoption", provider: "site", perSite: true, kind: "attestation", when: everyTrial,
    title: "Adoption decision",
    description: "Whether the site adopts the product into routine care, and why.",
  },
  {
    key: "procurement_route", stage: "adoption", provider: "site", kind: "attestation", when: everyTrial,
    title: "Procurement route",
    description: "How the product will be bought: the framework or other route.",
  },
  {
    key: "dtac_recheck", stage: "adoption", provider: "site", kind: "attestation", when: digitalTechnology,
    title: "DTAC re-checked at contract",
    description: "The DTAC assessment checked again before the contract is signed.",
  },
  // An investigation's device is not yet marked: it must be before routine use.
  {
    key: "ukca_before_routine_use", stage: "adoption", provider: "company", kind: "document", when: clinicalInvestigation,
    title: "UKCA or CE mark for this purpose",
    description: "The certificate or declaration of conformity covering the purpose it will be used for, needed before routine use.",
  },
] as const satisfies readonly ItemSpec[];

export type ItemKey = (typeof ITEMS)[number]["key"];
export type EvidenceItem = ItemSpec & { readonly key: ItemKey };
export const EVIDENCE_ITEMS: readonly EvidenceItem[] = ITEMS;

export function evidenceItem(key: ItemKey): EvidenceItem {
  return EVIDENCE_ITEMS.find((i) => i.key === key)!;
}

export const PROVIDER_LABELS: Record<Provider, string> = {
  leadership: "The leadership group",
  company: "The company",
  site: "The host site",
  company_with_site: "The company with the host site",
};

