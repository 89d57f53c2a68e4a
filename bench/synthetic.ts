// Synthetic products and challenges for the matching benchmark, from a seeded random source.
// The wording is plausible NHS and healthtech language so that the engine sees realistic
// word frequencies and the matcher realistic overlaps; it is written here, not taken from
// any labelled dataset, so a benchmark never leaks into an evaluation.
import {
  CARE_SETTINGS,
  CLINICAL_AREAS,
  MUST_HAVES,
  PLACES,
  type CareSetting,
  type ClinicalArea,
  type DeviceClass,
  type MustHave,
  type Place,
  type ProductStatus,
  type TechnologyType,
} from "../app/domain/taxonomies";
import { random } from "./support";

const TERMS: Record<ClinicalArea, string[]> = {
  cancer: ["early cancer diagnosis", "suspected cancer referrals", "lung cancer screening", "chemotherapy side effects", "two-week wait pathway", "faecal immunochemical testing"],
  cardiovascular: ["atrial fibrillation detection", "blood pressure monitoring", "heart failure", "hypertension case finding", "cardiac rehabilitation", "cholesterol management"],
  dementia: ["dementia diagnosis", "memory assessment", "carer support", "cognitive screening", "wandering and getting lost"],
  diabetes: ["type 2 diabetes", "HbA1c monitoring", "diabetic foot checks", "insulin titration", "structured diabetes education", "continuous glucose monitoring"],
  frailty_falls: ["falls prevention", "frailty assessment", "falls detection at home", "strength and balance", "fracture prevention"],
  maternity: ["antenatal care", "gestational diabetes", "postnatal depression", "pre-eclampsia monitoring", "smoking in pregnancy"],
  mental_health: ["anxiety and depression", "talking therapies", "mental health crisis support", "eating disorders", "self-harm risk", "early intervention in psychosis"],
  musculoskeletal: ["back pain", "physiotherapy waiting lists", "hip and knee replacement", "osteoarthritis self-management", "MSK triage"],
  respiratory: ["COPD", "asthma control", "pulmonary rehabilitation", "inhaler technique", "home oxygen", "spirometry"],
  stroke: ["stroke rehabilitation", "thrombectomy referral", "TIA assessment", "speech and language therapy", "stroke imaging"],
  urgent_emergency_care: ["A&E attendances", "ambulance handover delays", "same day emergency care", "urgent community response", "virtual ward", "NHS 111 triage"],
  learning_disability_autism: ["autism assessment waiting times", "annual health checks", "reasonable adjustments", "learning disability", "communication passports"],
  end_of_life: ["advance care planning", "palliative care at home", "anticipatory medicines", "end of life preferences", "bereavement support"],
  medicines_amr: ["antibiotic prescribing", "medicines reconciliation", "polypharmacy review", "urinary tract infection", "medication adherence", "repeat prescriptions"],
  population_health: ["smoking cessation", "weight management", "NHS health checks", "population health management", "vaccination uptake", "alcohol brief intervention"],
  workforce: ["staff rostering", "nurse retention", "bank and agency spend", "training and competencies", "staff wellbeing"],
  digital_inclusion: ["digital skills", "access without a smartphone", "assisted digital support", "device lending", "low data connectivity"],
  children_young_people: ["childhood asthma", "CAMHS waiting lists", "school nursing", "paediatric emergency attendances", "child development checks"],
  kidney: ["chronic kidney disease", "home dialysis", "acute kidney injury alerts", "eGFR monitoring", "kidney transplant follow-up"],
  eye_health: ["diabetic retinopathy", "glaucoma monitoring", "macular degeneration", "cataract surgery waiting lists", "optometry referrals"],
  dermatology: ["skin cancer triage", "eczema management", "psoriasis", "teledermatology", "dermoscopy images"],
  social_isolation: ["loneliness in older people", "social prescribing", "befriending", "community connectors", "isolation after discharge"],
};

