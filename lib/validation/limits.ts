// Named limits shared by forms, server actions, the API and the importer.

export const MAX_RUN_KM = 1000;
/** Faster than 2:00/km is beyond any human race pace: a typo in distance or time. */
export const FASTEST_PACE_SEC_PER_KM = 120;
export const MAX_NOTES_CHARS = 2000;
export const MAX_PAIN_ENTRIES = 12;
export const MAX_SHOE_NAME_CHARS = 80;
export const MAX_SHOE_KM = 10000;
export const DEFAULT_RETIRE_KM = 800;
export const MIN_PASSWORD_CHARS = 10;
export const MAX_PASSWORD_CHARS = 200;
export const MAX_DURATION_SEC = 7 * 24 * 3600;
export const RUNS_PER_PAGE = 30;
