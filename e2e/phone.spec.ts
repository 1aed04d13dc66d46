import { expect, test, type Page } from "@playwright/test";
import { canvasPoint, details, openExplorer } from "./explorerPage";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Finger = { x: number; y: number };

/** Drags fingers across the page as a touch screen would report it (CDP touch events). */
async function swipe(page: Page, from: Finger[], to: Finger[], steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const points = (fingers: Finger[]) => fingers.map((f, id) => ({ x: f.x, y: f.y, id }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(from) });
  for (let i = 1; i <= steps; i += 1) {
    const at = from.map((f, k) => ({
      x: f.x + ((to[k]?.x ?? f.x) - f.x) * (i / steps),
      y: f.y + ((to[k]?.y ?? f.y) - f.y) * (i / steps),
    }));
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(at) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const pan = (page: Page) => page.evaluate(() => window.__explorer?.nodePosition("tokayev") ?? null);

test.describe("on a phone", () => {
  test("the canvas is tall, and the filters are a tap away, not below the article", async ({
    page,
  }) => {
    await openExplorer(page, "?passage=s6");
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThan(844 * 0.6);
    const panels = page.getByRole("navigation", { name: "Panels" });
    await expect(panels.getByRole("button", { name: "Article" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await panels.getByRole("button", { name: "Filters" }).tap();
    await expect(page.getByRole("region", { name: "Article" })).toBeHidden();
    const trade = page.getByRole("checkbox", { name: "Trade" });
    // The filters start right below the canvas, not after the article: a short scroll away.
    const top = await trade.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(844 * 1.25);
    await trade.scrollIntoViewIfNeeded();
    await expect(trade).toBeInViewport();
    await trade.tap();
    await expect(page).toHaveURL(/topics=trade/);
  });

  test("one finger scrolls the page, two fingers move the picture, a tap selects", async ({
    page,
  }) => {
    await openExplorer(page);
    await expect(details(page)).toContainText("two fingers");
    await expect(details(page)).not.toContainText("Hover");
    // The article makes the page long enough to scroll.
    await page
      .getByRole("navigation", { name: "Panels" })
      .getByRole("button", { name: "Article" })
      .tap();
    const box = await page.getByTestId("graph-canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const before = await pan(page);
    const middle = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.8 };
    await swipe(page, [middle], [{ x: middle.x, y: middle.y - 250 }]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await pan(page)).toEqual(before);

    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const top = await page.getByTestId("graph-canvas").boundingBox();
    if (!top) throw new Error("no canvas");
    const a = { x: top.x + 120, y: top.y + 200 };
    const b = { x: top.x + 220, y: top.y + 200 };
    await swipe(
      page,
      [a, b],
      [
        { x: a.x + 60, y: a.y + 40 },
        { x: b.x + 60, y: b.y + 40 },
      ],
    );
    await expect.poll(async () => (await pan(page))?.x ?? 0).toBeGreaterThan((before?.x ?? 0) + 30);

    const host = await pan(page);
    if (!host) throw new Error("the host is not drawn");
    const at = await canvasPoint(page, host);
    await page.touchscreen.tap(at.x, at.y);
    await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Tokayev");
  });
});