const TECHNOLOGY: Record<TechnologyType, { nouns: string[]; classes: DeviceClass[] }> = {
  medical_device: { nouns: ["wearable sensor", "handheld device", "point-of-care device", "smart inhaler", "bed sensor"], classes: ["I", "IIa", "IIa", "IIb"] },
  samd: { nouns: ["clinical decision support tool", "risk prediction software", "triage algorithm"], classes: ["I", "IIa", "IIa", "IIb"] },
  digital_health_app: { nouns: ["self-management app", "patient app", "coaching app", "symptom tracker"], classes: ["not_a_device", "not_a_device", "I"] },
  diagnostic: { nouns: ["point-of-care test", "rapid diagnostic test", "home testing kit", "screening test"], classes: ["I", "IIa", "IIb"] },
  ai: { nouns: ["AI image analysis tool", "machine learning model", "AI triage assistant", "natural language processing tool"], classes: ["not_a_device", "IIa", "IIb"] },
  remote_monitoring: { nouns: ["remote monitoring platform", "telemonitoring service", "virtual ward platform", "home monitoring kit"], classes: ["I", "IIa", "not_a_device"] },
  data_platform: { nouns: ["population health dashboard", "data platform", "analytics platform", "shared care record integration"], classes: ["not_a_device"] },
  service_model: { nouns: ["nurse-led service", "community outreach model", "peer support service", "pharmacy-led service"], classes: ["not_a_device"] },
};

const SETTING_WORDS: Record<CareSetting, string> = {
  primary_care: "general practice",
  secondary_care: "hospital outpatient clinics",
  community: "community nursing teams",
  mental_health_services: "mental health services",
  social_care: "social care",
  home: "patients' own homes",
  pharmacy: "community pharmacy",
  ambulance: "the ambulance service",
};

const WHO = ["clinicians", "GPs", "community nurses", "pharmacists", "carers", "patients", "care home staff", "paramedics", "physiotherapists", "health visitors"];
const VERBS = ["detect", "monitor", "manage", "prevent", "triage", "speed up", "support", "follow up"];
const OUTCOMES = [
  "fewer unplanned admissions",
  "shorter waiting lists",
  "earlier diagnosis",
  "fewer missed appointments",
  "a shorter length of stay",
  "better self-management",
  "less clinician time per patient",
  "fewer ambulance call-outs",
  "fewer hospital bed days",
];
const HOW = [
  "Alerts go to the care team when readings fall outside agreed thresholds.",
  "Patients answer a short daily questionnaire by app, text message or automated phone call.",
  "Results are written straight into the GP record, so nobody types them twice.",
  "A clinical dashboard ranks patients by risk so the team sees the most urgent first.",
  "Staff are trained in a half-day session and supported by a named implementation lead.",
  "Content is available in several languages and in easy read.",
  "It works on a basic mobile phone as well as a smartphone.",
  "Referrals are checked against local criteria before they reach the specialist team.",
];
const NAME_FIRST = ["Care", "Vita", "Medi", "Pulse", "Nova", "Clear", "Well", "Thrive", "Kin", "Path", "Beacon", "Harbour", "Lumen", "Sana", "Tidal", "Aire", "Calder", "Moor", "Pennine", "Dales"];
const NAME_SECOND = ["Link", "Sense", "Track", "Flow", "Point", "Mind", "Guard", "View", "Step", "Bridge", "Way", "Watch", "Hub", "Note", "Loop"];
const COMPANY_KINDS = ["Health", "Digital", "Medical", "Technologies", "Labs"];

export const COMPANIES = NAME_FIRST.length * NAME_SECOND.length * COMPANY_KINDS.length;

/** The i-th company's name: every one different. */
export function companyName(i: number) {
  const first = NAME_FIRST[i % NAME_FIRST.length];
  const second = NAME_SECOND[Math.floor(i / NAME_FIRST.length) % NAME_SECOND.length];
  return `${first}${second} ${COMPANY_KINDS[Math.floor(i / (NAME_FIRST.length * NAME_SECOND.length)) % COMPANY_KINDS.length]} Ltd`;
}

const AREAS = CLINICAL_AREAS.map((o) => o.value);
const SETTINGS = CARE_SETTINGS.map((o) => o.value);
const REGION = PLACES.filter((o) => o.value !== "outside_region");
const TYPES = Object.keys(TECHNOLOGY) as TechnologyType[];

function draw(seed: number) {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const some = <T>(items: readonly T[], min: number, max: number) =>
    [...new Set(Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(items)))];
  return { rand, pick, some };
}

