// Demo organisations for the West Yorkshire and Harrogate (Leeds City Region) pipeline.
// The NHS trusts, ICB, councils, universities and VCSE partners are real organisations of the
// region; the challenges attached to them in challenges.ts are illustrative, not statements by
// them. The care providers, investors and companies are fictional.
import type { DatasetOrganisation } from "../dataset-schema";

export const organisations: DatasetOrganisation[] = [
  // NHS trusts
  { key: "lth", name: "Leeds Teaching Hospitals NHS Trust", kind: "nhs_trust", place: "leeds", verified: true },
  { key: "lch", name: "Leeds Community Healthcare NHS Trust", kind: "nhs_trust", place: "leeds", verified: true },
  { key: "lypft", name: "Leeds and York Partnership NHS Foundation Trust", kind: "nhs_trust", place: "leeds", verified: true },
  { key: "bthft", name: "Bradford Teaching Hospitals NHS Foundation Trust", kind: "nhs_trust", place: "bradford_craven", verified: true },
  { key: "bdct", name: "Bradford District Care NHS Foundation Trust", kind: "nhs_trust", place: "bradford_craven", verified: true },
  { key: "anhsft", name: "Airedale NHS Foundation Trust", kind: "nhs_trust", place: "bradford_craven", verified: true },
  { key: "chft", name: "Calderdale and Huddersfield NHS Foundation Trust", kind: "nhs_trust", place: "calderdale", verified: true },
  { key: "myth", name: "Mid Yorkshire Teaching NHS Trust", kind: "nhs_trust", place: "wakefield", verified: true },
  { key: "hdft", name: "Harrogate and District NHS Foundation Trust", kind: "nhs_trust", place: "harrogate", verified: true },
  { key: "swypft", name: "South West Yorkshire Partnership NHS Foundation Trust", kind: "nhs_trust", place: "wakefield", verified: true },

  // Integrated care board
  { key: "wyicb", name: "NHS West Yorkshire Integrated Care Board", kind: "icb", place: "wakefield", verified: true },

  // Local authorities
  { key: "lcc", name: "Leeds City Council", kind: "local_authority", place: "leeds", verified: true },
  { key: "bmdc", name: "City of Bradford Metropolitan District Council", kind: "local_authority", place: "bradford_craven", verified: true },
  { key: "cmbc", name: "Calderdale Council", kind: "local_authority", place: "calderdale", verified: true },
  { key: "kc", name: "Kirklees Council", kind: "local_authority", place: "kirklees", verified: true },
  { key: "wmdc", name: "Wakefield Council", kind: "local_authority", place: "wakefield", verified: true },
  { key: "nyc", name: "North Yorkshire Council", kind: "local_authority", place: "harrogate", verified: true },

  // Universities
  { key: "uol", name: "University of Leeds", kind: "university", place: "leeds", verified: true },
  { key: "uob", name: "University of Bradford", kind: "university", place: "bradford_craven", verified: true },
  { key: "uoh", name: "University of Huddersfield", kind: "university", place: "kirklees", verified: true },
  { key: "lbu", name: "Leeds Beckett University", kind: "university", place: "leeds", verified: true },

  // Care providers (fictional)
  { key: "cp-ashbeck", name: "Ashbeck Care Homes Group", kind: "care_provider", place: "kirklees", verified: true },
  { key: "cp-oxleygill", name: "Oxley Gill Home Care Cooperative", kind: "care_provider", place: "calderdale", verified: true },

  // Voluntary, community and social enterprise
  { key: "ageuk-leeds", name: "Age UK Leeds", kind: "vcse", place: "leeds", verified: true },
  { key: "st-gemmas", name: "St Gemma's Hospice", kind: "vcse", place: "leeds", verified: true },

  // Regional leadership group
  { key: "wy-leadership", name: "West Yorkshire Healthtech Leadership Group", kind: "leadership", place: "leeds", verified: true },

  // Investors (fictional)
  { key: "inv-pennine", name: "Pennine Health Ventures", kind: "investor", place: "leeds", verified: true },
  { key: "inv-ridings", name: "Three Ridings Health Angels", kind: "investor", place: "harrogate", verified: true },
  { key: "inv-ashlar", name: "Ashlar Impact Fund", kind: "investor", place: "outside_region", verified: true },

  // Companies (fictional)
  { key: "co-aire", name: "Aire Health Technologies Ltd", kind: "company", place: "leeds", verified: true },
  { key: "co-kestrelmoor", name: "Kestrelmoor Imaging Ltd", kind: "company", place: "leeds", verified: true },
  { key: "co-morrowgate", name: "Morrowgate Oncology Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-gritstone", name: "Gritstone Pathways Ltd", kind: "company", place: "wakefield", verified: true },
  { key: "co-hebble", name: "Hebble Brook Analytics Ltd", kind: "company", place: "calderdale", verified: true },
  { key: "co-ilkwell", name: "Ilkwell Diagnostics Ltd", kind: "company", place: "bradford_craven", verified: true },
  { key: "co-tenterfold", name: "Tenterfold Health Ltd", kind: "company", place: "kirklees", verified: true },
  { key: "co-clearmarsh", name: "Clearmarsh AI Ltd", kind: "company", place: "leeds", verified: true },
  { key: "co-brackenby", name: "Brackenby Sensors Ltd", kind: "company", place: "wakefield", verified: true },
  { key: "co-brimstead", name: "Brimstead Telecare Ltd", kind: "company", place: "harrogate", verified: true },
  { key: "co-ferncliffe", name: "Ferncliffe Motion Ltd", kind: "company", place: "bradford_craven", verified: true },
  { key: "co-rushbearing", name: "Rushbearing Health CIC", kind: "company", place: "calderdale", verified: true },
  { key: "co-ginnel", name: "Ginnel Digital CIC", kind: "company", place: "leeds", verified: true },
  { key: "co-hollyfell", name: "Hollyfell Dementia Tech Ltd", kind: "company", place: "harrogate", verified: true },
  { key: "co-dalesend", name: "Dalesend Cardiac Ltd", kind: "company", place: "harrogate", verified: true },
  { key: "co-quarrystone", name: "Quarrystone Medical Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-birchcote", name: "Birchcote Maternity Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-glenmoss", name: "Glenmoss Respiratory Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-wayhouse", name: "Wayhouse Workforce Ltd", kind: "company", place: "wakefield", verified: true },
  { key: "co-sweetbeck", name: "Sweetbeck Health Ltd", kind: "company", place: "bradford_craven", verified: true },
  { key: "co-tinshill", name: "Tinshill Rehab Ltd", kind: "company", place: "leeds", verified: true },
  { key: "co-vesper", name: "Vesper Care Systems Ltd", kind: "company", place: "leeds", verified: true },
  { key: "co-pinfold", name: "Pinfold Wellbeing CIC", kind: "company", place: "bradford_craven", verified: true },
  { key: "co-cobbleway", name: "Cobbleway Pharmacy Systems Ltd", kind: "company", place: "harrogate", verified: true },
  { key: "co-peatmoor", name: "Peatmoor Eye Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-lumbry", name: "Lumbry Dermatology Ltd", kind: "company", place: "outside_region", verified: true },
  { key: "co-ousebank", name: "Ousebank Renal Ltd", kind: "company", place: "kirklees", verified: true },
];
