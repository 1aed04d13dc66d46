import { expect, test } from "@playwright/test";
import { clickNode, details, openExplorer, testGraph } from "./explorerPage";

const sizes = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

/**
 * The page as a person sees it, compared with the committed pictures (e2e/screenshots.spec.ts-
 * snapshots/; `npx playwright test screenshots --update-snapshots` after a change meant to be seen),
 * with a tolerance of three thousandths of the pixels. Cytoscape draws a label either directly or
 * from a texture it caches when the page is idle, which anti-aliases it a little differently; on a
 * busy machine which one a run gets varies (about 2,200 pixels of the desktop picture).
 */
const SAME_PICTURE = { fullPage: true, maxDiffPixelRatio: 0.003 } as const;

for (const size of sizes) {
  test(`looks right on a ${size.name} screen`, async ({ page }) => {
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
    await expect(page).toHaveScreenshot(`seed-${size.name}.png`, SAME_PICTURE);
  });
}

for (const size of sizes) {
  test(`looks right in dark mode on a ${size.name} screen`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: size.width, height: size.height });
    await openExplorer(page, "?node=raisi&hide-relations=setting");
    await expect(details(page).getByRole("heading", { name: "Ebrahim Raisi" })).toBeVisible();
    await expect(page).toHaveScreenshot(`dark-${size.name}.png`, SAME_PICTURE);
  });
}

test("the embedded view looks right", async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await openExplorer(page, "?embed=1&node=meeting-iran");
  await expect(details(page).getByRole("heading", { name: "Tokayev–Raisi meeting" })).toBeVisible();
  await expect(page).toHaveScreenshot("embed.png", SAME_PICTURE);
});

test("a corpus of two sources, laid out in the browser, looks right", async ({ page }) => {
  await openExplorer(page, `?graph=${testGraph("two-sources.valid.json")}&node=varga&article=open`);
  await expect(details(page).getByRole("heading", { name: "Ilse Varga" })).toBeVisible();
  await expect(page).toHaveScreenshot("two-sources-desktop.png", SAME_PICTURE);
});

test("a graph that cannot be read looks right", async ({ page }) => {
  await page.goto(`/?graph=${testGraph("missing-node.invalid.json")}`);
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveScreenshot("bad-graph-desktop.png", SAME_PICTURE);
});