/** The i-th product: the same for a given i whatever else is generated, so 1,000 products are the first 1,000 of 10,000. */
export function syntheticProduct(i: number, organisationId: number) {
  const { rand, pick, some } = draw(Math.imul(i + 1, 0x9e3779b1));
  const areas = some(AREAS, 1, 3);
  const settings = some(SETTINGS, 1, 3);
  const technologyType = pick(TYPES);
  const noun = pick(TECHNOLOGY[technologyType].nouns);
  const deviceClass = pick(TECHNOLOGY[technologyType].classes);
  const [term, second] = [pick(TERMS[areas[0]]), pick(TERMS[pick(areas)])];
  const where = SETTING_WORDS[settings[0]];
  const outcome = pick(OUTCOMES);
  const name = `${pick(NAME_FIRST)}${pick(NAME_SECOND)}${rand() < 0.3 ? ` ${term.split(" ")[0]}` : ""}`;
  const status: ProductStatus = rand() < 0.9 ? "published" : rand() < 0.7 ? "draft" : "archived";
  const ukcaMarked = deviceClass !== "not_a_device" && rand() < 0.8;
  const dtacPassed = rand() < 0.6;
  // Claimed features agree with the regulatory flags, as a real listing would.
  const claims = MUST_HAVES.map((o) => o.value).filter((v) => v !== "ukca_marked" && v !== "dtac_passed");
  const features = [...some(claims, 0, 3), ...(ukcaMarked ? ["ukca_marked" as const] : []), ...(dtacPassed ? ["dtac_passed" as const] : [])] as MustHave[];
  return {
    organisationId,
    name,
    summary: `A ${noun} that helps ${pick(WHO)} ${pick(VERBS)} ${term} in ${where}.`,
    intendedPurpose: `To ${pick(VERBS)} ${term} and ${second} in adults seen in ${where}, leading to ${outcome}.`,
    description: [
      `${name} is a ${noun} for ${term}.`,
      pick(HOW),
      pick(HOW),
      `It is used in ${settings.map((s) => SETTING_WORDS[s]).join(", ")}, and was designed with ${pick(WHO)} and patients in ${pick(REGION).label}.`,
      `Teams using it report ${outcome} and ${pick(OUTCOMES)}.`,
    ].join(" "),
    evidenceSummary: `${pick(["A service evaluation", "A pilot", "A stepped-wedge study", "A randomised controlled trial"])} with ${50 + Math.floor(rand() * 950)} patients showed ${pick(OUTCOMES)}.`,
    technologyType,
    clinicalAreas: areas,
    careSettings: settings,
    deviceClass,
    ukcaMarked,
    processesPatientData: rand() < 0.85,
    dtacPassed,
    esfTier: pick(["A", "B", "C"] as const),
    trl: 4 + Math.floor(rand() * 6),
    features,
    status,
    publishedAt: status === "draft" ? null : new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 700) * 86_400_000),
  };
}

/** A published challenge, and the short query a person looking for the same thing would type. */
export function syntheticChallenge(i: number, organisationId: number) {
  const { pick, some } = draw(Math.imul(i + 7919, 0x85ebca6b));
  const area = AREAS[(i * 7) % AREAS.length];
  const areas = [area, ...some(AREAS, 0, 1)].filter((a, j, all) => all.indexOf(a) === j);
  const settings = some(SETTINGS, 1, 2);
  const term = pick(TERMS[area]);
  const where = SETTING_WORDS[settings[0]];
  const outcome = pick(OUTCOMES);
  return {
    query: term,
    row: {
      organisationId,
      title: `${pick(["Improving", "Earlier", "Joined-up", "Safer"])} ${term} in ${where}`,
      summary: `We need a way to ${pick(VERBS)} ${term} for people seen in ${where}, aiming for ${outcome}.`,
      problem: [
        `Demand for ${term} has grown faster than the workforce, and ${pick(WHO)} spend hours on follow-up that adds little.`,
        `People from deprived areas are seen later, and many miss appointments because of transport and cost.`,
        `Information is held in separate systems, so ${pick(WHO)} cannot see what happened in ${SETTING_WORDS[pick(SETTINGS)]}.`,
        `We also see problems with ${pick(TERMS[pick(areas)])} in the same group of patients.`,
      ].join(" "),
      desiredOutcomes: `${outcome[0].toUpperCase()}${outcome.slice(1)} and ${pick(OUTCOMES)} within a year.`,
      currentPathway: `Patients are referred by ${pick(WHO)} and wait several weeks to be seen in ${SETTING_WORDS[pick(SETTINGS)]}.`,
      clinicalAreas: areas,
      careSettings: settings,
      place: pick(REGION).value as Place,
      mustHaves: some(MUST_HAVES.map((o) => o.value), 0, 2) as MustHave[],
      status: "published" as const,
      submittedAt: new Date(Date.UTC(2025, 0, 1)),
      publishedAt: new Date(Date.UTC(2025, 0, 2)),
    },
  };
}
