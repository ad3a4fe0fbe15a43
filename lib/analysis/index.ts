// The analyser's public API. Everything else in lib/analysis is an implementation detail.

export { analyse } from "./analyse";
export { addDays, daysBetween, localDateOf, weekStartOf } from "./dates";
export * from "./types";
