// The safe way to read GPX and TCX: entity expansion off (no billion laughs, no external entities), a
// well-formedness check first (the parser alone accepts a file cut short), and times read as UTC.

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ImportError } from "./types";

const BOM = 0xfeff;

/** Bytes to text: UTF-8 unless the XML declaration names a Latin-1 encoding; a byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  const latin = declared === "iso-8859-1" || declared === "latin1" || declared === "windows-1252";
  const text = new TextDecoder(latin ? "windows-1252" : "utf-8").decode(bytes);
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** The prolog, comments and a DOCTYPE come before the root, all short: the head of a large file is enough. */
const ROOT_SEARCH_CHARS = 64 * 1024;
const ELEMENT_NAME = /<(?:[\w.-]+:)?([\w.-]+)/y;
/** What ends each construct that may come before the root element. */
const SKIPPED = [["<?", "?>"], ["<!--", "-->"], ["<!DOCTYPE", ">"]] as const;

/**
 * The name of the first element, without a namespace prefix: "gpx", "TrainingCenterDatabase", ...
 * One pass over the head, each position looked at once: a regular expression that removes the prolog
 * took seconds on a file of nothing but unclosed `<!DOCTYPE` (issue 20).
 */
export function rootElementName(text: string): string | undefined {
  const head = text.slice(0, ROOT_SEARCH_CHARS);
  let at = head.indexOf("<");
  while (at !== -1) {
    const skipped = SKIPPED.find(([open]) => head.startsWith(open, at));
    if (skipped) {
      const end = head.indexOf(skipped[1], at + skipped[0].length);
      if (end === -1) return undefined;
      at = head.indexOf("<", end + skipped[1].length);
      continue;
    }
    ELEMENT_NAME.lastIndex = at;
    const name = ELEMENT_NAME.exec(head)?.[1];
    if (name) return name;
    at = head.indexOf("<", at + 1);
  }
  return undefined;
}

/**
 * Parses well-formed XML into plain objects. Elements named in `skipTags` (device extensions: heart rate,
 * cadence) are kept as raw text instead of being turned into objects, which is a quarter of the time.
 */
export function parseXml(
  text: string,
  format: string,
  arrayTags: ReadonlySet<string>,
  skipTags: readonly string[] = [],
): Record<string, unknown> {
  // GPX and TCX never declare entities; a file that does is at best odd and at worst an attack.
  if (/<!ENTITY/i.test(text)) throw new ImportError(`${format} file declares XML entities, which are not accepted`);
  const check = XMLValidator.validate(text);
  if (check !== true) {
    const { msg, line } = check.err;
    // An unclosed element at the end is what a cut-short upload or download looks like.
    const reason = /^Invalid '\[/.test(msg) || /Unclosed|closing tag/i.test(msg)
      ? "it ends before its elements are closed (the file looks truncated)"
      : `${msg.replace(/\s+/g, " ")} (line ${line})`;
    throw new ImportError(`${format} file is not well-formed XML: ${reason}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    jPath: false,
    stopNodes: skipTags.map((tag) => `..${tag}`),
    isArray: (name) => arrayTags.has(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

const XML_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An XML Schema dateTime as epoch milliseconds. GPX requires UTC, so a time without a zone is read as
 * UTC (Date.parse would read it in the server's zone). Undefined for anything else.
 */
export function parseXmlTime(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const match = XML_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const ms = Number(`0.${fraction ?? "0"}`) * 1000;
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(time) ? time : undefined;
}

/** A number from an attribute or element text, or undefined. */
export function numberOf(value: unknown): number | undefined {
  const text = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["#text"] : value;
  if (typeof text !== "string" && typeof text !== "number") return undefined;
  if (typeof text === "string" && text.trim() === "") return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** Element text (elements with attributes come back as objects with a #text field). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && value !== null) return textOf((value as Record<string, unknown>)["#text"]);
  return undefined;
}

/** A child as a list, whether the parser gave one element, a list or nothing. */
export function listOf(value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null || value === "") return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null);
}

/**
 * Heart rate and cadence from a point's device extensions (kept as raw text by parseXml): Garmin's
 * TrackPointExtension in GPX (<gpxtpx:hr>, <gpxtpx:cad>) and its ActivityExtension in TCX (<ns3:RunCadence>).
 */
export function extensionValues(raw: unknown): { hr?: number; cad?: number } {
  const text = (Array.isArray(raw) ? raw : [raw]).map((value) => (typeof value === "string" ? value : (textOf(value) ?? ""))).join("");
  if (!text) return {};
  const read = (pattern: RegExp) => {
    const match = pattern.exec(text);
    const value = match ? Number(match[1]) : NaN;
    return Number.isFinite(value) ? value : undefined;
  };
  const result: { hr?: number; cad?: number } = {};
  const hr = read(/<(?:\w+:)?hr>\s*([\d.]+)\s*</i);
  const cad = read(/<(?:\w+:)?(?:cad|RunCadence)>\s*([\d.]+)\s*</i);
  if (hr !== undefined) result.hr = hr;
  if (cad !== undefined) result.cad = cad;
  return result;
}
