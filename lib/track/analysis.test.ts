import { describe, expect, it } from "vitest";
import { analyseTrack } from "./analysis";
import { northTrack, steady } from "./test-tracks";

describe("analyseTrack", () => {
  it("splits a flat 2.5 km at 4 m/s into two whole kilometres and a half, with no climbing", () => {
    const result = analyseTrack(northTrack(steady(625, 4)), 1000);
    expect(result.distanceM).toBeCloseTo(2500, 0);
    expect(result.movingSec).toBe(625);
    expect(result.elapsedSec).toBe(625);
    expect(result.splits.map((split) => [split.distanceM, split.movingSec, split.ascentM, split.descentM])).toEqual([
      [1000, 250, 0, 0],
      [1000, 250, 0, 0],
      [500, 125, 0, 0],
    ]);
    expect(result.splits.map((split) => split.avgHr)).toEqual([140, 140, 140]);
    expect([result.ascentM, result.descentM]).toEqual([0, 0]);
  });

  it("counts an up-and-down of 60 m once each way, in the splits where it happened", () => {
    // 1 m every 5 s up to 60 m at 1200 m, then down again to 0 m at 2400 m.
    const result = analyseTrack(northTrack(steady(600, 4, (i) => (i <= 300 ? Math.floor(i / 5) : Math.floor((600 - i) / 5)))), 1000);
    expect([result.ascentM, result.descentM]).toEqual([60, 60]);
    expect(result.splits.map((split) => split.ascentM)).toEqual([48, 12, 0]);
    expect(result.splits.map((split) => split.descentM)).toEqual([0, 39, 21]);
  });

  it("leaves out a height jump no runner makes: a start-up spike, and a recalibration that stays", () => {
    // As in activity-small-fenix2-run.fit: 55 m, then 142 m for three seconds, then 56 m again.
    const spike = analyseTrack(northTrack(steady(600, 4, (i) => (i >= 1 && i <= 3 ? 142 : 55))), 1000);
    expect([spike.ascentM, spike.descentM]).toEqual([0, 0]);
    // A barometer reset 30 m up at 10 minutes, then a real 12 m climb from there.
    const reset = analyseTrack(northTrack(steady(1200, 4, (i) => (i < 600 ? 100 : 130 + Math.min(12, Math.floor((i - 600) / 10))))), 1000);
    expect([reset.ascentM, reset.descentM]).toEqual([12, 0]);
  });

  it("counts a steep real climb in full, even from readings 20 s apart", () => {
    // 0.6 m/s up (a vertical-kilometre pace) for 200 s, read every second and every 20 s.
    const climb = (i: number) => 100 + Math.min(120, 0.6 * i);
    const everySecond = analyseTrack(northTrack(steady(400, 2, climb)), 1000);
    expect(everySecond.ascentM).toBeCloseTo(120, 0);
    const sparse = northTrack(steady(400, 2, climb).filter((_, i) => i % 20 === 0));
    expect(analyseTrack(sparse, 1000).ascentM).toBeCloseTo(120, 0);
    // A fast descent of 3 m/s read once a minute: 180 m between readings, all of it counted.
    const descent = northTrack(steady(600, 3, (i) => 2000 - 3 * i).filter((_, i) => i % 60 === 0));
    expect(analyseTrack(descent, 1000).descentM).toBeCloseTo(1800, 0);
  });

  it("counts every height change of a track without times, however far apart its points", () => {
    // A route drawn on a map: a point every 150 m on a 10 % grade, 15 m up each, then back down.
    const drawn = northTrack(steady(40, 150, (i) => 100 + 15 * (i <= 20 ? i : 40 - i)).map((point) => ({ ...point, t: Number.NaN })));
    const result = analyseTrack(drawn, 1000);
    expect([result.ascentM, result.descentM]).toEqual([300, 300]);
  });

  it("ignores height noise smaller than the threshold", () => {
    const result = analyseTrack(northTrack(steady(600, 4, (i) => 100 + (i % 2) * 2)), 1000);
    expect([result.ascentM, result.descentM]).toEqual([0, 0]);
  });

  it("leaves a pause out of the moving time and the split's pace, but not the elapsed time", () => {
    const first = steady(250, 4);
    const standing = Array.from({ length: 60 }, (_, i) => ({ t: 251 + i, d: 1000 }));
    const second = steady(250, 4).slice(1).map((p) => ({ ...p, t: p.t + 310, d: p.d + 1000 }));
    const result = analyseTrack(northTrack([...first, ...standing, ...second]), 1000);
    expect(result.movingSec).toBe(500);
    expect(result.elapsedSec).toBe(560);
    expect(result.splits.map((split) => split.movingSec)).toEqual([250, 250]);
  });

  it("adds nothing across a recorded pause (a new segment) even when the runner moved", () => {
    const first = steady(100, 4);
    const second = steady(100, 4).map((p) => ({ ...p, t: p.t + 400, d: p.d + 1000 }));
    const result = analyseTrack(northTrack([...first, ...second], [first.length]), 1000);
    expect(result.distanceM).toBeCloseTo(800, 0);
    expect(result.movingSec).toBe(200);
    expect(result.elapsedSec).toBe(500);
  });

  it("splits by the mile", () => {
    const result = analyseTrack(northTrack(steady(1000, 4)), 1609.344);
    expect(result.splits.map((split) => split.distanceM)).toEqual([1609.3, 1609.3, 781.3]);
    expect(result.splits[0]!.movingSec).toBe(402);
  });
});
