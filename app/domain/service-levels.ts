// Service levels, as the NHS Innovation Service keeps them (DESIGN.md).
export const TRIAGE_SERVICE_LEVEL_DAYS = 7;
export const GATE_SERVICE_LEVEL_WORKING_DAYS = 10;
