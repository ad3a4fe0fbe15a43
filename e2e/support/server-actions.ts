// Calling a page's server actions directly, as a hand-made request would: the cross-user tests learn
// an action's id by using it on the attacker's own data, then send it the victim's ids.
import type { Page } from "@playwright/test";

/** Runs `act` and returns the id of the server action the page called. */
export async function actionIdOf(page: Page, act: () => Promise<void>): Promise<string> {
  const seen = page.waitForRequest((request) => Boolean(request.headers()["next-action"]));
  await act();
  return (await seen).headers()["next-action"]!;
}

/** Posts `args` to the action `actionId` on `path` with the attacker's session; returns the status. */
export async function callAction(page: Page, actionId: string, path: string, args: unknown[]): Promise<number> {
  const response = await page.request.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  return response.status();
}
