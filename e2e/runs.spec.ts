import { expect, test } from "./support/fixtures";

test.describe("logging runs", () => {
  test("a new runner logs a run with two pain entries, sees its pace in km and miles, edits and deletes it", async ({ page }) => {
    await page.goto("/runs/new");
    await page.getByLabel("Distance (km)").fill("10");
    await page.getByLabel("Duration").fill("50:00");
    await expect(page.getByText("Pace 5:00 /km")).toBeVisible();
    await page.getByLabel("Type").selectOption("tempo");

    await page.getByRole("button", { name: "Add pain" }).click();
    const first = page.getByRole("group", { name: "Pain 1" });
    // Focus moves into the new entry.
    await expect(first.getByLabel("Where")).toBeFocused();
    await first.getByLabel("Where").selectOption("knee");
    await first.getByLabel("Side").selectOption("left");
    await first.getByLabel("Pain 4 of 10").check({ force: true });

    await page.getByRole("button", { name: "Add pain" }).click();
    const second = page.getByRole("group", { name: "Pain 2" });
    await second.getByLabel("Where").selectOption("shin");
    await second.getByLabel("Side").selectOption("right");
    await second.getByLabel("Pain 2 of 10").check({ force: true });
    await second.getByLabel("Swelling").check();

    await page.getByLabel("Notes").fill("Hilly loop");
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();

    await page.goto("/runs");
    const item = page.getByTestId("run-item");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("10 km");
    await expect(item.getByTestId("run-pace")).toHaveText("5:00 /km");
    await expect(item).toContainText("Left knee 4/10");
    await expect(item).toContainText("Right shin 2/10");

    await page.goto("/settings");
    await page.getByLabel("Distance units").selectOption("mi");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.goto("/runs");
    await expect(item.getByTestId("run-pace")).toHaveText("8:03 /mi");
    await expect(item).toContainText("6.21 mi");

    await item.getByRole("link", { name: /Edit the run/ }).click();
    await expect(page.getByLabel("Distance (miles)")).toHaveValue("6.21");
    await page.getByLabel("Distance (miles)").fill("5");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Changes saved" })).toBeVisible();
    await page.goto("/runs");
    await expect(item).toContainText("5 mi");
    await expect(item).toContainText("Right shin 2/10");

    await item.getByRole("link", { name: /Edit the run/ }).click();
    await page.getByRole("button", { name: "Delete run" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await page.getByRole("button", { name: "Delete run" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByText("Run deleted.")).toBeVisible();
    await expect(page.getByTestId("run-item")).toHaveCount(0);
  });

  test("invalid input is named beside each field and nothing is saved", async ({ page }) => {
    await page.goto("/runs/new");
    await page.getByLabel("Distance (km)").fill("1200");
    await page.getByLabel("Duration").fill("12");
    await page.getByLabel("Effort (1-10)").fill("14");
    await page.getByRole("button", { name: "Save run" }).click();

    await expect(page.getByText("Nothing was saved")).toBeVisible();
    await expect(page.getByLabel("Distance (km)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("at most 1000 km")).toBeVisible();
    await expect(page.getByText("Enter the time as h:mm:ss or mm:ss")).toBeVisible();
    await expect(page.getByText("Effort is from 1 to 10")).toBeVisible();
    // What was typed is still there to correct.
    await expect(page.getByLabel("Distance (km)")).toHaveValue("1200");

    await page.getByLabel("Distance (km)").fill("10");
    await page.getByLabel("Duration").fill("15:00");
    await page.getByLabel("Effort (1-10)").fill("5");
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByText("faster than 2:00 per km")).toBeVisible();

    // Two fields wrong: the focus goes to the first of them in the form, the date.
    await page.getByLabel("Date").fill("2099-01-01");
    await page.getByLabel("Distance (km)").fill("ten");
    await page.getByLabel("Duration").fill("55:00");
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByText("cannot be later than tomorrow")).toBeVisible();
    await expect(page.getByLabel("Date")).toBeFocused();

    await page.goto("/runs");
    await expect(page.getByTestId("run-item")).toHaveCount(0);
  });

  test("pain without a score is refused, and pain on a rest day is kept and can be corrected", async ({ page }) => {
    await page.goto("/runs/new");
    await page.getByLabel("Distance (km)").fill("5");
    await page.getByRole("button", { name: "Add pain" }).click();
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByText("Pain must be a number from 0 to 10")).toBeVisible();

    await page.goto("/pain/new");
    // No run that day: nothing asks when in the run it hurt.
    await expect(page.getByLabel("When")).toHaveCount(0);
    await expect(page.getByLabel("Got worse during the run")).toHaveCount(0);
    await page.getByLabel("Where").selectOption("achilles");
    await page.getByLabel("Side").selectOption("right");
    await page.getByLabel("Pain 3 of 10").check({ force: true });
    await page.getByRole("button", { name: "Save pain" }).click();
    await expect(page.getByText("Pain saved")).toBeVisible();
    await expect(page.getByText("Right achilles 3/10")).toBeVisible();

    // It was worse than first noted: the entry is corrected, not logged twice.
    await page.getByRole("link", { name: /^Edit the right achilles pain of/ }).click();
    await expect(page.getByRole("heading", { name: "Edit rest-day pain" })).toBeVisible();
    await expect(page.getByLabel("Where")).toHaveValue("achilles");
    await expect(page.getByLabel("Pain 3 of 10")).toBeChecked();
    await page.getByLabel("Pain 7 of 10").check({ force: true });
    await page.getByLabel("Swelling").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/pain\/new\?updated=raised$/);
    await expect(page.getByRole("status")).toHaveText("Pain entry updated. It raised a warning. See it, and its advice, in Alerts");
    await expect(page.locator("[data-pain-id]")).toHaveCount(1);
    await expect(page.getByText("Right achilles 7/10")).toBeVisible();
    await page.getByRole("link", { name: "See it, and its advice, in Alerts" }).click();
    await expect(page.locator('[data-testid=alert-card][data-rule="PAIN_REDFLAG"]')).toContainText("right Achilles");

    // Deleting asks first; "Keep it" keeps it.
    await page.goto("/pain/new");
    await page.getByRole("button", { name: /^Delete the right achilles pain of/ }).click();
    await expect(page.getByRole("group", { name: /^Delete the right achilles pain of .*cannot be undone/ })).toBeVisible();
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(page.locator("[data-pain-id]")).toHaveCount(1);
    await page.getByRole("button", { name: /^Delete the right achilles pain of/ }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.locator("[data-pain-id]")).toHaveCount(0);

    // New pain that raises a warning shows it right away, as a run does.
    await page.goto("/pain/new");
    await page.getByLabel("Where").selectOption("shin");
    await page.getByLabel("Pain 8 of 10").check({ force: true });
    await page.getByRole("button", { name: "Save pain" }).click();
    await expect(page.getByRole("heading", { name: /^This pain raised/ })).toBeVisible();
    // 8/10 is severe pain; noted on a rest day it is also pain that has not settled by the morning.
    const raised = page.getByRole("status").locator("article");
    await expect(raised.filter({ hasText: "Severe pain: left shin" })).toBeVisible();
    await expect(raised.filter({ hasText: "Pain the next morning: left shin" })).toBeVisible();
  });

  test("shoes: add one as default, it is preselected, and its total grows", async ({ page }) => {
    await page.goto("/shoes");
    await page.getByLabel("Name").fill("Trail Blazer <b>2</b>");
    await page.getByLabel("Km so far").fill("100");
    await page.getByLabel("Use for new runs by default").check();
    await page.getByRole("button", { name: "Add shoe" }).click();
    await expect(page.getByRole("status")).toContainText("Added Trail Blazer <b>2</b>");

    await page.goto("/runs/new");
    await expect(page.getByLabel("Shoe").locator("option:checked")).toHaveText("Trail Blazer <b>2</b>");
    await page.getByLabel("Distance (km)").fill("12.5");
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByRole("heading", { name: "Run saved" })).toBeVisible();

    await page.goto("/shoes");
    const row = page.getByTestId("shoe-row");
    await expect(row).toContainText("113 km");
    await expect(row).toContainText("(default)");
    await row.getByRole("button", { name: /Retire/ }).click();
    await expect(row).toContainText("(retired)");
  });
});
