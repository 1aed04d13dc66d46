import { expect, test } from "@playwright/test";
import { clickNode, details, openExplorer } from "./explorerPage";

const sizes = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

for (const size of sizes) {
  test(`looks right on a ${size.name} screen`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openExplorer(page, "?topics=trade&passage=s6");
    await clickNode(page, "meeting-hungary");
    await expect(
      details(page).getByRole("heading", { name: "Tokayev–Novák meeting" }),
    ).toBeVisible();
    // Nothing sticks out sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await testInfo.attach(`${size.name}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
}
