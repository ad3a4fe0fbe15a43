// The parsing half of an import, as request and reply messages, so that it can run in a worker thread
// (lib/server/import-parser.ts) and a hostile or huge file costs that thread's time, not the server's.
// Pure apart from the parsers: the unit tests drive it directly.

import { gzipSync } from "fflate";
import type { StridewiseLog } from "../log-format/schema";
import { storeTrack, type GzippedFile } from "../track/stored";
import type { PainDayInput } from "../validation/run";
import type { ImportUnit } from "./activity-file";
import { readUpload, type UploadContents } from "./detect";
import { IMPORT_CHUNK_SIZE } from "./limits";
import { planLogImport, type PlannedLogRun, type PlannedShoe } from "./log-import";
import { describeImportFailure, ImportError } from "./types";

export type UploadHeader =
  | { kind: "log"; format: "stridewise-log" | "simple CSV"; hasAthlete: boolean; athlete: StridewiseLog["athlete"] }
  | {
      kind: "activities";
      format: string;
      atomic: boolean;
      total: number;
      notes: string[];
      /** One activity file (not an export): the file itself, gzipped, kept with its runs (issue 21). */
      original?: GzippedFile;
    };

export type ParseRequest =
  | { type: "start"; name: string; bytes: Uint8Array }
  /** A log: validate every row in the runner's zone, before anything is written. */
  | { type: "plan"; timezone: string; today: string }
  /** The next items: planned runs of a log, or an upload's activities; `known` source ids are not read again. */
  | { type: "more"; known?: readonly string[] };

export type ParseReply =
  | { type: "header"; header: UploadHeader }
  | { type: "plan"; shoes: PlannedShoe[]; painDays: PainDayInput[]; runs: number }
  | { type: "items"; items: (ImportUnit | PlannedLogRun)[]; done: boolean }
  /** `expected`: a problem with the file (said to the runner); otherwise a fault of the importer. */
  | { type: "failed"; reason: string; expected: boolean };

export type ParseJob = { handle(request: ParseRequest): ParseReply };

function failed(error: unknown): ParseReply {
  const expected = error instanceof ImportError;
  if (!expected) console.error("import parsing failed", error);
  return { type: "failed", reason: describeImportFailure(error), expected };
}

function headerOf(contents: UploadContents, name: string, bytes: Uint8Array): UploadHeader {
  if (contents.kind === "log") return { kind: "log", format: contents.format, hasAthlete: contents.hasAthlete, athlete: contents.log.athlete };
  const { format, atomic, total, notes } = contents;
  // An export's own files are not kept one by one: only a single uploaded activity file is.
  const original = atomic ? { name, gzipped: gzipSync(bytes, { level: 6, filename: name }) } : undefined;
  return { kind: "activities", format, atomic, total, notes, ...(original ? { original } : {}) };
}

/**
 * An activity's samples encoded here, in the worker: what crosses to the server is a few kilobytes of
 * gzipped columns a run-hour, not arrays of numbers, and the server's thread does not encode them.
 */
function packed(unit: ImportUnit): ImportUnit {
  if (unit.kind !== "activity" || !unit.activity.samples) return unit;
  const { samples, ...activity } = unit.activity;
  return { ...unit, activity: { ...activity, track: storeTrack(samples) } };
}

/** One upload at a time: a new "start" forgets the last one. */
export function createParseJob(): ParseJob {
  let contents: UploadContents | undefined;
  let items: Iterator<ImportUnit | PlannedLogRun> | undefined;

  function more(known: readonly string[] | undefined): ParseReply {
    if (!items) {
      if (!contents) throw new Error("no upload started");
      if (contents.kind === "log") throw new Error("a log is planned before its runs are read");
      const sourceIds = new Set(known);
      items = contents.units((activity) => activity.sourceId !== undefined && sourceIds.has(activity.sourceId));
    }
    const batch: (ImportUnit | PlannedLogRun)[] = [];
    while (batch.length < IMPORT_CHUNK_SIZE) {
      const next = items.next();
      if (next.done) return { type: "items", items: batch, done: true };
      batch.push("kind" in next.value ? packed(next.value) : next.value);
    }
    return { type: "items", items: batch, done: false };
  }

  return {
    handle(request) {
      try {
        switch (request.type) {
          case "start":
            items = undefined;
            contents = undefined;
            contents = readUpload(request.name, request.bytes);
            return { type: "header", header: headerOf(contents, request.name, request.bytes) };
          case "plan": {
            if (contents?.kind !== "log") throw new Error("only a log is planned");
            const plan = planLogImport(contents.log, request);
            // The planned runs are all that is left to hand over: the parsed document can go.
            contents = undefined;
            items = plan.runs[Symbol.iterator]();
            return { type: "plan", shoes: plan.shoes, painDays: plan.painDays, runs: plan.runs.length };
          }
          case "more":
            return more(request.known);
        }
      } catch (error) {
        return failed(error);
      }
    },
  };
}
