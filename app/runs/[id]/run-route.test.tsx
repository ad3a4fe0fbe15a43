// Issue 21: with MAP_TILE_URL the route is drawn over map tiles with the provider's credit; without it,
// the SVG alone.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { northTrack, steady } from "@/lib/track/test-tracks";
import { ElevationProfile, HeartRateChart } from "./run-charts";
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

describe("the run page's charts and markers", () => {
  it("tells the finish from the start by shape, and says so", () => {
    const html = renderToStaticMarkup(<RunRoute samples={samples} trimmed={false} />);
    expect(html).toMatch(/<circle[^>]+data-testid="route-start"/);
    expect(html).toMatch(/<rect[^>]+data-testid="route-finish"/);
    expect(html).toContain("The green circle is the start, the red square the finish.");
  });

  it("labels the elevation and heart-rate charts in page text, with both axes, outside the drawing", () => {
    const track = { ...samples, hr: samples.t.map((t) => 120 + Math.round(t / 60)), ele: samples.t.map((t) => 100 + t / 100) };
    const along = track.t.map((t) => t * 3);
    for (const html of [
      renderToStaticMarkup(<ElevationProfile samples={track} along={along} units="km" />),
      renderToStaticMarkup(<HeartRateChart samples={track} maxHr={null} />),
    ]) {
      const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
      // No text inside the SVG: it would shrink and grow with the chart's width.
      expect(svg).not.toContain("<text");
      expect(html).toMatch(/data-testid="chart-top">[\d.]+ (m|bpm)</);
      expect(html).toMatch(/data-testid="chart-from">(0 km|0:00)</);
      expect(html).toMatch(/data-testid="chart-to">(1\.8 km|10:00)</);
    }
  });

  it("draws heart rate in the alert colour token, which reads on the dark theme too", () => {
    const track = { ...samples, hr: samples.t.map(() => 140) };
    const html = renderToStaticMarkup(<HeartRateChart samples={track} maxHr={null} />);
    expect(html).toContain('stroke="var(--high)"');
    expect(html).not.toContain("#b91c1c");
  });
});
