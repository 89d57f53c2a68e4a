// The regulatory questions on the product form, explained in plain words, so a company does
// not need to know the standards by number to answer them.
import { DEVICE_CLASSES, ESF_TIERS, labelOf } from "~/domain/taxonomies";

const DEVICE_CLASS_EXAMPLES: Record<string, string> = {
  not_a_device: "It has no medical purpose of its own: for example a booking system, a staff rota or general wellbeing advice.",
  I: "Low risk: for example a walking frame, a stethoscope, or an app that gives health advice based on a person's own readings.",
  IIa: "Medium risk: for example a hearing aid, a digital thermometer, or software that flags readings for a clinician to review.",
  IIb: "Higher risk: for example a ventilator, an infusion pump, or software that monitors vital signs where a missed alert could cause serious harm.",
  III: "Highest risk: for example a heart valve, a drug-coated stent, or software that drives treatment where a fault could be life-threatening.",
};

export const DEVICE_CLASS_CHOICES = DEVICE_CLASSES.map((c) => ({ ...c, hint: DEVICE_CLASS_EXAMPLES[c.value] }));

const ESF_TIER_EXAMPLES: Record<string, string> = {
  A: "Helps the health and care system run, without directly affecting anyone's care: for example bed management or staff scheduling. Evidence: it works and its users find it useful.",
  B: "Helps people understand or manage their health, or talk to the people caring for them: for example a self-help app, a symptom diary or appointment reminders. Evidence: it is reliable, based on good practice, and people use it.",
  C: "Prevents, diagnoses, treats or monitors a condition, or guides clinical decisions: for example a digital therapy, a triage tool or remote monitoring that alerts clinicians. Evidence: studies showing it improves outcomes, usually against usual care.",
};

export const ESF_TIER_CHOICES = ESF_TIERS.map((t) => ({ ...t, hint: ESF_TIER_EXAMPLES[t.value] }));

const TRL_STEPS = [
  ["Basic principles observed", "the scientific idea behind it is written down."],
  ["Concept formulated", "how it could be used in care is worked out."],
  ["Proof of concept", "early desk or lab tests show the idea can work."],
  ["Working in the lab", "a first prototype works in a controlled setting."],
  ["Tested in a realistic setting", "the prototype works with synthetic data, in a simulation suite or a test bed."],
  ["Shown in a realistic setting", "a near-final version works in a small pilot, with no patient at risk."],
  ["Shown in real care", "a working version is used with real patients or staff, for example a trial at one site."],
  ["Complete and approved", "the finished product passes its tests and holds the approvals it needs."],
  ["Proven in routine use", "it is used in everyday care, with results to show."],
] as const;

export const TRL_CHOICES = TRL_STEPS.map(([label], i) => ({ value: i + 1, label: `${i + 1}: ${label}` }));

export function trlLabel(trl: number): string {
  return trl >= 1 && trl <= 9 ? `${trl}: ${TRL_STEPS[trl - 1][0]}` : "";
}

export function deviceClassLabel(value: string): string {
  return labelOf(DEVICE_CLASSES, value);
}

export function DeviceClassHint() {
  return (
    <>
      <p className="nhsuk-u-margin-bottom-2">
        In the UK the MHRA, the regulator for medicines and medical devices, decides what counts as a medical device. A
        product is one if it is meant to diagnose, prevent, monitor, predict, treat or ease an illness or injury. Software
        counts too: an app or algorithm with a medical purpose is "software as a medical device".
      </p>
      <p className="nhsuk-u-margin-bottom-0">
        Devices are put in a class by how much harm they could do if something went wrong. The higher the class, the more
        checks it needs before it can be used in care.
      </p>
    </>
  );
}

export function UkcaHint() {
  return (
    <p className="nhsuk-u-margin-bottom-0">
      A UKCA mark (or the European CE mark, which Great Britain also accepts) shows that a medical device meets the legal
      rules for safety and performance. For Class I the company declares it itself; for higher classes an approved body
      checks first. Answer no if it is not a medical device, or if the mark is still being worked on: trials can still
      happen, and Sweetspot shows you the route.
    </p>
  );
}

export function PatientDataHint() {
  return (
    <>
      <p className="nhsuk-u-margin-bottom-2">
        Answer yes if it collects, stores, sees or sends information about a person's health or care that could identify
        them: a name, NHS number, date of birth, address, test result or clinical note, including records that are
        pseudonymised but could be linked back to someone.
      </p>
      <p className="nhsuk-u-margin-bottom-0">
        Why it matters: before a trial, you will need the NHS Data Security and Protection Toolkit (DSPT), a yearly
        self-check of how you keep data safe; registration with the Information Commissioner's Office; and a data
        protection impact assessment (DPIA), which sets out the risks to people's privacy and how you reduce them.
      </p>
    </>
  );
}

export function DtacHint() {
  return (
    <p className="nhsuk-u-margin-bottom-0">
      The Digital Technology Assessment Criteria (DTAC) are the NHS's standard checklist for digital products: clinical
      safety (a named clinical safety officer, a list of what could go wrong and how you prevent it), data protection,
      technical security including Cyber Essentials, working with other NHS systems, and usability and accessibility.
      Answer yes only if an NHS organisation has assessed it against the DTAC and it passed.
    </p>
  );
}

export function EsfTierHint() {
  return (
    <p className="nhsuk-u-margin-bottom-0">
      NICE's Evidence Standards Framework sorts digital health technologies into tiers by what they do, and says how much
      evidence each tier needs. Choose the tier that fits what your product does, not the evidence you have today.
    </p>
  );
}

export function TrlExplained() {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What each readiness level means</span>
      </summary>
      <div className="nhsuk-details__text">
        <ol className="nhsuk-list nhsuk-list--number">
          {TRL_STEPS.map(([label, meaning]) => (
            <li key={label}>
              <strong>{label}</strong>: {meaning}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}

export function FeaturesHint() {
  return (
    <p className="nhsuk-u-margin-bottom-0">
      Tick only what it does today. NHS partners list these as must-haves on their challenges, and a product that meets
      them ranks higher. The UKCA and DTAC features must match your answers above; the Data Security and Protection
      Toolkit is the yearly NHS data-safety check described under patient data.
    </p>
  );
}
