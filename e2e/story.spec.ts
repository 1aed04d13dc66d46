import { expect, test, type Page } from "@playwright/test";
import { openExplorer } from "./explorerPage";

const position = (page: Page, id: string) =>
  page.evaluate((x) => window.__explorer?.nodePosition(x) ?? null, id);
const zoom = (page: Page) => page.evaluate(() => window.__explorer?.zoom() ?? 0);

test.describe("the story layout", () => {
  test("puts the host in the middle of the picture, its meetings around", async ({ page }) => {
    await openExplorer(page);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    const host = await position(page, "tokayev");
    if (!box || !host) throw new Error("no canvas");
    expect(Math.abs(host.x - box.width / 2)).toBeLessThan(box.width * 0.15);
    expect(Math.abs(host.y - box.height / 2)).toBeLessThan(box.height * 0.15);
    const meetings = await Promise.all(
      ["hungary", "slovenia", "iran", "finland", "estonia"].map((s) =>
        position(page, `meeting-${s}`),
      ),
    );
    const distances = meetings.map((m) => (m ? Math.hypot(m.x - host.x, m.y - host.y) : NaN));
    for (const d of distances) expect(d).toBeCloseTo(distances[0] ?? 0, 0);
  });

  test("a force layout is one choice away, goes in the link, and back is the story", async ({
    page,
  }) => {
    await openExplorer(page);
    const layout = page.getByRole("group", { name: "Layout" });
    await expect(layout.getByRole("button", { name: "Story" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const storyHost = await position(page, "tokayev");
    await layout.getByRole("button", { name: "Force" }).click();
    await expect(page).toHaveURL(/\?layout=force$/);
    await expect.poll(() => position(page, "tokayev")).not.toEqual(storyHost);
    await expect(layout.getByRole("button", { name: "Force" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    await page.goBack();
    await expect(layout.getByRole("button", { name: "Story" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect.poll(() => position(page, "tokayev")).toEqual(storyHost);
  });

  test("zoom in, zoom out and fit are buttons over the canvas", async ({ page }) => {
    await openExplorer(page);
    const controls = page.getByRole("group", { name: "Zoom" });
    await controls.getByRole("button", { name: "Fit" }).click();
    const fitted = await zoom(page);
    await controls.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => zoom(page)).toBeGreaterThan(fitted);
    await controls.getByRole("button", { name: "Zoom out" }).click();
    await controls.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => zoom(page)).toBeLessThan(fitted);
    await controls.getByRole("button", { name: "Fit" }).click();
    await expect.poll(() => zoom(page)).toBeCloseTo(fitted, 5);
  });
});
