// Map tiles under the run page's route (issue 21), when the instance admin sets MAP_TILE_URL: the
// usual web-map ("slippy map") tiles, 256 px squares in the Web Mercator projection, z/x/y. Pure maths,
// no map library: the page places plain <img> tiles under the SVG the route is drawn in.

export const TILE_SIZE = 256;
const MAX_ZOOM = 18;

export type LatLonBox = { south: number; north: number; west: number; east: number };

/** The tile column of a longitude at a zoom, with the fraction into the tile. */
export function tileX(lon: number, zoom: number): number {
  return ((lon + 180) / 360) * 2 ** zoom;
}

/** The tile row of a latitude at a zoom (row 0 at the top, near 85°N), with the fraction into the tile. */
export function tileY(lat: number, zoom: number): number {
  const φ = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(φ) + 1 / Math.cos(φ)) / Math.PI) / 2) * 2 ** zoom;
}

export function tileLon(x: number, zoom: number): number {
  return (x / 2 ** zoom) * 360 - 180;
}

export function tileLat(y: number, zoom: number): number {
  const n = Math.PI * (1 - (2 * y) / 2 ** zoom);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/** The highest zoom at which the box's tiles, at their own size, fit in width × height pixels. */
export function zoomToFit(box: LatLonBox, width: number, height: number): number {
  for (let zoom = MAX_ZOOM; zoom > 0; zoom--) {
    const w = (tileX(box.east, zoom) - tileX(box.west, zoom)) * TILE_SIZE;
    const h = (tileY(box.south, zoom) - tileY(box.north, zoom)) * TILE_SIZE;
    if (w <= width && h <= height) return zoom;
  }
  return 0;
}

/** The URL of one tile: {z}, {x} and {y} in the admin's template replaced. */
export function tileUrl(template: string, zoom: number, x: number, y: number): string {
  return template.replaceAll("{z}", String(zoom)).replaceAll("{x}", String(x)).replaceAll("{y}", String(y));
}

export type PlacedTile = { src: string; left: number; top: number; width: number; height: number };

/**
 * The tiles that cover `view` (the lat/lon at the edges of the drawing), placed by `project` (the
 * drawing's own lat/lon to pixels, so tiles and route line up), at the zoom that fits `route`.
 */
export function placeTiles(
  template: string,
  route: LatLonBox,
  view: LatLonBox,
  size: { width: number; height: number },
  project: (lat: number, lon: number) => [number, number],
): PlacedTile[] {
  const zoom = zoomToFit(route, size.width, size.height);
  const count = 2 ** zoom;
  const tiles: PlacedTile[] = [];
  const firstY = Math.max(0, Math.floor(tileY(view.north, zoom)));
  const lastY = Math.min(count - 1, Math.floor(tileY(view.south, zoom)));
  for (let x = Math.floor(tileX(view.west, zoom)); x <= Math.floor(tileX(view.east, zoom)); x++) {
    for (let y = firstY; y <= lastY; y++) {
      const [left, top] = project(tileLat(y, zoom), tileLon(x, zoom));
      const [right, bottom] = project(tileLat(y + 1, zoom), tileLon(x + 1, zoom));
      tiles.push({ src: tileUrl(template, zoom, ((x % count) + count) % count, y), left, top, width: right - left, height: bottom - top });
    }
  }
  return tiles;
}

/** The origin tiles come from ("https://tile.example.org"), for the page's img-src; null for a bad URL. */
export function tileOrigin(template: string | undefined): string | null {
  if (!template) return null;
  try {
    const url = new URL(tileUrl(template, 0, 0, 0));
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}
