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

test.describe("the view goes where you look", () => {
  const classes = (page: Page, id: string) =>
    page.evaluate((x) => window.__explorer?.classes(x) ?? [], id);

  test("a link to the Raisi meeting opens on its neighbourhood, the rest faded", async ({
    page,
  }) => {
    await openExplorer(page);
    const whole = await zoom(page);
    await page.goto("/?node=meeting-iran");
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    expect(await zoom(page)).toBeGreaterThan(whole);
    expect(await classes(page, "raisi")).not.toContain("faded");
    expect(await classes(page, "karis")).toContain("faded");
    const box = await page.getByTestId("graph-canvas").boundingBox();
    const raisi = await position(page, "raisi");
    if (!box || !raisi) throw new Error("no canvas");
    expect(raisi.x).toBeGreaterThan(0);
    expect(raisi.x).toBeLessThan(box.width);

    // Clearing brings back the whole picture.
    await page.keyboard.press("Escape");
    await expect.poll(() => classes(page, "karis")).not.toContain("faded");
    await expect.poll(() => zoom(page)).toBeCloseTo(whole, 5);
  });

  test("a node the filters hide shows with its relations when chosen, and a note says so", async ({
    page,
  }) => {
    await openExplorer(page, "?topics=visas");
    await page.getByRole("combobox", { name: /Search/ }).fill("Petofi");
    await page
      .getByRole("listbox", { name: "Suggestions" })
      .getByRole("option", { name: /Sándor Petőfi/ })
      .first()
      .click();
    await expect
      .poll(() => page.evaluate(() => window.__explorer?.visibleEdges() ?? []))
      .toEqual(
        expect.arrayContaining(["astana.street_named_after.petofi", "petofi.national_of.hungary"]),
      );
    await expect(page.getByRole("note")).toHaveText(
      "Showing 3 nodes and 2 relations that the filters would hide, for Sándor Petőfi.",
    );
    // The counts are what is on screen: one person.
    await expect(page.locator("#kind-count-person")).toHaveText("1 shown");
  });

  test("several topics say how they combine, and match any or all", async ({ page }) => {
    await openExplorer(page, "?topics=logistics,pharmaceuticals");
    const match = page.getByRole("radiogroup", { name: "Show meetings that raise" });
    await expect(match.getByRole("radio", { name: "any of them" })).toBeChecked();
    expect(await page.evaluate(() => window.__explorer?.visibleNodes() ?? [])).toContain(
      "meeting-iran",
    );
    await match.getByRole("radio", { name: "all of them" }).check();
    await expect(page).toHaveURL(/match=all/);
    await expect
      .poll(() => page.evaluate(() => window.__explorer?.visibleNodes() ?? []))
      .not.toContain("meeting-iran");
    expect(await page.evaluate(() => window.__explorer?.visibleNodes() ?? [])).toContain(
      "meeting-slovenia",
    );
  });
});

test.describe("readable at every size", () => {
  const labels = (page: Page) =>
    page.evaluate(() => {
      const handle = window.__explorer;
      return (handle?.visibleNodes() ?? []).map((id) => ({ id, px: handle?.labelPx(id) ?? null }));
    });

  test("on a laptop, every label of the fitted picture is at least 11 px", async ({ page }) => {
    await openExplorer(page);
    const drawn = await labels(page);
    expect(drawn.filter((l) => l.px === null)).toEqual([]);
    for (const { id, px } of drawn) expect(px, id).toBeGreaterThanOrEqual(11);
  });

  test("a phone opens on the host, the meetings and the counterparts, named, not a hairball", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page);
    const drawn = await labels(page);
    const core = ["tokayev", "meeting-iran", "meeting-hungary", "raisi", "novak"];
    for (const id of core) {
      const px = drawn.find((l) => l.id === id)?.px ?? 0;
      expect(px, id).toBeGreaterThanOrEqual(11);
    }
    // The rest are drawn small and unnamed until the reader zooms in; no label is tiny.
    for (const { id, px } of drawn) if (px !== null) expect(px, id).toBeGreaterThanOrEqual(11);
    expect(drawn.find((l) => l.id === "osce")?.px ?? null).toBeNull();
  });
});
