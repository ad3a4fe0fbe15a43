// The advice catalogue and the wording of alerts: everything the UI and the CLI say to a runner.
export { ADVICE, DISCLAIMER, MANAGEMENT_ADVICE_IDS, PREVENTION_ADVICE_IDS, getAdvice } from "./catalogue";
export { describeAlert, type AlertWording, type DescribeAlertOptions } from "./describe-alert";
export { formatDistance, formatLocationKey, type DistanceUnits } from "./format";
export type { Advice, AdviceCategory } from "./types";
