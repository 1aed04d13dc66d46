import { expect, test } from "@playwright/test";

test("the production build opens in Chromium", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { name: /bilateral meetings at the 78th UN General Assembly/ }),
  ).toBeVisible();
});
