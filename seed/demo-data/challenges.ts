// Demo challenges for the West Yorkshire and Harrogate pipeline. They follow the region's real
// priorities, but every figure is illustrative: none is an official statement by the
// organisation named as owner.
import type { DatasetChallenge } from "../dataset-schema";

export const challenges: DatasetChallenge[] = [
  {
    key: "c-lung-nodules",
    organisation: "lth",
    title: "Making sure no incidental lung nodule is lost to follow-up",
    summary:
      "Lung nodules spotted by chance on CT scans done for other reasons need months or years of surveillance, and tracking them by spreadsheet lets some patients slip through.",
    problem:
      "Around 4,500 CT scans a year at our hospitals report an incidental pulmonary nodule that needs either surveillance or referral under the British Thoracic Society guideline. Most are found on scans of the abdomen, heart or spine requested by teams with no respiratory role, so the report often goes back to a clinician who is not set up to arrange the follow-up. Nodules are currently logged by hand into a spreadsheet held by two radiology secretaries, and an audit of one quarter found about 7% with no surveillance scan booked within the recommended interval. A small share of these nodules are early lung cancers, which are curable when caught at stage 1 or 2 but carry poor survival once they present with symptoms. Growth assessment also varies between reporting radiologists because volumetry is not used consistently. We want a dependable way to find every incidental nodule, calculate its risk and make sure the right next step happens on time.",
    currentPathway:
      "Radiologists flag incidental nodules in free text and the report goes to the requesting clinician. Radiology secretaries search reports weekly for the word 'nodule' and add them to a tracking spreadsheet reviewed at the lung nodule multidisciplinary meeting.",
    desiredOutcomes:
      "Every incidental nodule meeting guideline criteria is identified and logged within 2 working days of the report. At least 98% of surveillance scans are booked within the recommended interval, against about 93% today. Nodule volume and Brock risk are recorded consistently, and the share of lung cancers diagnosed at stage 1 or 2 through the nodule pathway rises year on year.",
    peopleAffectedPerYear: 4500,
    clinicalAreas: ["cancer", "respiratory"],
    careSettings: ["secondary_care"],
    place: "leeds",
    mustHaves: ["ukca_marked", "dspt_compliant"],
    inequalitiesFocus:
      "Smoking rates, and so nodule and lung cancer risk, are highest in the most deprived neighbourhoods of inner Leeds, where patients are also more likely to miss letters and appointments.",
    fundingRoute: "Cancer alliance early diagnosis funding, up to £180k for an 18-month implementation and evaluation.",
    closingDate: "2027-03-31",
    status: "published",
  },
  {
    key: "c-prostate-fds",
    organisation: "bthft",
    title: "Meeting the Faster Diagnosis Standard on the suspected prostate cancer pathway",
    summary:
      "Men referred with a raised PSA wait too long for MRI reporting and biopsy, so fewer than two thirds hear whether they have cancer within 28 days.",
    problem:
      "We receive about 2,600 urgent suspected prostate cancer referrals a year, most prompted by a raised PSA test in general practice. The pathway runs MRI first, then biopsy for men whose scan is suspicious, but each step depends on a small number of specialist uroradiologists and biopsy lists. In the last year roughly 62% of men received a diagnosis or had cancer ruled out within 28 days, well below the Faster Diagnosis Standard of 80%. MRI reports take a median of 9 days, and around a third of men who turn out not to need a biopsy still wait for a clinic appointment to be told so. Black men have about twice the lifetime risk of prostate cancer, yet are under-represented among our referrals relative to the local population. We want help to speed up MRI reporting, send men straight to the right next step and reach the men most at risk.",
    currentPathway:
      "GPs refer under the urgent suspected cancer pathway after a raised PSA. Men are booked for a multiparametric MRI, which is reported by a uroradiologist and reviewed in a triage clinic before biopsy or discharge.",
    desiredOutcomes:
      "At least 80% of men referred are told their diagnosis or have cancer ruled out within 28 days. Median time from MRI to report falls from 9 days to 3. Fewer men with a low-risk MRI need a hospital appointment, and the share of referrals from Black men moves closer to their share of the eligible population.",
    peopleAffectedPerYear: 2600,
    clinicalAreas: ["cancer"],
    careSettings: ["secondary_care", "primary_care"],
    place: "bradford_craven",
    mustHaves: ["ukca_marked"],
    inequalitiesFocus:
      "Black men and men in the most deprived wards of Bradford are less likely to be referred early, and need outreach and information that works for them.",
    fundingRoute: "West Yorkshire and Harrogate Cancer Alliance transformation funding, up to £150k for a 12-month pilot.",
    closingDate: "2027-02-26",
    status: "published",
  },
  {
    key: "c-fit-lower-gi",
    organisation: "chft",
    title: "Using FIT results to prioritise suspected bowel cancer referrals",
    summary:
      "Every urgent lower GI referral should come with a faecal immunochemical test result, but results are not used consistently to decide who needs colonoscopy first.",
    problem:
      "Our endoscopy service receives about 5,800 urgent suspected lower GI cancer referrals a year, and colonoscopy capacity is the main constraint on the 62-day standard. National guidance asks GPs to send a FIT result with each referral, yet around 15% still arrive without one and must be chased. Roughly half of referred patients have a FIT result below 10 micrograms of haemoglobin per gram, where the chance of colorectal cancer is very low, but most are still booked for colonoscopy because there is no agreed way to combine FIT with age, symptoms and blood results. Meanwhile patients with very high FIT results can wait as long as those with borderline results. Colonoscopy is invasive and unpleasant, and many patients from South Asian communities tell us they find the preparation and procedure hard to accept. We want a safe, auditable way to put the right patient at the front of the queue and to offer a safety-netted alternative to those at very low risk.",
    currentPathway:
      "GPs send a FIT kit and refer on the urgent suspected cancer pathway. Referrals are vetted by a consultant or nurse specialist and most patients go straight to test colonoscopy, with CT colonography for the frail.",
    desiredOutcomes:
      "Every referral has a FIT result before vetting. Patients at highest risk reach colonoscopy within 14 days of referral. Colonoscopies in patients at very low risk fall by at least 20%, with no rise in missed cancers at 12-month follow-up, and 62-day performance for lower GI cancer reaches 75%.",
    peopleAffectedPerYear: 5800,
    clinicalAreas: ["cancer"],
    careSettings: ["secondary_care", "primary_care"],
    place: "calderdale",
    mustHaves: ["ukca_marked", "interoperable_shared_care_record"],
    inequalitiesFocus:
      "FIT return rates are lowest among men, people in deprived areas and people whose first language is not English; instructions and reminders must reach them.",
    fundingRoute: "Trust elective recovery fund with cancer alliance match funding, up to £120k for a 12-month pilot.",
    closingDate: "2027-04-30",
    status: "published",
  },
  {
    key: "c-cancer-tracking",
    organisation: "myth",
    title: "Tracking every patient on the 62-day cancer pathway across three hospital sites",
    summary:
      "Cancer pathway trackers work from several systems and spreadsheets, so delays are spotted late and breaches are explained after the event.",
    problem:
      "At any one time about 3,200 patients are on our cancer patient tracking list across Pinderfields, Dewsbury and Pontefract. Twelve pathway trackers update the list by reading clinic letters, radiology systems and theatre lists, which takes most of their day and leaves little time to unblock delays. Waits for diagnostics, results and multidisciplinary team discussion are often noticed only when a patient is already past day 40. Last year about 31% of patients treated for cancer started treatment after day 62, and breach reports repeatedly cite the same avoidable steps, such as a biopsy result not returned or a referral between trusts not received. Patients tell us they often do not know what happens next or whom to ring.",
    currentPathway:
      "Trackers maintain the patient tracking list in the patient administration system, supplemented by tumour-site spreadsheets. Weekly meetings with each tumour site review patients over day 38.",
    desiredOutcomes:
      "Delays at each step are flagged automatically within 24 hours. Tracker time spent on manual data entry falls by half. The share of patients treated within 62 days rises to at least 75%, and every patient has a named contact and knows their next step.",
    peopleAffectedPerYear: 16000,
    clinicalAreas: ["cancer"],
    careSettings: ["secondary_care"],
    place: "wakefield",
    mustHaves: ["dspt_compliant", "dtac_passed"],
    inequalitiesFocus:
      "Patients from deprived areas and those with a learning disability are more likely to miss appointments and breach; the system should help navigators prioritise them.",
    fundingRoute: "Trust digital programme budget, up to £200k over two years including integration.",
    closingDate: "2027-05-28",
    status: "submitted",
  },
  {
    key: "c-dementia-carers-rural",
    organisation: "nyc",
    title: "Supporting family carers of people living with dementia in rural Harrogate district",
    summary:
      "Unpaid carers of people with dementia in the Dales and Nidderdale are isolated from services and often reach crisis before anyone knows they are struggling.",
    problem:
      "About 2,900 people in Harrogate district are estimated to be living with dementia, and most are cared for at home by a spouse or adult child. In rural areas the nearest carers' group or memory café can be a 40-minute drive, with patchy bus services and mobile signal. Our carers' assessments show that around 4 in 10 dementia carers report poor sleep, low mood or their own health getting worse, yet only a quarter had any contact with support services in the previous year. Carer breakdown is one of the commonest reasons for an emergency respite placement or hospital admission of the person they care for, with an average emergency respite stay costing about £4,000. We need ways to reach carers early, give them advice and company when they need it, and spot when things are slipping.",
    currentPathway:
      "Carers are identified through GP registers, memory services and adult social care, and offered a carer's assessment. Support comes from voluntary sector groups, mostly in Harrogate, Ripon and Knaresborough towns.",
    desiredOutcomes:
      "At least 600 additional dementia carers are in regular contact with support within a year. Carer-reported strain, measured with a validated scale, improves at 6 months. Emergency respite placements for people with dementia fall by 15%.",
    peopleAffectedPerYear: 2900,
    clinicalAreas: ["dementia", "social_isolation"],
    careSettings: ["social_care", "home", "community"],
    place: "harrogate",
    mustHaves: ["works_without_smartphone", "offline_capable"],
    inequalitiesFocus:
      "Older carers in rural areas with poor broadband and those caring alone without family nearby are least likely to be known to services.",
    fundingRoute: "Better Care Fund carers' support allocation, up to £90k for a 12-month pilot.",
    closingDate: "2027-01-29",
    status: "published",
  },
  {
    key: "c-dementia-distress-carehomes",
    organisation: "bdct",
    title: "Reducing distress and antipsychotic use for people with dementia in care homes",
    summary:
      "Care home residents with dementia who become distressed are too often prescribed antipsychotics or sent to hospital when unmet needs such as pain could be found and met.",
    problem:
      "Our care home liaison team supports around 110 care homes in Bradford district and Craven with about 2,400 residents living with dementia. Behaviour that shows distress, such as shouting, pacing or resisting care, is the commonest reason homes ask for help. Many of these episodes have a physical cause, often pain, constipation or infection, that residents cannot put into words. Audits suggest that roughly 1 in 6 residents with dementia is on an antipsychotic, well above the national ambition, and these drugs raise the risk of stroke, falls and death. Staff turnover in homes is high and many carers have had little training in structured observation. We want tools that help care staff understand and record what a resident is communicating and act on it before medication or a 999 call.",
    currentPathway:
      "Homes refer to the care home liaison team, which visits, advises and reviews medication with the GP. Homes keep paper or basic electronic behaviour charts of variable quality.",
    desiredOutcomes:
      "Antipsychotic prescribing among residents with dementia falls by a quarter within 12 months. Pain is assessed with a validated tool for every resident showing distress. Emergency department attendances for behaviour that challenges fall by 20%.",
    peopleAffectedPerYear: 2400,
    clinicalAreas: ["dementia", "medicines_amr"],
    careSettings: ["social_care", "mental_health_services"],
    place: "bradford_craven",
    mustHaves: ["interoperable_shared_care_record"],
    inequalitiesFocus:
      "Residents who cannot communicate verbally, including those whose first language is not English, are most at risk of unrecognised pain.",
    fundingRoute: "ICB Bradford District and Craven place transformation fund, up to £100k for a 12-month evaluation.",
    closingDate: "2027-03-12",
    status: "published",
  },
  {
    key: "c-dementia-postdiagnosis",
    organisation: "swypft",
    title: "Post-diagnostic support in the first year after a dementia diagnosis",
    summary:
      "After a dementia diagnosis many people and their families are discharged back to their GP with little structured support for the year that follows.",
    problem:
      "Our memory services in Wakefield, Kirklees, Calderdale and Barnsley diagnose about 3,100 people with dementia a year. After diagnosis most people receive one follow-up and an information pack before discharge to primary care. Families tell us the first year is when they most need help with planning, benefits, medication and changes in behaviour, and that they do not know whom to ask. Around 1 in 5 people diagnosed has an unplanned hospital admission within 12 months, often with delirium or a fall. Primary care has no capacity for the annual dementia review to be more than a short check. We want a post-diagnostic offer that is proactive, personal and sustainable at scale.",
    currentPathway:
      "Memory clinics diagnose and start medication where appropriate, then discharge to the GP with a letter. Dementia advisers from the voluntary sector offer support where funded, but coverage varies by place.",
    desiredOutcomes:
      "Every person diagnosed has a care and support plan within 6 weeks. Unplanned admissions in the year after diagnosis fall by 15%, and the proportion of people with an advance care plan doubles.",
    peopleAffectedPerYear: 3100,
    clinicalAreas: ["dementia"],
    careSettings: ["community", "home", "mental_health_services"],
    place: "wakefield",
    mustHaves: [],
    inequalitiesFocus: "People living alone and people from South Asian communities are less likely to use post-diagnostic support.",
    fundingRoute: "To be confirmed with the ICB; likely a service development bid of around £80k.",
    closingDate: "2027-06-30",
    status: "draft",
  },
  {
    key: "c-frailty-anticipatory",
    organisation: "hdft",
    title: "Keeping people with moderate frailty well at home through anticipatory care",
    summary:
      "Older people with moderate or severe frailty often reach A&E in crisis; we want to find them earlier and wrap community support around them first.",
    problem:
      "About 9,000 people aged over 65 in Harrogate and rural district are living with moderate or severe frailty according to the electronic frailty index. This group accounts for roughly 40% of our emergency bed days, and a typical admission of 10 days or more leads to lost muscle strength and independence. Many admissions follow a slow decline that was visible weeks before, such as more GP contacts, new falls or a carer struggling. Our community frailty team and primary care networks want to run anticipatory care reviews, but they cannot tell which of the 9,000 people are most likely to deteriorate next. Data sits in separate GP, community and hospital systems, and the team spends hours building lists by hand.",
    currentPathway:
      "GP practices run an annual frailty review where capacity allows. The community frailty team and urgent community response accept referrals when someone has already deteriorated.",
    desiredOutcomes:
      "The 10% of people with frailty at highest risk of admission are identified monthly and offered a comprehensive review. Emergency admissions in that cohort fall by 15% over 12 months. Total bed days for people with frailty fall, and people report feeling better supported at home.",
    peopleAffectedPerYear: 9000,
    clinicalAreas: ["frailty_falls", "urgent_emergency_care", "population_health"],
    careSettings: ["community", "primary_care", "home"],
    place: "harrogate",
    mustHaves: ["interoperable_shared_care_record", "dspt_compliant"],
    inequalitiesFocus:
      "Frail older people in isolated rural villages and those without family nearby reach services late and stay in hospital longest.",
    fundingRoute: "Ageing well programme funding through the ICB, up to £140k for a 12-month pilot.",
    closingDate: "2027-02-12",
    status: "published",
  },
  {
    key: "c-carehome-conveyance",
    organisation: "wyicb",
    title: "Reducing avoidable ambulance conveyances from care homes",
    summary:
      "Care home residents are taken to A&E by ambulance when a quick clinical assessment in the home could have kept them there safely.",
    problem:
      "West Yorkshire has around 600 care homes with about 17,000 beds, and residents account for an estimated 1 in 12 of the region's ambulance conveyances of people over 75. Care staff often call 999 because they are unsure whether a change in a resident is serious, especially at night and at weekends. Studies suggest a third or more of these conveyances could be avoided with earlier recognition of deterioration and rapid remote clinical advice. Each conveyance costs the system roughly £700 before admission, and for frail residents a trip to A&E carries real risk of delirium and hospital-acquired infection. Homes use different, mostly paper-based, observation charts that ambulance crews and GPs cannot see.",
    currentPathway:
      "Homes call the GP in hours or NHS 111 and 999 out of hours. Some places run a care home support team or a telemedicine line, but access differs across the five places.",
    desiredOutcomes:
      "Homes record a structured set of observations and soft signs for any resident who seems unwell. Ambulance conveyances from participating homes fall by 20% over a year with no rise in harm. At least 80% of calls for advice are answered by a clinician within 30 minutes.",
    peopleAffectedPerYear: 17000,
    clinicalAreas: ["urgent_emergency_care", "frailty_falls"],
    careSettings: ["social_care", "ambulance", "primary_care"],
    place: "wakefield",
    mustHaves: ["ukca_marked", "interoperable_shared_care_record"],
    inequalitiesFocus:
      "Smaller independent homes with fewer nursing staff and less digital kit call 999 most often; the solution must work for them.",
    fundingRoute: "ICB urgent and emergency care transformation fund, up to £250k for a 12-month multi-place pilot.",
    closingDate: "2027-04-16",
    status: "published",
  },
  {
    key: "c-falls-rising-risk",
    organisation: "kc",
    title: "Finding older people at rising risk of falls before the first serious fall",
    summary:
      "Most people join a strength and balance programme only after a fall that leads to injury; we want to reach them a year earlier.",
    problem:
      "Around 1 in 3 people over 65 in Kirklees falls each year, and falls lead to about 2,000 emergency admissions and 500 hip fractures a year across the district. Strength and balance programmes can reduce falls by around a quarter, but most referrals come after an injury, when confidence has already gone. Early warning signs, such as slowing walking speed, difficulty rising from a chair or fear of falling, are rarely measured outside a clinic. Our community falls service has capacity to assess 1,200 people a year and cannot see everyone who might benefit. We want simple ways for people, families, pharmacists and council staff to check falls risk and get into the right programme early.",
    currentPathway:
      "People are referred to the community falls service after a fall by GPs, ambulance crews or A&E. The council commissions community strength and balance classes, which accept self-referral but are not widely known.",
    desiredOutcomes:
      "At least 3,000 people over 65 have a validated falls risk check each year outside a clinic. Half of people at raised risk start a strength and balance programme within 6 weeks. Falls-related emergency admissions in the over-65s fall by 10% within two years.",
    peopleAffectedPerYear: 28000,
    clinicalAreas: ["frailty_falls", "population_health"],
    careSettings: ["community", "home", "pharmacy"],
    place: "kirklees",
    mustHaves: ["multilingual"],
    inequalitiesFocus:
      "South Asian older women and people in Dewsbury and Batley are under-represented in strength and balance classes.",
    fundingRoute: "Public health grant, up to £75k for a 12-month pilot with evaluation by a local university.",
    closingDate: "2027-03-26",
    status: "published",
  },
  {
    key: "c-inpatient-falls",
    organisation: "anhsft",
    title: "Reducing inpatient falls on elderly care wards",
    summary:
      "Falls on our elderly care and stroke wards cause harm and longer stays, and one-to-one observation is costly and hard to staff.",
    problem:
      "We record about 420 inpatient falls a year, around 60% of them on elderly care and stroke wards, and about 1 in 30 causes moderate or severe harm such as a hip fracture or head injury. Most falls happen when patients get up unaided at night, often while delirious or needing the toilet. Enhanced one-to-one observation is used for the highest-risk patients but costs over £500 a shift when staffed by agency workers. Bed and chair sensors were tried in the past but caused frequent false alarms and were abandoned. We want to understand what combination of technology and care could reduce falls without adding to alarm fatigue.",
    currentPathway:
      "Every patient over 65 has a multifactorial falls risk assessment on admission. Higher-risk patients are placed in bays near the nurses' station and some receive enhanced observation.",
    desiredOutcomes:
      "Inpatient falls on the pilot wards fall by 25% and falls with harm by a third. Spending on agency staff for enhanced observation falls, and nurses report that alerts are useful rather than a burden.",
    peopleAffectedPerYear: 6000,
    clinicalAreas: ["frailty_falls", "stroke"],
    careSettings: ["secondary_care"],
    place: "bradford_craven",
    mustHaves: ["ukca_marked"],
    inequalitiesFocus: "Patients with dementia or delirium are at greatest risk and least able to call for help.",
    fundingRoute: "Trust quality improvement budget, amount to be agreed.",
    closingDate: "2027-07-30",
    status: "draft",
  },
  {
    key: "c-isolation-older-men",
    organisation: "ageuk-leeds",
    title: "Reaching lonely older men in Leeds after bereavement or retirement",
    summary:
      "Older men who live alone are the least likely to come to our groups and the most likely to be chronically lonely; we need new ways to connect with them.",
    problem:
      "Roughly 38,000 people over 65 live alone in Leeds, and our own surveys suggest around 1 in 10 older people is often or always lonely. Men make up only about a fifth of the people who use our services, even though widowed and recently retired men are at high risk of loneliness. Loneliness is linked with depression, more GP visits and earlier admission to care. Older men tell us they do not want to go to a 'lunch club' but would take part in something with a purpose, such as practical activities, volunteering or sport. Many are referred by social prescribers but drop out before the first session. We want ideas that find these men, match them to something they value and keep them involved.",
    currentPathway:
      "People are referred by GPs, social prescribers and neighbourhood networks, or refer themselves. A support worker makes contact, usually by phone, and offers groups, befriending or activities.",
    desiredOutcomes:
      "At least 400 older men a year are connected to a regular activity and still involved after 3 months. Loneliness scores on the UCLA 3-item scale improve for at least 60% of participants. Referral drop-out before first contact halves.",
    peopleAffectedPerYear: 3800,
    clinicalAreas: ["social_isolation", "mental_health"],
    careSettings: ["community", "home"],
    place: "leeds",
    mustHaves: ["works_without_smartphone"],
    inequalitiesFocus:
      "Men in deprived inner-city wards and older men from minority ethnic communities are least often reached by current services.",
    fundingRoute: "Leeds health and wellbeing grant with charitable match funding, up to £60k for 12 months.",
    closingDate: "2027-01-15",
    status: "published",
  },
  {
    key: "c-gdm-follow-up",
    organisation: "bthft",
    title: "Preventing type 2 diabetes after gestational diabetes",
    summary:
      "Women who had gestational diabetes have a high lifetime risk of type 2 diabetes, but most miss their annual check once they leave maternity care.",
    problem:
      "Bradford has one of the highest rates of gestational diabetes in England, with about 1,100 women diagnosed in our maternity unit each year, many of South Asian heritage. Up to half of women with gestational diabetes develop type 2 diabetes within 10 years. NICE recommends a fasting glucose or HbA1c test 6 to 13 weeks after birth and an HbA1c every year after that, but fewer than 4 in 10 women have the postnatal test and far fewer the yearly one. New mothers are busy, move between GP practices and often do not know why the tests matter. Women also tell us that advice on diet and activity is not designed around family life or cultural food practices.",
    currentPathway:
      "Diabetes midwives manage gestational diabetes in pregnancy and write to the GP at discharge advising follow-up testing. Recall then depends on each practice's own systems.",
    desiredOutcomes:
      "At least 70% of women have a postnatal glucose test and 60% an annual HbA1c. Women at raised risk are offered the NHS Diabetes Prevention Programme or an equivalent before their next pregnancy. Rates of type 2 diabetes at 5 years fall over the long term.",
    peopleAffectedPerYear: 1100,
    clinicalAreas: ["diabetes", "maternity", "population_health"],
    careSettings: ["primary_care", "home", "secondary_care"],
    place: "bradford_craven",
    mustHaves: ["multilingual", "nhs_login"],
    inequalitiesFocus:
      "South Asian women and women in the most deprived areas of Bradford have the highest risk and lowest follow-up rates.",
    fundingRoute: "Local maternity and neonatal system funding, up to £85k for a 12-month pilot.",
    closingDate: "2027-02-19",
    status: "published",
  },
  {
    key: "c-ndh-prevention",
    organisation: "cmbc",
    title: "Engaging people with prediabetes who turn down group programmes",
    summary:
      "Thousands of people in Calderdale have non-diabetic hyperglycaemia, but most never start a diabetes prevention programme.",
    problem:
      "GP records in Calderdale show about 14,000 adults with non-diabetic hyperglycaemia, and another 1,500 are found each year through NHS Health Checks and routine blood tests. Without lifestyle change, around 1 in 10 will develop type 2 diabetes each year. Only about a third of people offered the NHS Diabetes Prevention Programme take it up, and completion is lowest among men, younger adults in work and people from deprived areas. People tell us the sessions clash with shifts and childcare, or that they do not feel unwell enough to need them. Type 2 diabetes costs the local NHS tens of millions of pounds a year, and its complications fall hardest on the communities least likely to take up prevention.",
    currentPathway:
      "GPs code non-diabetic hyperglycaemia and offer referral to the national prevention programme, delivered in groups or digitally. People who decline get brief advice and an annual HbA1c.",
    desiredOutcomes:
      "Uptake of a prevention offer among people with non-diabetic hyperglycaemia rises from about a third to a half. At least 40% of participants lose 5% of body weight or lower HbA1c at 12 months. Uptake among men and people from the most deprived quintile matches the average.",
    peopleAffectedPerYear: 15500,
    clinicalAreas: ["diabetes", "population_health"],
    careSettings: ["primary_care", "community", "home"],
    place: "calderdale",
    mustHaves: ["nhs_login"],
    inequalitiesFocus:
      "Men, shift workers and people in the most deprived neighbourhoods of Halifax have the lowest uptake.",
    fundingRoute: "Public health prevention budget, up to £70k for a 12-month pilot.",
    closingDate: "2027-05-14",
    status: "published",
  },
  {
    key: "c-data-poverty",
    organisation: "lcc",
    title: "Closing the data poverty gap for people offered digital care at home",
    summary:
      "More care is delivered through apps, video and home monitoring, but people without devices, data or confidence are being left behind.",
    problem:
      "We estimate that around 70,000 adults in Leeds lack the basic digital skills, devices or connectivity to use online health services. Services now ask patients to book through the NHS App, attend video appointments, complete online forms and use remote monitoring kit on virtual wards. People who cannot do this are offered slower alternatives or none at all, and frontline staff report they often assume patients are online. Data poverty, where a household cannot afford enough mobile data or broadband, affects many people who do own a smartphone. Our digital inclusion network has helped thousands of people, but health services rarely know how to refer into it.",
    currentPathway:
      "Community organisations in the 100% Digital Leeds network offer device lending, data SIMs and skills support. Health services refer informally, and there is no routine question about digital access.",
    desiredOutcomes:
      "Every patient offered a digital service is asked about digital access, and those who need support are referred. At least 2,000 people a year receive devices, data or skills support linked to a health need. Uptake of digital services among people in the most deprived 10% of neighbourhoods rises to match the city average.",
    peopleAffectedPerYear: 70000,
    clinicalAreas: ["digital_inclusion", "population_health"],
    careSettings: ["community", "home", "primary_care"],
    place: "leeds",
    mustHaves: ["works_without_smartphone", "multilingual"],
    inequalitiesFocus:
      "Older people, disabled people, people on low incomes and people with limited English are most affected by data poverty.",
    fundingRoute: "Council and ICB Leeds place joint digital inclusion fund, up to £110k for 12 months.",
    closingDate: "2027-03-05",
    status: "published",
  },
  {
    key: "c-penicillin-allergy",
    organisation: "myth",
    title: "Removing incorrect penicillin allergy labels in hospital",
    summary:
      "About 1 in 10 of our inpatients has a penicillin allergy label, but most are not truly allergic, and the label pushes prescribing towards broad-spectrum antibiotics.",
    problem:
      "Around 12,000 patients admitted to our hospitals each year carry a penicillin allergy label. Evidence shows that more than 90% of these labels are wrong, often recorded after a childhood rash or a side effect such as nausea. Patients with a label are more likely to receive broad-spectrum antibiotics, to develop C. difficile or MRSA infection, and to stay in hospital longer. A structured risk assessment can safely identify low-risk patients for direct oral challenge, but our antimicrobial pharmacists can only assess a few patients a week. Removed labels are also often re-added later because the change is not carried through to the GP record.",
    currentPathway:
      "Allergy labels are recorded at admission from the patient, family or GP record. Antimicrobial pharmacists and the allergy service de-label a small number of patients by referral.",
    desiredOutcomes:
      "Every inpatient with a penicillin allergy label and an antibiotic prescription has a structured risk assessment. At least 1,500 incorrect labels a year are removed, with the change reflected in the GP record. Use of broad-spectrum antibiotics in labelled patients falls by 15%.",
    peopleAffectedPerYear: 12000,
    clinicalAreas: ["medicines_amr"],
    careSettings: ["secondary_care", "pharmacy"],
    place: "wakefield",
    mustHaves: ["interoperable_shared_care_record"],
    inequalitiesFocus:
      "Older patients and those with many admissions carry more incorrect labels and face the greatest harm from broad-spectrum antibiotics.",
    fundingRoute: "Trust antimicrobial stewardship programme with ICB medicines optimisation funding, up to £60k for 12 months.",
    closingDate: "2027-02-05",
    status: "published",
  },
  {
    key: "c-cyp-crisis",
    organisation: "bdct",
    title: "Earlier help for young people attending A&E with self-harm",
    summary:
      "Young people who self-harm often wait many hours in A&E for a mental health assessment and leave without a follow-up plan they will use.",
    problem:
      "About 900 children and young people a year attend A&E in Bradford and Airedale after self-harm or in mental health crisis. Many wait over 8 hours for a CAMHS crisis assessment, in a setting that is noisy and distressing, and around 1 in 5 leave before being seen. After assessment, follow-up depends on the CAMHS waiting list, where the wait for a first appointment can exceed 18 weeks. Young people and parents say they need help with safety planning and somewhere to turn in the days after crisis. Repeat attendance within 6 months is about 30%.",
    currentPathway:
      "A&E staff refer to the CAMHS crisis team, which assesses in the department or the next day. Young people are then referred to community CAMHS or signposted to school and voluntary services.",
    desiredOutcomes:
      "Median time from arrival to mental health assessment falls below 4 hours. Every young person leaves with a personal safety plan and a confirmed contact within 72 hours. Repeat attendance within 6 months falls by a quarter.",
    peopleAffectedPerYear: 900,
    clinicalAreas: ["mental_health", "children_young_people"],
    careSettings: ["mental_health_services", "secondary_care", "home"],
    place: "bradford_craven",
    mustHaves: ["dtac_passed", "multilingual"],
    inequalitiesFocus:
      "Young people from South Asian communities and looked-after children are less likely to engage with follow-up after crisis.",
    fundingRoute: "Mental health investment standard funding through the ICB, up to £130k for a 12-month pilot.",
    closingDate: "2027-03-19",
    status: "published",
  },
  {
    key: "c-crisis-line",
    organisation: "lypft",
    title: "Answering more calls to the 24/7 mental health crisis line first time",
    summary:
      "Demand on our all-age crisis line has grown faster than staffing, and callers in distress are waiting too long or hanging up.",
    problem:
      "Our 24-hour mental health crisis line for Leeds receives about 7,500 calls a month since it joined the NHS 111 mental health option. Around 18% of calls are abandoned before they are answered, and some of those callers then attend A&E or call 999. Call handlers spend up to a third of each call on notes and checking records in separate systems, which lengthens calls and delays the next caller. Many calls are from people who need practical advice, a welfare follow-up or someone to talk to rather than a clinical assessment. We need ways to route callers to the right help quickly and release staff time for people at highest risk.",
    currentPathway:
      "Calls are answered by mental health call handlers and practitioners, who assess risk and arrange crisis team visits, signposting or follow-up calls. Notes are typed into the electronic patient record after each call.",
    desiredOutcomes:
      "Call abandonment falls below 8%. Time spent on notes after each call halves. At least 90% of callers who need a follow-up receive it within 24 hours, and A&E attendances by people known to the crisis line fall by 10%.",
    peopleAffectedPerYear: 45000,
    clinicalAreas: ["mental_health", "urgent_emergency_care", "workforce"],
    careSettings: ["mental_health_services"],
    place: "leeds",
    mustHaves: ["dspt_compliant", "dtac_passed"],
    inequalitiesFocus: "Callers with limited English and deaf callers currently face longer and less effective calls.",
    fundingRoute: "NHS England mental health crisis alternatives funding via the ICB, up to £200k over 18 months.",
    closingDate: "2027-04-09",
    status: "published",
  },
  {
    key: "c-virtual-ward-stepup",
    organisation: "lch",
    title: "More step-up referrals into the Leeds virtual ward from GPs and care homes",
    summary:
      "The virtual ward mostly takes patients leaving hospital; we want more people to be admitted to it from home instead of going to hospital at all.",
    problem:
      "The Leeds virtual ward has about 300 beds across frailty, respiratory and heart failure pathways, and runs at around 70% occupancy. Over 80% of admissions are step-down from hospital, while step-up admissions from GPs, care homes and urgent community response remain low. GPs tell us that referral is slow, that they are unsure who is eligible and that they worry about monitoring at home overnight. Many older patients also struggle with tablets and Bluetooth kit, which means clinicians visit in person to take readings. Every step-up admission that avoids hospital saves an estimated £2,000 and keeps an older person at home.",
    currentPathway:
      "Referrals come by phone or e-referral to a single point of access. Patients receive a monitoring kit with a tablet, pulse oximeter and blood pressure cuff, and a clinical hub reviews readings twice a day.",
    desiredOutcomes:
      "Step-up admissions rise from under 20% to at least 40% of the virtual ward caseload. Average occupancy reaches 85%. At least 90% of patients can submit readings without a home visit, including people who do not use smartphones.",
    peopleAffectedPerYear: 5200,
    clinicalAreas: ["frailty_falls", "respiratory", "cardiovascular"],
    careSettings: ["home", "community", "primary_care"],
    place: "leeds",
    mustHaves: ["ukca_marked", "works_without_smartphone", "interoperable_shared_care_record"],
    inequalitiesFocus: "Older people, people with limited English and those without broadband are less often offered a virtual ward.",
    fundingRoute: "Virtual ward programme funding through the ICB, up to £160k for 12 months.",
    closingDate: "2027-01-22",
    status: "published",
  },
  {
    key: "c-hf-diagnosis",
    organisation: "chft",
    title: "Diagnosing heart failure earlier in the community",
    summary:
      "Most people with heart failure are diagnosed during an emergency admission, although symptoms were often present for months.",
    problem:
      "About 1,400 people are newly diagnosed with heart failure in Calderdale and Huddersfield each year, and roughly 80% of them are diagnosed in hospital after an emergency admission. Many had seen their GP with breathlessness, swollen ankles or tiredness in the previous 6 months. NICE recommends an NT-proBNP blood test and a specialist assessment with echocardiography within 2 or 6 weeks depending on the result, but waits for echocardiography currently run to 14 weeks. People diagnosed in an emergency have worse survival than those diagnosed in the community. We want to identify likely heart failure earlier and make the best use of scarce echocardiography.",
    currentPathway:
      "GPs request NT-proBNP and refer raised results to the community heart failure service or cardiology. Patients join the echocardiography waiting list and are seen in clinic when results are available.",
    desiredOutcomes:
      "The share of new heart failure diagnoses made outside hospital rises from 20% to 40% within two years. Patients with NT-proBNP above 2,000 ng/L have specialist assessment and echo within 2 weeks. Echocardiography capacity is targeted at those most likely to have heart failure.",
    peopleAffectedPerYear: 1400,
    clinicalAreas: ["cardiovascular"],
    careSettings: ["primary_care", "community", "secondary_care"],
    place: "calderdale",
    mustHaves: ["ukca_marked"],
    inequalitiesFocus: "People in deprived parts of Huddersfield and Halifax present later and have higher rates of emergency diagnosis.",
    fundingRoute: "ICB cardiovascular disease prevention programme, up to £120k for a 12-month pilot.",
    closingDate: "2027-06-11",
    status: "published",
  },
  {
    key: "c-copd-rehab",
    organisation: "anhsft",
    title: "Getting more people with COPD through pulmonary rehabilitation in Craven",
    summary:
      "Pulmonary rehabilitation is one of the most effective treatments for COPD, but in our rural area few people start it and fewer finish.",
    problem:
      "Around 4,000 people in Airedale, Wharfedale and Craven have a diagnosis of COPD, and roughly 800 a year are eligible for pulmonary rehabilitation after an exacerbation or because of breathlessness. Only about 35% of those referred complete a programme, partly because our classes run in two locations and a round trip can take over an hour by bus. Each COPD admission costs around £3,000, and people who complete rehabilitation after an exacerbation are much less likely to be readmitted. Winter pressures are driven heavily by COPD exacerbations, and many patients have little support to manage a flare at home.",
    currentPathway:
      "GPs and respiratory nurses refer to a 6-week face-to-face rehabilitation programme twice a week. A home-based option using a printed manual and phone calls is offered to a few people.",
    desiredOutcomes:
      "Completion rises from 35% to at least 60% of people referred. Participants improve by at least the minimum clinically important difference on a walking test. Readmissions for COPD within 90 days fall by 20%.",
    peopleAffectedPerYear: 800,
    clinicalAreas: ["respiratory"],
    careSettings: ["community", "home"],
    place: "bradford_craven",
    mustHaves: ["offline_capable"],
    inequalitiesFocus: "People in remote Dales villages and people in the most deprived parts of Keighley have the lowest completion.",
    fundingRoute: "Respiratory network transformation funding, up to £70k for a 12-month pilot.",
    closingDate: "2027-02-26",
    status: "published",
  },
  {
    key: "c-neonatal-jaundice",
    organisation: "lth",
    title: "Checking newborns for jaundice at home without a return trip to hospital",
    summary:
      "Many healthy newborns come back to hospital only for a jaundice blood test, which is distressing for families and fills our assessment unit.",
    problem:
      "About 9,500 babies are born at our two maternity units each year and most go home within 48 hours. Around 60% of newborns develop visible jaundice, and community midwives refer roughly 1,800 babies a year back to hospital for a bilirubin blood test. Most of these results are below the treatment threshold. Visual assessment of jaundice is unreliable, particularly in babies with darker skin tones, which can lead both to unnecessary tests and to missed severe jaundice. Readmissions for phototherapy also separate mothers and babies at a vulnerable time.",
    currentPathway:
      "Community midwives check babies visually at home visits and refer those who look jaundiced to the neonatal assessment unit for a blood test. Babies above the threshold are readmitted for phototherapy.",
    desiredOutcomes:
      "Return visits for bilirubin testing fall by at least 40%. No increase in babies needing exchange transfusion or readmission for severe jaundice. Families and midwives rate the process as acceptable, and performance is equal across skin tones.",
    peopleAffectedPerYear: 1800,
    clinicalAreas: ["maternity", "children_young_people"],
    careSettings: ["home", "community", "secondary_care"],
    place: "leeds",
    mustHaves: ["ukca_marked"],
    inequalitiesFocus: "Babies with darker skin tones are at risk of both over- and under-recognition of jaundice with visual checks.",
    fundingRoute: "Trust maternity innovation fund, up to £50k for a 9-month evaluation.",
    closingDate: "2027-05-07",
    status: "published",
  },
  {
    key: "c-stroke-after-discharge",
    organisation: "lch",
    title: "Helping stroke survivors keep active and avoid a second stroke after discharge",
    summary:
      "After early supported discharge ends, many stroke survivors lose the gains they made in rehabilitation and few meet their secondary prevention goals.",
    problem:
      "About 1,600 people have a stroke in Leeds each year, and around 40% go home with early supported discharge from our community stroke team. The service runs for up to 6 weeks, after which therapy contact drops sharply. At the 6-month review many people report being less active, more fatigued and low in mood, and about 1 in 4 has blood pressure above target. Around 1 in 10 will have another stroke within 5 years, many of them preventable. People tell us they would welcome tools and support to keep exercising and manage their risk factors at home.",
    currentPathway:
      "The community stroke team provides early supported discharge, then refers to community neurorehabilitation where needed. A 6-month review is carried out by the stroke association or a stroke nurse.",
    desiredOutcomes:
      "At least 60% of stroke survivors meet an agreed physical activity goal at 6 months. The proportion with blood pressure at target rises to 70%. Mood and fatigue scores improve compared with the current cohort.",
    peopleAffectedPerYear: 650,
    clinicalAreas: ["stroke", "cardiovascular"],
    careSettings: ["community", "home"],
    place: "leeds",
    mustHaves: ["multilingual"],
    inequalitiesFocus: "Younger stroke survivors of working age and people with aphasia are poorly served by current follow-up.",
    fundingRoute: "Integrated stroke delivery network funding, up to £65k for a 12-month pilot.",
    closingDate: "2027-05-21",
    status: "submitted",
  },
  {
    key: "c-domcare-workforce",
    organisation: "nyc",
    title: "Recruiting and keeping home care workers in rural Harrogate district",
    summary:
      "Unfilled home care hours in rural areas delay hospital discharges and leave people without care; travel time and unpredictable rotas drive carers away.",
    problem:
      "Home care providers in Harrogate district deliver about 18,000 hours of care a week, yet at any time around 1,500 hours of assessed need cannot be placed. In rural areas carers may spend a third of their working day driving between visits, much of it unpaid or paid at a flat rate. Turnover among home care workers runs at about 30% a year, and providers say unpredictable rotas and long gaps between calls are the commonest reasons for leaving. Waits for a home care package are a leading cause of delayed discharge from Harrogate District Hospital. We want to design rounds, rotas and ways of working that make rural home care a job people stay in.",
    currentPathway:
      "The council commissions home care through framework providers by zone. Providers schedule rounds with their own software, often manually, and the council brokers unplaced packages daily.",
    desiredOutcomes:
      "Unplaced home care hours fall by a third. Average travel time per visit falls by 20%. Staff turnover at participating providers falls below 20% a year, and delayed discharges waiting for home care fall.",
    peopleAffectedPerYear: 3200,
    clinicalAreas: ["workforce", "frailty_falls"],
    careSettings: ["social_care", "home"],
    place: "harrogate",
    mustHaves: ["offline_capable"],
    inequalitiesFocus: "People in the most remote villages wait longest for a package and most often receive care from unfamiliar staff.",
    fundingRoute: "Adult social care market sustainability fund, up to £100k for 12 months across three providers.",
    closingDate: "2027-04-02",
    status: "published",
  },
  {
    key: "c-carehome-hydration",
    organisation: "cp-ashbeck",
    title: "Preventing dehydration and urinary infections among care home residents",
    summary:
      "Residents who drink too little are at risk of urinary infections, falls, acute kidney injury and hospital admission, and fluid charts do not tell us who is at risk in time.",
    problem:
      "Our seven care homes in Kirklees look after about 380 residents, most of them living with dementia. Many residents no longer feel thirst or cannot ask for a drink, and staff estimate intake from paper fluid charts that are often incomplete. Last year we recorded 96 urinary tract infections treated with antibiotics and 21 hospital admissions where dehydration or acute kidney injury was a factor. Suspected UTIs in older people are often over-diagnosed from dipsticks, adding to antibiotic use. We want a reliable way to know how much each resident is drinking, prompt staff when someone falls behind, and reduce infections and admissions.",
    currentPathway:
      "Care staff offer drinks at set times and record them on paper fluid charts that senior carers check each shift. Concerns are raised with the GP or district nurses.",
    desiredOutcomes:
      "Fluid intake is recorded accurately for every resident without extra staff time. Residents below their daily target are flagged by early afternoon. UTIs treated with antibiotics fall by 25% and dehydration-related admissions by a third.",
    peopleAffectedPerYear: 380,
    clinicalAreas: ["frailty_falls", "medicines_amr", "kidney"],
    careSettings: ["social_care"],
    place: "kirklees",
    mustHaves: ["offline_capable"],
    inequalitiesFocus: "Residents with advanced dementia, who cannot ask for a drink, are most at risk.",
    fundingRoute: "Provider investment with a contribution from the ICB care home digital fund, up to £30k.",
    closingDate: "2027-03-31",
    status: "published",
  },
  {
    key: "c-eol-out-of-hours",
    organisation: "st-gemmas",
    title: "Controlling symptoms out of hours for people dying at home",
    summary:
      "Most people want to die at home, but getting symptoms controlled at night and at weekends often depends on long waits for a visit.",
    problem:
      "Across Leeds about 2,700 people a year die at home or in a care home with support from palliative care services. Out of hours, families who see their relative in pain, agitated or breathless call our advice line, the district nursing service or NHS 111, and the average wait for a nurse visit to give a just-in-case medicine can exceed 2 hours. Anticipatory medicines are sometimes not in the house, or have expired, when needed. Some families end up calling 999, and around 1 in 8 people who wanted to die at home is admitted in their last days. Families tell us they want to be able to see a nurse or doctor quickly and be guided through what to do.",
    currentPathway:
      "Our 24-hour advice line gives telephone support to patients, families and professionals. District nurses visit to give subcutaneous medicines, and GP out-of-hours services prescribe anticipatory medicines.",
    desiredOutcomes:
      "Median time from call to symptom relief falls below 1 hour. Anticipatory medicines are checked and in date for every patient in the last weeks of life. Admissions in the last 3 days of life among people who wished to die at home fall by a quarter.",
    peopleAffectedPerYear: 2700,
    clinicalAreas: ["end_of_life"],
    careSettings: ["home", "community", "social_care"],
    place: "leeds",
    mustHaves: ["interoperable_shared_care_record", "works_without_smartphone"],
    inequalitiesFocus: "People living alone and people from minority ethnic communities are less likely to die in their preferred place.",
    fundingRoute: "Charitable innovation fund with ICB end-of-life care funding, up to £75k for 12 months.",
    closingDate: "2027-02-01",
    status: "published",
  },
  {
    key: "c-discharge-reablement",
    organisation: "wmdc",
    title: "Getting people home from hospital sooner with the right reablement",
    summary:
      "People who no longer need a hospital bed wait days for a reablement or home care start, losing strength while they wait.",
    problem:
      "On an average day around 90 patients at Pinderfields and Dewsbury hospitals are medically fit for discharge but waiting, and about 40 of those are waiting for a Wakefield Council service. Most need a short period of reablement at home, but referral, assessment and brokerage are handled by phone and email across several teams. Each extra day in hospital for an older person is associated with loss of muscle strength and confidence. About a third of people leaving reablement still need long-term home care, partly because reablement often starts late.",
    currentPathway:
      "Ward staff refer to the integrated discharge hub, which assesses need and passes requests to reablement or home care brokerage. Starts are arranged by phone with providers.",
    desiredOutcomes:
      "The median wait from medically fit to start of reablement falls to 1 day. At least 65% of people leave reablement needing no ongoing care. Delayed discharges waiting for a council service fall by 30%.",
    peopleAffectedPerYear: 4200,
    clinicalAreas: ["urgent_emergency_care", "frailty_falls"],
    careSettings: ["social_care", "home", "secondary_care"],
    place: "wakefield",
    mustHaves: ["interoperable_shared_care_record"],
    inequalitiesFocus: "People who live alone or have no family carer wait longest for discharge.",
    fundingRoute: "Better Care Fund discharge allocation, up to £120k for 12 months.",
    closingDate: "2027-01-08",
    status: "closed",
  },
  {
    key: "c-childhood-asthma",
    organisation: "bmdc",
    title: "Helping children with asthma in high-pollution neighbourhoods stay out of A&E",
    summary:
      "Children with asthma in Bradford's busiest and most polluted neighbourhoods attend A&E more often than anywhere else in the district.",
    problem:
      "About 9,000 children in the Bradford district have asthma, and children's asthma admissions here are among the highest in England. Research in the city has linked air pollution near main roads with new cases of childhood asthma and with attacks. Many attacks follow missed preventer inhaler doses, poor inhaler technique or no written asthma action plan, and around half of children who attend A&E with asthma have not had an asthma review in the previous year. Families in crowded or damp housing face extra triggers, and some parents do not know how to recognise a worsening attack. We want practical ways for families, schools and health services to keep children well on high-pollution days and every day.",
    currentPathway:
      "GP practices run annual asthma reviews, and school nurses support children with asthma at school. A Clean Air Zone is in place, and families can sign up for air quality alerts.",
    desiredOutcomes:
      "Every child with asthma in the pilot areas has a personalised asthma action plan and an annual review. A&E attendances for asthma among children in the pilot areas fall by 20%. Preventer inhaler adherence, measured by prescriptions collected, improves by a quarter.",
    peopleAffectedPerYear: 9000,
    clinicalAreas: ["respiratory", "children_young_people", "population_health"],
    careSettings: ["primary_care", "community", "home"],
    place: "bradford_craven",
    mustHaves: ["multilingual"],
    inequalitiesFocus: "Children in Bradford's inner-city wards, many from South Asian families, carry the highest burden of asthma and pollution.",
    fundingRoute: "Council public health and Clean Air programme funding, up to £90k for an 18-month pilot.",
    closingDate: "2027-06-25",
    status: "published",
  },
  {
    key: "c-respiratory-discharge",
    organisation: "lth",
    title: "Spotting deterioration early after discharge from the respiratory wards",
    summary:
      "Many people sent home after a COPD or pneumonia admission come back within a month, often after days of getting worse that nobody saw.",
    problem:
      "Our respiratory wards discharge about 3,200 adults a year after an exacerbation of COPD or a pneumonia, and around 1 in 5 are readmitted within 30 days. Follow-up is a phone call from a specialist nurse in the first week and a clinic appointment some weeks later, so a slow fall in oxygen saturation or a rising breathing rate is usually noticed only when the patient calls 999. Readmissions cluster in the first fortnight, fill acute medical beds in winter and are distressing for patients and families. Community respiratory teams and the Leeds virtual ward can step care up at home, but only if someone sees the warning signs in time.",
    peopleAffectedPerYear: 3200,
    currentPathway:
      "A discharge summary goes to the GP, a specialist nurse phones the patient within 7 days, and a respiratory clinic follows at 6 to 8 weeks. Patients are told to call their GP or 999 if they feel worse.",
    desiredOutcomes:
      "Warning signs such as falling oxygen saturation or a rising breathing rate are seen and acted on within hours during the first 30 days at home. Readmissions within 30 days fall from about 20% towards 15%, and patients and carers say they felt safe going home.",
    clinicalAreas: ["respiratory", "urgent_emergency_care"],
    careSettings: ["home", "secondary_care"],
    place: "leeds",
    mustHaves: ["ukca_marked", "dtac_passed", "works_without_smartphone"],
    inequalitiesFocus: "COPD admissions are three times as common in the most deprived parts of Leeds, where fewer patients own a smartphone.",
    fundingRoute: "Trust transformation funding with the Leeds virtual ward programme, up to £120k for a 12-month pilot.",
    closingDate: "2027-05-31",
    status: "published",
  },
];
