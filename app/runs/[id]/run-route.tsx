import type { RunSamples } from "@/lib/import/samples";
import { routeDrawing } from "@/lib/track/drawing";

const BOX = { width: 600, height: 400, pad: 16 };

/**
 * The route as an SVG drawn on the server from the positions: no map tiles, so it works offline and on
 * a box without internet.
 */
export function RunRoute({ samples, trimmed }: { samples: RunSamples; trimmed: boolean }) {
  const drawing = routeDrawing(samples, BOX);
  if (!drawing) return null;
  return (
    <section className="card" aria-labelledby="route-heading">
      <h2 id="route-heading">Route</h2>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label="The route of the run, north up"
        data-testid="run-route"
        className="run-route"
        width="100%"
      >
        <rect x="0" y="0" width={BOX.width} height={BOX.height} fill="var(--surface)" />
        {drawing.paths.map((d, i) => (
          <path key={i} d={d} fill="none" stroke="var(--accent, #1d4ed8)" strokeWidth="3" strokeLinejoin="round" strokeLinecap="round" />
        ))}
        <circle cx={drawing.start[0]} cy={drawing.start[1]} r="6" fill="#15803d">
          <title>Start</title>
        </circle>
        <circle cx={drawing.end[0]} cy={drawing.end[1]} r="6" fill="#b91c1c">
          <title>Finish</title>
        </circle>
      </svg>
      <p className="muted" style={{ margin: "0.25rem 0 0" }}>
        Green is the start, red the finish.
        {trimmed ? " The start and the finish inside your privacy zone are not drawn." : ""}
      </p>
    </section>
  );
}
