// The route and the charts of the run's page as SVG path data (issue 21): drawn on the server from the
// samples, no map tiles and no script, so the page works offline and under a strict CSP.

import type { RunSamples } from "../import/samples";
import type { LatLonBox } from "./tiles";

/** More points than this add nothing at the page's size; the path keeps every nth. */
const MAX_PATH_POINTS = 1500;

export type Box = { width: number; height: number; pad: number };

const stepOf = (count: number) => Math.max(1, Math.ceil(count / MAX_PATH_POINTS));
const n = (value: number) => value.toFixed(1);

/**
 * The route in a box, north up, with the same scale both ways (longitude shrunk by the cosine of the
 * latitude), one path per recorded segment. Null when there are fewer than two positions.
 */
export type RouteDrawing = {
  paths: string[];
  start: [number, number];
  end: [number, number];
  /** The route's extent and the lat/lon at the box's edges, and the drawing's lat/lon to pixels (for map tiles). */
  route: LatLonBox;
  view: LatLonBox;
  project: (lat: number, lon: number) => [number, number];
};

export function routeDrawing(samples: RunSamples, box: Box): RouteDrawing | null {
  const indexes = samples.t.map((_, i) => i).filter((i) => Number.isFinite(samples.lat[i]) && Number.isFinite(samples.lon[i]));
  if (indexes.length < 2) return null;
  const lats = indexes.map((i) => samples.lat[i]!);
  const lons = indexes.map((i) => samples.lon[i]!);
  const minLat = lats.reduce((a, b) => Math.min(a, b));
  const maxLat = lats.reduce((a, b) => Math.max(a, b));
  const minLon = lons.reduce((a, b) => Math.min(a, b));
  const maxLon = lons.reduce((a, b) => Math.max(a, b));
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * cos, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = Math.min((box.width - 2 * box.pad) / spanX, (box.height - 2 * box.pad) / spanY);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (box.height - spanY * scale) / 2;
  const project = (lat: number, lon: number): [number, number] => [offsetX + (lon - minLon) * cos * scale, box.height - offsetY - (lat - minLat) * scale];
  const at = (i: number) => project(samples.lat[i]!, samples.lon[i]!);
  const breaks = new Set(samples.breaks);
  const step = stepOf(indexes.length);
  const paths: string[] = [];
  let current = "";
  indexes.forEach((i, k) => {
    const newSegment = current === "" || [...breaks].some((b) => b > indexes[k - 1]! && b <= i);
    if (!newSegment && k % step !== 0 && k !== indexes.length - 1) return;
    const [x, y] = at(i);
    if (newSegment && current) {
      paths.push(current);
      current = "";
    }
    current += `${current ? "L" : "M"}${n(x)} ${n(y)}`;
  });
  if (current) paths.push(current);
  const view = {
    west: minLon - offsetX / (cos * scale),
    east: minLon + (box.width - offsetX) / (cos * scale),
    south: minLat - offsetY / scale,
    north: minLat + (box.height - offsetY) / scale,
  };
  return { paths, start: at(indexes[0]!), end: at(indexes.at(-1)!), route: { south: minLat, north: maxLat, west: minLon, east: maxLon }, view, project };
}

/** A line chart of y over x in a box (the elevation profile, the heart rate), with its ranges for the axes. */
export function lineChart(xs: readonly number[], ys: readonly number[], box: Box, floor?: { min: number; max: number }) {
  const points = xs.map((x, i) => [x, ys[i]!] as const).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (points.length < 2) return null;
  const minX = points[0]![0];
  const maxX = points.at(-1)![0];
  const minY = Math.min(floor?.min ?? Infinity, points.reduce((a, [, y]) => Math.min(a, y), Infinity));
  const maxY = Math.max(floor?.max ?? -Infinity, points.reduce((a, [, y]) => Math.max(a, y), -Infinity));
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1);
  const x = (value: number) => box.pad + ((value - minX) / spanX) * (box.width - 2 * box.pad);
  const y = (value: number) => box.height - box.pad - ((value - minY) / spanY) * (box.height - 2 * box.pad);
  const step = stepOf(points.length);
  const kept = points.filter((_, i) => i % step === 0 || i === points.length - 1);
  const line = kept.map(([px, py], i) => `${i === 0 ? "M" : "L"}${n(x(px))} ${n(y(py))}`).join("");
  return { line, minY, maxY, y };
}
