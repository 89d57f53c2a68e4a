// Healthcare synonyms and abbreviations in general UK use. Each group is a set of terms that
// mean the same thing when matching a need to a product. Keep entries general: never tune them
// to one dataset's records. The search index and the matcher (app/domain/matching) share them.
//
// Conventions: a term written wholly in capitals (ED, AF, LD) is an abbreviation and, when the
// matcher reads free text, counts only where it is written in capitals too, so "ed" or "af" in
// ordinary words never match. Hyphens and spaces are interchangeable; a trailing "s" is allowed.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Urgent and emergency care
  ["A&E", "A and E", "accident and emergency", "emergency department", "ED"],
  ["UEC", "urgent and emergency care"],
  ["SDEC", "same day emergency care"],
  ["UTC", "urgent treatment centre"],
  ["UCR", "urgent community response", "2-hour crisis response"],
  ["OOH", "out of hours"],
  ["NEWS2", "national early warning score"],
  ["virtual ward", "hospital at home"],
  ["delayed discharge", "delayed transfer of care", "DTOC", "no criteria to reside", "NCTR"],
  ["LOS", "length of stay"],
  // Primary care and the system
  ["GP", "general practice", "general practitioner", "primary care"],
  ["PCN", "primary care network"],
  ["ICB", "integrated care board"],
  ["ICS", "integrated care system"],
  ["A&G", "advice and guidance"],
  ["RTT", "referral to treatment"],
  ["PIFU", "patient initiated follow-up"],
  ["MDT", "multidisciplinary team"],
  ["CHC", "continuing healthcare"],
  ["PHM", "population health management"],
  ["QOF", "quality and outcomes framework"],
  ["missed appointment", "did not attend", "no-show"],
  // Records, data and regulation
  ["EPR", "EHR", "electronic patient record", "electronic health record"],
  ["shared care record", "SCR", "summary care record"],
  ["PACS", "picture archiving and communication system"],
  ["RIS", "radiology information system"],
  ["AI", "artificial intelligence"],
  ["ML", "machine learning"],
  ["SaMD", "software as a medical device"],
  ["UKCA", "UKCA marked", "UKCA mark", "CE marked", "CE mark"],
  ["DTAC", "digital technology assessment criteria"],
  ["DSPT", "data security and protection toolkit"],
  ["MHRA", "medicines and healthcare products regulatory agency"],
  ["NICE", "national institute for health and care excellence"],
  ["ESF", "evidence standards framework"],
  // Remote care and contact
  ["remote monitoring", "remote patient monitoring", "telemonitoring", "RPM"],
  ["telecare", "technology enabled care", "TEC"],
  ["video consultation", "video appointment", "remote consultation"],
  ["SMS", "text message", "text messaging"],
  ["IVR", "interactive voice response", "automated phone call"],
  ["telephone", "phone"],
  ["PROMs", "patient reported outcome measures"],
  ["carer", "caregiver", "care giver"],
  ["care home", "nursing home", "residential home", "residential care"],
  ["HCA", "HCSW", "healthcare assistant", "healthcare support worker"],
  ["rota", "roster"],
  ["interpreter", "interpreting service"],
  // Cardiovascular, stroke and kidney
  ["CVD", "cardiovascular disease"],
  ["AF", "atrial fibrillation"],
  ["HF", "heart failure"],
  ["MI", "myocardial infarction", "heart attack"],
  ["CHD", "coronary heart disease"],
  ["IHD", "ischaemic heart disease"],
  ["FH", "familial hypercholesterolaemia"],
  ["hypertension", "high blood pressure", "raised blood pressure", "HTN"],
  ["BP", "blood pressure"],
  ["ECG", "EKG", "electrocardiogram"],
  ["cardiac", "heart"],
  ["cardiac rehab", "cardiac rehabilitation"],
  ["stroke", "CVA", "cerebrovascular accident"],
  ["TIA", "transient ischaemic attack", "mini stroke"],
  ["aphasia", "dysphasia"],
  ["dysphagia", "swallowing difficulties"],
  ["CKD", "chronic kidney disease"],
  ["AKI", "acute kidney injury"],
  ["eGFR", "estimated glomerular filtration rate"],
  ["ACR", "uACR", "albumin creatinine ratio", "albumin to creatinine ratio"],
  ["renal", "kidney"],
  // Respiratory and infection
  ["COPD", "chronic obstructive pulmonary disease"],
  ["ARI", "acute respiratory infection"],
  ["PR", "pulmonary rehabilitation"],
  ["pulmonary", "lung"],
  ["SpO2", "oxygen saturation", "pulse oximetry"],
  ["spirometry", "lung function test"],
  ["COVID-19", "COVID", "coronavirus"],
  ["flu", "influenza"],
  ["RSV", "respiratory syncytial virus"],
  ["UTI", "urinary tract infection"],
  ["AMR", "antimicrobial resistance", "antibiotic resistance"],
  ["antibiotic", "antimicrobial"],
  // Diabetes, metabolic and prevention
  ["T2D", "T2DM", "type 2 diabetes", "type II diabetes"],
  ["T1D", "T1DM", "type 1 diabetes", "type I diabetes"],
  ["HbA1c", "glycated haemoglobin"],
  ["CGM", "continuous glucose monitoring"],
  ["GDM", "gestational diabetes"],
  ["NDPP", "diabetes prevention programme"],
  ["hypo", "hypoglycaemia"],
  ["BMI", "body mass index"],
  ["smoking cessation", "stop smoking", "quit smoking"],
  ["alcohol misuse", "harmful drinking", "alcohol use disorder"],
  ["health inequalities", "health inequality", "Core20PLUS5"],
  // Cancer, imaging and diagnostics
  ["oncology", "cancer"],
  ["2WW", "two week wait", "urgent suspected cancer"],
  ["FDS", "faster diagnosis standard"],
  ["FIT", "faecal immunochemical test"],
  ["PSA", "prostate specific antigen"],
  ["CXR", "chest x-ray", "chest radiograph"],
  ["x-ray", "radiograph"],
  ["CT", "computed tomography"],
  ["MRI", "magnetic resonance imaging"],
  ["BCC", "basal cell carcinoma"],
  ["SCC", "squamous cell carcinoma"],
  ["teledermatology", "tele-dermatology"],
  // Eyes
  ["AMD", "macular degeneration", "age-related macular degeneration"],
  ["nAMD", "wet AMD", "neovascular AMD"],
  ["OCT", "optical coherence tomography"],
  ["IOP", "intraocular pressure"],
  ["DESP", "diabetic eye screening"],
  // Mental health, learning disability, dementia
  ["MH", "mental health"],
  ["SMI", "severe mental illness", "serious mental illness"],
  ["IAPT", "talking therapies", "improving access to psychological therapies"],
  ["CBT", "cognitive behavioural therapy"],
  ["PTSD", "post-traumatic stress disorder"],
  ["CAMHS", "CYPMHS", "child and adolescent mental health services", "children and young people's mental health services"],
  ["perinatal mental health", "maternal mental health"],
  ["PND", "postnatal depression", "postpartum depression"],
  ["ADHD", "attention deficit hyperactivity disorder"],
  ["ASD", "ASC", "autism spectrum disorder", "autistic spectrum condition"],
  ["LD", "learning disability", "learning disabilities"],
  ["SEND", "special educational needs"],
  ["MCI", "mild cognitive impairment"],
  ["memory clinic", "memory assessment service", "memory service"],
  ["loneliness", "social isolation"],
  // Children, maternity, older people, end of life
  ["CYP", "children and young people"],
  ["paediatric", "pediatric"],
  ["maternity", "obstetric", "obstetrics"],
  ["antenatal", "prenatal"],
  ["postnatal", "postpartum"],
  ["PPH", "postpartum haemorrhage"],
  ["pre-eclampsia", "preeclampsia"],
  ["end of life care", "palliative care", "EoLC"],
  ["EoL", "end of life"],
  ["ACP", "advance care planning", "advance care plan"],
  ["EPaCCS", "electronic palliative care coordination system"],
  // Musculoskeletal and therapies
  ["MSK", "musculoskeletal"],
  ["OA", "osteoarthritis"],
  ["RA", "rheumatoid arthritis"],
  ["LBP", "low back pain", "lower back pain"],
  ["physio", "physiotherapy", "physiotherapist"],
  ["OT", "occupational therapy", "occupational therapist"],
  ["SLT", "SALT", "speech and language therapy", "speech and language therapist"],
  // Medicines
  ["SMR", "structured medication review"],
  ["polypharmacy", "multiple medicines"],
];

/** The groups as Meilisearch wants them: each term maps to every other term of its group.
 * Meilisearch applies synonyms only to terms of one to three words, so longer ones are left out. */
export function meilisearchSynonyms(groups = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.toLowerCase()).filter((t) => t.split(/\s+/).length <= 3))];
    for (const term of terms) {
      const others = terms.filter((t) => t !== term);
      if (others.length) map[term] = [...new Set([...(map[term] ?? []), ...others])];
    }
  }
  return map;
}
