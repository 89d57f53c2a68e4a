// The test-and-trial workflow's pure rules: stages, the evidence table, the roadmap, the gate
// state machine and the service levels. Services persist what these decide; nothing here does I/O.
export { STAGES, STAGE_INFO, isStage, nextStage, stageIndex, stageLabel, stagesThrough, type Stage, type StageInfo } from "./stages";
export {
  deviceClassName,
  isDevice,
  isDigital,
  isResearch,
  profileFromProduct,
  type DeviceRoute,
  type ProductForTrial,
  type RegulatoryRoute,
  type TrialFacts,
  type TrialProfile,
} from "./profile";
export { anyOf, type Condition } from "./conditions";
export { partyFor, type HostSite, type Party, type Side, type SiteId, type TrialSides } from "./parties";
export {
  EVIDENCE_ITEMS,
  PROVIDER_LABELS,
  evidenceItem,
  type EvidenceItem,
  type EvidenceKind,
  type ItemKey,
  type ItemSpec,
  type Provider,
} from "./evidence-table";
export {
  checklist,
  explain,
  isSatisfied,
  mayProvide,
  mayWithdraw,
  missingRequirements,
  requirementKey,
  requirementsFor,
  type EvidenceRef,
  type Requirement,
  type RequirementOptions,
} from "./requirements";
export { roadmap, type Dependency, type Roadmap, type RoadmapItem, type RoadmapStage } from "./roadmap";
export {
  ACTIONS,
  ACTION_RULES,
  TERMINAL_STATUSES,
  TRIAL_STATUSES,
  availableActions,
  blockingEvidence,
  check,
  decide,
  isTerminal,
  missingReason,
  startTrial,
  type ActionType,
  type Decision,
  type GateContext,
  type TrialAction,
  type TrialState,
  type TrialStatus,
} from "./machine";
export {
  addDays,
  addWorkingDays,
  bankHolidays,
  daysBetween,
  englandDate,
  isBankHoliday,
  isWorkingDay,
  serviceLevel,
  stageTimeline,
  workingDaysBetween,
  type IsoDate,
  type ServiceLevel,
  type ServiceLevelInput,
  type TimelineEntry,
} from "./service-levels";
