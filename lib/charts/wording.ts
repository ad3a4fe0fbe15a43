// The dashboard charts' one-line captions, worded from their rows (app/_components/charts/series.ts),
// as plain functions so they are tested without a page.

/** A week of the pain chart: highest score per place, null for a week without runs. */
type PainWeek = { pain: Record<string, number | null> };
type Place = { key: string; name: string };

/** "Your last 12 weeks", or "All 6 weeks you have logged" when the log is shorter than the window. */
export function windowHeading(shown: number, window: number): string {
  if (shown >= window) return `Your last ${shown} weeks`;
  return shown === 1 ? "The one week you have logged" : `All ${shown} weeks you have logged`;
}

/** The pain chart's one line: each place's latest and highest score. */
export function painLine(rows: PainWeek[], series: Place[]): string {
  const parts = series.map(({ key, name }) => {
    const highest = Math.max(0, ...rows.map((row) => row.pain[key] ?? 0));
    const now = rows.at(-1)?.pain[key];
    return `${name} ${now === null || now === undefined ? "no runs" : `${now}/10`} this week, highest ${highest}/10`;
  });
  return `${parts.join("; ")}.`;
}
