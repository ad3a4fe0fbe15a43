// Issue 21: with MAP_TILE_URL the route is drawn over map tiles with the provider's credit; without it,
// the SVG alone.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { northTrack, steady } from "@/lib/track/test-tracks";
import { RunRoute } from "./run-route";

const samples = northTrack(steady(600, 3));

describe("the run page's route", () => {
  it("draws no tiles without a tile source", () => {
    const html = renderToStaticMarkup(<RunRoute samples={samples} trimmed={false} />);
    expect(html).toContain('data-testid="run-route"');
    expect(html).not.toContain("<img");
    expect(html).not.toContain("map-attribution");
  });

  it("puts tiles from the admin's template under the route, with the attribution", () => {
    const tiles = { url: "https://tile.example.org/{z}/{x}/{y}.png", attribution: "© OpenStreetMap contributors" };
    const html = renderToStaticMarkup(<RunRoute samples={samples} trimmed={false} tiles={tiles} />);
    // 1.8 km due north at 14°E: zoom 14 fits it in 400 px, and 14°E is in column 8829 at that zoom.
    expect(html).toMatch(/<img[^>]+src="https:\/\/tile\.example\.org\/14\/8829\/\d+\.png"/);
    expect(html).toContain("Map: © OpenStreetMap contributors");
  });
});
