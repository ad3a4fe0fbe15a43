import AxeBuilder from "@axe-core/playwright";
import { buildOpenApiDocument } from "../lib/api/openapi";
import { expect, test } from "./support/fixtures";
import { screenshotsAtWidths } from "./support/screenshots";

// Settings links to a readable API reference (issue 17): the OpenAPI document rendered on the server as
// HTML, every operation with its parameters, body and responses, and the schemas, with no viewer assets.

test("Settings leads to the API reference, which lists every operation and schema", async ({ page }, testInfo) => {
  // A long page: axe and four pictures of it take a while on a busy machine.
  test.slow();
  const external: string[] = [];
  page.on("request", (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== "localhost" && hostname !== "127.0.0.1") external.push(request.url());
  });
  await page.goto("/settings");
  await page.getByRole("link", { name: "the API reference" }).click();
  await expect(page).toHaveURL(/\/settings\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const openapi = buildOpenApiDocument();
  const count = Object.values(openapi.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
  await expect(page.getByTestId("api-operation")).toHaveCount(count);

  const put = page.getByRole("article", { name: "PUT /api/v1/shoes/{id}" });
  await expect(put).toContainText("fields left out stay as they are");
  await expect(put.getByRole("region", { name: "Parameters of PUT /api/v1/shoes/{id}" })).toContainText("path");
  await put.getByRole("link", { name: "ShoeUpdate" }).click();
  await expect(page).toHaveURL(/#schema-ShoeUpdate$/);
  const schema = page.getByRole("article", { name: "ShoeUpdate" });
  await expect(schema.getByRole("row", { name: /retired/ })).toContainText("boolean");
  await expect(page.getByRole("article", { name: "GET /api/health" })).toContainText("No token needed.");

  expect(external).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await screenshotsAtWidths(page, testInfo, "api-reference", { fullPage: false });
});
