import { expect, type Page } from "@playwright/test";

export type PainSpec = { location: string; side: string; score: number };
export type RunSpec = { date?: string; km: number; duration?: string; pain?: PainSpec[] };

/** Today's date as the app sees it for this runner: the run form's default date. */
export async function appToday(page: Page): Promise<string> {
  await page.goto("/runs/new");
  return page.getByLabel("Date").inputValue();
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Logs a run through the form, as a runner would, and waits for the confirmation. */
export async function logRun(page: Page, run: RunSpec) {
  await page.goto("/runs/new");
  if (run.date) await page.getByLabel("Date").fill(run.date);
  await page.getByLabel(/^Distance/).fill(String(run.km));
  if (run.duration) await page.getByLabel("Duration").fill(run.duration);
  for (const [index, pain] of (run.pain ?? []).entries()) {
    await page.getByRole("button", { name: "Add pain" }).click();
    const group = page.getByRole("group", { name: `Pain ${index + 1}` });
    await group.getByLabel("Where").selectOption(pain.location);
    await group.getByLabel("Side").selectOption(pain.side);
    await group.getByLabel(`Pain ${pain.score} of 10`).check({ force: true });
  }
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();
}
