// Issue 21: a recent run on the dashboard opens the run's page, not its edit form.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecentRuns } from "./recent-runs";

describe("the dashboard's recent runs", () => {
  it("link each run to its page", () => {
    const html = renderToStaticMarkup(
      <RecentRuns runs={[{ id: "run1", localDate: "2026-11-30", distanceM: 8000, durationS: 2700, type: "easy", pain: [] }]} units="km" />,
    );
    expect(html).toContain('href="/runs/run1"');
    expect(html).not.toContain("/edit");
  });
});
