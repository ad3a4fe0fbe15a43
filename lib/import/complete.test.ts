import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { looksIncomplete } from "./complete";
import { fixture, gpxTrack, northwards } from "./test-files";

const encode = (text: string) => new TextEncoder().encode(text);

describe("looksIncomplete", () => {
  it("passes whole files", () => {
    expect(looksIncomplete(fixture("python-fitparse", "garmin-fenix-5-run.fit"))).toBe(false);
    expect(looksIncomplete(encode(gpxTrack([northwards(5)]) + "\n"))).toBe(false);
    expect(looksIncomplete(zipSync({ "a.gpx": encode(gpxTrack([northwards(5)])) }))).toBe(false);
    expect(looksIncomplete(encode('{"format":"stridewise-log","version":1}\n'))).toBe(false);
    expect(looksIncomplete(encode("date,distance_km\n2025-03-01,5\n"))).toBe(false);
  });

  it("catches files cut short: FIT below its declared size, XML before its root closes, a zip without its directory, JSON", () => {
    const fit = fixture("python-fitparse", "garmin-fenix-5-run.fit");
    expect(looksIncomplete(fit.subarray(0, fit.length - 10))).toBe(true);
    const gpx = gpxTrack([northwards(50)]);
    expect(looksIncomplete(encode(gpx.slice(0, gpx.length / 2)))).toBe(true);
    const zip = zipSync({ "a.gpx": encode(gpx) });
    expect(looksIncomplete(zip.subarray(0, zip.length - 30))).toBe(true);
    expect(looksIncomplete(encode('{"format":"stridewise-log",'))).toBe(true);
    expect(looksIncomplete(new Uint8Array())).toBe(true);
  });
});
