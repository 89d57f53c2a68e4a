// The region's vocabularies, defined once: forms, filters, search facets, seed data and the
// importer all read them from here. Slugs match shared/datasets/FORMAT.md.

export type Option<T extends string = string> = { readonly value: T; readonly label: string };

function options<const T extends readonly Option[]>(list: T) {
  return list;
}

export const ORGANISATION_KINDS = options([
  { value: "nhs_trust", label: "NHS trust" },
  { value: "icb", label: "Integrated care board" },
  { value: "local_authority", label: "Local authority" },
  { value: "care_provider", label: "Care provider" },
  { value: "university", label: "University" },
  { value: "company", label: "Company" },
  { value: "investor", label: "Investor" },
  { value: "vcse", label: "Voluntary, community or social enterprise" },
  { value: "leadership", label: "Regional leadership group" },
] as const);

export const PLACES = options([
  { value: "bradford_craven", label: "Bradford District and Craven" },
  { value: "calderdale", label: "Calderdale" },
  { value: "kirklees", label: "Kirklees" },
  { value: "leeds", label: "Leeds" },
  { value: "wakefield", label: "Wakefield" },
  { value: "harrogate", label: "Harrogate" },
  { value: "outside_region", label: "Outside the region" },
] as const);

export const CLINICAL_AREAS = options([
  { value: "cancer", label: "Cancer" },
  { value: "cardiovascular", label: "Cardiovascular" },
  { value: "dementia", label: "Dementia" },
  { value: "diabetes", label: "Diabetes" },
  { value: "frailty_falls", label: "Frailty and falls" },
  { value: "maternity", label: "Maternity" },
  { value: "mental_health", label: "Mental health" },
  { value: "musculoskeletal", label: "Musculoskeletal" },
  { value: "respiratory", label: "Respiratory" },
  { value: "stroke", label: "Stroke" },
  { value: "urgent_emergency_care", label: "Urgent and emergency care" },
  { value: "learning_disability_autism", label: "Learning disability and autism" },
  { value: "end_of_life", label: "End of life care" },
  { value: "medicines_amr", label: "Medicines and antimicrobial resistance" },
  { value: "population_health", label: "Population health and prevention" },
  { value: "workforce", label: "Workforce" },
  { value: "digital_inclusion", label: "Digital inclusion" },
  { value: "children_young_people", label: "Children and young people" },
  { value: "kidney", label: "Kidney" },
  { value: "eye_health", label: "Eye health" },
  { value: "dermatology", label: "Dermatology" },
  { value: "social_isolation", label: "Social isolation and loneliness" },
] as const);

export const CARE_SETTINGS = options([
  { value: "primary_care", label: "Primary care" },
  { value: "secondary_care", label: "Hospital (secondary care)" },
  { value: "community", label: "Community services" },
  { value: "mental_health_services", label: "Mental health services" },
  { value: "social_care", label: "Social care" },
  { value: "home", label: "At home" },
  { value: "pharmacy", label: "Pharmacy" },
  { value: "ambulance", label: "Ambulance service" },
] as const);

export const TECHNOLOGY_TYPES = options([
  { value: "medical_device", label: "Medical device" },
  { value: "samd", label: "Software as a medical device" },
  { value: "digital_health_app", label: "Digital health app" },
  { value: "diagnostic", label: "Diagnostic" },
  { value: "ai", label: "Artificial intelligence" },
  { value: "remote_monitoring", label: "Remote monitoring" },
  { value: "data_platform", label: "Data platform" },
  { value: "service_model", label: "Service model" },
] as const);

export const DEVICE_CLASSES = options([
  { value: "not_a_device", label: "Not a medical device" },
  { value: "I", label: "Class I" },
  { value: "IIa", label: "Class IIa" },
  { value: "IIb", label: "Class IIb" },
  { value: "III", label: "Class III" },
] as const);

export const ESF_TIERS = options([
  { value: "A", label: "Tier A" },
  { value: "B", label: "Tier B" },
  { value: "C", label: "Tier C" },
] as const);

// Must-haves a challenge can demand and features a product can claim share one list.
export const MUST_HAVES = options([
  { value: "ukca_marked", label: "UKCA or CE marked" },
  { value: "dtac_passed", label: "Passed the Digital Technology Assessment Criteria (DTAC)" },
  { value: "interoperable_shared_care_record", label: "Works with the shared care record" },
  { value: "nhs_login", label: "Supports NHS login" },
  { value: "offline_capable", label: "Works offline" },
  { value: "multilingual", label: "Available in several languages" },
  { value: "works_without_smartphone", label: "Works without a smartphone" },
  { value: "dspt_compliant", label: "Meets the Data Security and Protection Toolkit" },
] as const);

export const CHALLENGE_STATUSES = options([
  { value: "draft", label: "Draft" },
  { value: "submitted", label: "Submitted for triage" },
  { value: "published", label: "Published" },
  { value: "closed", label: "Closed" },
] as const);

export const PRODUCT_STATUSES = options([
  { value: "draft", label: "Draft" },
  { value: "published", label: "Published" },
  { value: "archived", label: "Archived" },
] as const);

type Values<T extends readonly Option[]> = T[number]["value"];
export type OrganisationKind = Values<typeof ORGANISATION_KINDS>;
export type Place = Values<typeof PLACES>;
export type ClinicalArea = Values<typeof CLINICAL_AREAS>;
export type CareSetting = Values<typeof CARE_SETTINGS>;
export type TechnologyType = Values<typeof TECHNOLOGY_TYPES>;
export type DeviceClass = Values<typeof DEVICE_CLASSES>;
export type EsfTier = Values<typeof ESF_TIERS>;
export type MustHave = Values<typeof MUST_HAVES>;
export type ChallengeStatus = Values<typeof CHALLENGE_STATUSES>;
export type ProductStatus = Values<typeof PRODUCT_STATUSES>;

export function slugs<T extends readonly Option[]>(list: T) {
  return list.map((o) => o.value) as unknown as [Values<T>, ...Values<T>[]];
}

export function labelOf(list: readonly Option[], value: string | null | undefined): string {
  return list.find((o) => o.value === value)?.label ?? value ?? "";
}
