import { describe, expect, it } from "vitest";
import { painLine, windowHeading } from "./wording";

describe("windowHeading", () => {
  it("names the window when the log fills it", () => {
    expect(windowHeading(12, 12)).toBe("Your last 12 weeks");
  });
  it("says all the weeks there are when the log is shorter than the window", () => {
    expect(windowHeading(6, 12)).toBe("All 6 weeks you have logged");
    expect(windowHeading(16, 26)).toBe("All 16 weeks you have logged");
    expect(windowHeading(1, 12)).toBe("The one week you have logged");
  });
});

describe("painLine", () => {
  const row = (start: string, pain: Record<string, number | null>) => ({ start, pain });
  it("gives each place this week's score and its highest", () => {
    const rows = [row("a", { knee_left: 2, shin_right: null }), row("b", { knee_left: 5, shin_right: 0 }), row("c", { knee_left: 3, shin_right: null })];
    const series = [{ key: "knee_left", name: "Left knee" }, { key: "shin_right", name: "Right shin" }];
    expect(painLine(rows, series)).toBe("Left knee 3/10 this week, highest 5/10; Right shin no runs this week, highest 0/10.");
  });
});
