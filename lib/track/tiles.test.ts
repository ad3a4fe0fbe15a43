// Issue 21: the map-tile maths under the run page's route.
import { describe, expect, it } from "vitest";
import { placeTiles, tileLat, tileLon, tileUrl, tileX, tileY, zoomToFit } from "./tiles";

describe("map tiles", () => {
  it("puts a latitude and longitude in their tile at a zoom", () => {
    // Zoom 0 is one tile for the world; at zoom 1 the prime meridian and the equator split it in four.
    expect(tileX(0, 1)).toBe(1);
    expect(tileY(0, 1)).toBeCloseTo(1, 12);
    expect(tileX(-180, 3)).toBe(0);
    // Ljubljana (46.0569°N, 14.5058°E) at zoom 12 is tile 2213/1456, worked out by hand from the formulas
    // x = (lon + 180) / 360 · 2^z and y = (1 − ln(tan φ + sec φ) / π) / 2 · 2^z.
    expect(Math.floor(tileX(14.5058, 12))).toBe(2213);
    expect(Math.floor(tileY(46.0569, 12))).toBe(1456);
    expect(tileLon(tileX(14.5058, 12), 12)).toBeCloseTo(14.5058, 9);
    expect(tileLat(tileY(46.0569, 12), 12)).toBeCloseTo(46.0569, 9);
    expect(tileUrl("https://tile.example.org/{z}/{x}/{y}.png", 12, 2213, 1456)).toBe("https://tile.example.org/12/2213/1456.png");
  });

  it("picks the highest zoom at which the route's box fits", () => {
    // One tile at zoom z spans 360 / 2^z degrees of longitude: 0.01° is 7.3 px at zoom 10, 466 px at 16.
    const box = { south: 46, north: 46.001, west: 14, east: 14.01 };
    expect(zoomToFit(box, 600, 400)).toBe(16);
    expect(zoomToFit(box, 400, 400)).toBe(15);
    // A box as wide as the world fits only at zoom 0 in 256 px.
    expect(zoomToFit({ south: -80, north: 80, west: -180, east: 180 }, 256, 256)).toBe(0);
  });

  it("places the tiles that cover the view where the drawing's projection puts them", () => {
    const route = { south: 46, north: 46.001, west: 14, east: 14.01 };
    const view = { south: 45.999, north: 46.002, west: 13.999, east: 14.011 };
    // A projection with the Web Mercator pixels of zoom 16 itself: each tile then sits at 256 px steps.
    const project = (lat: number, lon: number): [number, number] => [(tileX(lon, 16) - tileX(view.west, 16)) * 256, (tileY(lat, 16) - tileY(view.north, 16)) * 256];
    const tiles = placeTiles("https://t.example/{z}/{x}/{y}.png", route, view, { width: 600, height: 400 }, project);
    const columns = new Set(tiles.map((tile) => tile.src.split("/")[4]));
    expect(tiles.every((tile) => tile.src.startsWith("https://t.example/16/"))).toBe(true);
    expect(columns.size).toBeGreaterThanOrEqual(3);
    for (const tile of tiles) {
      expect(tile.width).toBeCloseTo(256, 6);
      expect(tile.height).toBeCloseTo(256, 6);
    }
    // The first tile's top left corner is at or left of and above the view's corner.
    expect(Math.min(...tiles.map((tile) => tile.left))).toBeLessThanOrEqual(0);
    expect(Math.min(...tiles.map((tile) => tile.top))).toBeLessThanOrEqual(0);
  });
});
