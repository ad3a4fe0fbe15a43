import { describe, expect, it } from "vitest";
import { rootElementName } from "./xml";

describe("rootElementName: the first element after the prolog", () => {
  it.each([
    ["a bare root", "<gpx version='1.1'>", "gpx"],
    ["a namespace prefix", "<tcd:TrainingCenterDatabase xmlns:tcd='x'>", "TrainingCenterDatabase"],
    ["a declaration, a comment and a DOCTYPE first", "<?xml version='1.0'?>\n<!-- from <watch> -->\n<!DOCTYPE gpx>\n<gpx>", "gpx"],
    ["a DOCTYPE with an internal subset", "<!DOCTYPE gpx [<!ELEMENT gpx ANY>]><gpx>", "gpx"],
    ["text before the root", "junk <kml>", "kml"],
  ])("reads %s", (_name, text, root) => {
    expect(rootElementName(text)).toBe(root);
  });

  it.each([
    ["an unclosed comment", "<!-- <gpx>"],
    ["an unclosed declaration", "<?xml <gpx>"],
    ["a DOCTYPE that never ends", "<!DOCTYPE".repeat(7000)],
    ["no element", "<<<< >>>>"],
  ])("finds nothing in %s", (_name, text) => {
    expect(rootElementName(text)).toBeUndefined();
  });

  it("only looks at the head of a file", () => {
    expect(rootElementName(`${" ".repeat(64 * 1024)}<gpx>`)).toBeUndefined();
  });
});
