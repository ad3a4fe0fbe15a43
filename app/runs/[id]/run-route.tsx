import type { RunSamples } from "@/lib/import/samples";
import { routeDrawing } from "@/lib/track/drawing";
import { placeTiles } from "@/lib/track/tiles";

const BOX = { width: 600, height: 400, pad: 16 };

/** MAP_TILE_URL and MAP_TILE_ATTRIBUTION, when the instance admin set them. */
export type TileSource = { url: string; attribution: string };

const percent = (value: number, of: number) => `${(value / of) * 100}%`;

/**
 * The route as an SVG drawn on the server from the positions: without map tiles it works offline and on
 * a box without internet. With a tile source, plain <img> tiles sit under the SVG, placed by the
 * drawing's own projection so the line falls on the streets, with the provider's credit below.
 */
export function RunRoute({ samples, trimmed, tiles = null }: { samples: RunSamples; trimmed: boolean; tiles?: TileSource | null }) {
  const drawing = routeDrawing(samples, BOX);
  if (!drawing) return null;
  const placed = tiles ? placeTiles(tiles.url, drawing.route, drawing.view, BOX, drawing.project) : [];
  return (
    <section className="card" aria-labelledby="route-heading">
      <h2 id="route-heading">Route</h2>
      <div style={{ position: "relative", overflow: "hidden", aspectRatio: `${BOX.width} / ${BOX.height}`, width: "100%" }}>
        {placed.map((tile) => (
          // eslint-disable-next-line @next/next/no-img-element -- tiles from the admin's server, not optimised by Next
          <img
            key={tile.src}
            src={tile.src}
            alt=""
            data-testid="map-tile"
            style={{
              position: "absolute",
              left: percent(tile.left, BOX.width),
              top: percent(tile.top, BOX.height),
              width: percent(tile.width, BOX.width),
              height: percent(tile.height, BOX.height),
              maxWidth: "none",
            }}
          />
        ))}
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-label="The route of the run, north up"
          data-testid="run-route"
          className="run-route"
          width="100%"
          style={{ position: "absolute", inset: 0, height: "100%" }}
        >
          {placed.length === 0 ? <rect x="0" y="0" width={BOX.width} height={BOX.height} fill="var(--surface)" /> : null}
          {drawing.paths.map((d, i) => (
            <path key={i} d={d} fill="none" stroke="var(--accent, #1d4ed8)" strokeWidth="3" strokeLinejoin="round" strokeLinecap="round" />
          ))}
          {/* Told apart by shape as well as colour: a round start, a square finish. */}
          <circle cx={drawing.start[0]} cy={drawing.start[1]} r="7" fill="var(--ok)" stroke="var(--surface)" strokeWidth="2" data-testid="route-start">
            <title>Start</title>
          </circle>
          <rect x={drawing.end[0] - 7} y={drawing.end[1] - 7} width="14" height="14" fill="var(--high)" stroke="var(--surface)" strokeWidth="2" data-testid="route-finish">
            <title>Finish</title>
          </rect>
        </svg>
      </div>
      {placed.length > 0 && tiles?.attribution ? (
        <p className="muted" data-testid="map-attribution" style={{ margin: "0.25rem 0 0", fontSize: "0.8rem" }}>
          Map: {tiles.attribution}
        </p>
      ) : null}
      <p className="muted" style={{ margin: "0.25rem 0 0" }}>
        The green circle is the start, the red square the finish.
        {trimmed ? " The start and the finish inside your privacy zone are not drawn." : ""}
      </p>
    </section>
  );
}
