import { expect, test, type Page } from "@playwright/test";
import { familyOf, RELATION_FAMILIES, RELATION_FAMILY_NAMES } from "../src/model/graph/kinds";
import { article, clickNode, details, graph, openExplorer } from "./explorerPage";

const look = (page: Page, id: string) =>
  page.evaluate((edgeId) => window.__explorer?.edgeLook(edgeId) ?? null, id);
const visibleEdges = (page: Page) =>
  page.evaluate(() => window.__explorer?.visibleEdges().length ?? 0);
const classes = (page: Page, id: string) =>
  page.evaluate((elementId) => window.__explorer?.classes(elementId) ?? [], id);
const relationsOf = (family: string) => graph.edges.filter((e) => familyOf(e.type) === family);

test.describe("relations look like what they are", () => {
  test("each family has its own line, the legend shows it, and a switch hides it", async ({
    page,
  }) => {
    await openExplorer(page);
    const families = RELATION_FAMILY_NAMES.filter((f) => relationsOf(f).length > 0);
    const looks = await Promise.all(families.map((f) => look(page, relationsOf(f)[0]?.id ?? "")));
    // No two families drawn alike: each differs in colour, and in line or arrow too where it can.
    expect(new Set(looks.map((l) => l?.colour)).size).toBe(families.length);
    expect(new Set(looks.map((l) => `${l?.line} ${l?.arrow}`)).size).toBeGreaterThanOrEqual(5);
    expect(looks[families.indexOf("discusses")]?.line).toBe("dotted");

    const legend = page.getByRole("group", { name: "Relations" });
    for (const family of families) {
      await expect(
        legend.getByRole("checkbox", { name: RELATION_FAMILIES[family].label }),
      ).toBeChecked();
    }
    const setting = relationsOf("setting");
    const before = await visibleEdges(page);
    await legend.getByRole("checkbox", { name: RELATION_FAMILIES.setting.label }).click();
    await expect(page).toHaveURL(/hide-relations=setting/);
    await expect.poll(() => visibleEdges(page)).toBe(before - setting.length);
    expect(await classes(page, setting[0]?.id ?? "")).toContain("hidden");
    // Their nodes stay: only the lines go.
    expect(await classes(page, setting[0]?.source ?? "")).not.toContain("hidden");

    await page.reload();
    await expect(
      page
        .getByRole("group", { name: "Relations" })
        .getByRole("checkbox", { name: RELATION_FAMILIES.setting.label }),
    ).not.toBeChecked();
    await expect.poll(() => visibleEdges(page)).toBe(before - setting.length);
  });

  test("an unknown kind of relation in a link is said, the rest applies", async ({ page }) => {
    await openExplorer(page, "?hide-relations=gossip,invitation");
    await expect(page.getByText("There is no kind of relation called “gossip”")).toBeVisible();
    await expect(
      page.getByRole("checkbox", { name: RELATION_FAMILIES.invitation.label }),
    ).not.toBeChecked();
  });
});

test.describe("reading", () => {
  test("“Read the article” opens at what is being read", async ({ page }) => {
    await openExplorer(page);
    await clickNode(page, "raisi");
    await expect(details(page).getByRole("heading", { name: "Ebrahim Raisi" })).toBeVisible();
    await page.getByRole("button", { name: "Read the article" }).click();
    const reading = article(page).locator('[aria-current="true"]');
    await expect(reading).toContainText("Raisi");
    await expect(reading).toBeInViewport();
    await expect(page).toHaveURL(/passage=[^&]*s\d+/);
  });

  test("choosing a sentence's number marks on the graph what it states", async ({ page }) => {
    await openExplorer(page, "?article=open");
    const sentence = graph.passages.find((p) => p.number === 16)?.id;
    const stated = graph.edges.filter((e) => e.evidence.some((s) => s.passage === sentence));
    expect(stated.length).toBeGreaterThan(0);
    await article(page).getByRole("button", { name: "Sentence 16: what it states" }).click();
    for (const edge of stated) {
      await expect.poll(() => classes(page, edge.id)).toContain("selected");
      expect(await classes(page, edge.target)).toContain("end");
    }
    // What it does not state fades.
    expect(await classes(page, "karis")).toContain("faded");
  });
});

test.describe("dark mode", () => {
  test("follows the system, and a switch remembered in the browser overrides it", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openExplorer(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const darkLine = await look(page, "meeting-iran.discusses.visas");

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect.poll(background).not.toBe(darkBackground);
    // The picture is restyled too, not only the page.
    await expect.poll(() => look(page, "meeting-iran.discusses.visas")).not.toEqual(darkLine);

    await page.reload();
    await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("button", { name: "Dark mode" }).click();
    await expect.poll(background).toBe(darkBackground);
  });
});

test.describe("embedded", () => {
  test("embed=1 in a frame shows the canvas and the details, and leads out to the explorer", async ({
    page,
    baseURL,
  }) => {
    // A page of another site's making (the app's own refuses HTML written as a string).
    await page.setContent(
      `<h1>A host page</h1><iframe title="Meetings" src="${baseURL}/?embed=1&node=raisi" width="900" height="600"></iframe>`,
    );
    const frame = page.frameLocator('iframe[title="Meetings"]');
    await expect(frame.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(
      frame
        .getByRole("region", { name: "Details" })
        .getByRole("heading", { name: "Ebrahim Raisi" }),
    ).toBeVisible();
    await expect(frame.getByRole("region", { name: "Filters" })).toHaveCount(0);
    await expect(frame.getByRole("combobox", { name: /Search/ })).toHaveCount(0);
    const out = frame.getByRole("link", { name: "Open in the explorer" });
    await expect(out).toHaveAttribute("href", /node=raisi/);
    await expect(out).not.toHaveAttribute("href", /embed/);
    const reading = frame
      .getByRole("region", { name: "Details" })
      .getByRole("link", { name: /^Read in the article, paragraph \d+$/ })
      .first();
    await expect(reading).toHaveAttribute("href", /passage=[^&]*s\d+/);
    await expect(reading).not.toHaveAttribute("href", /embed/);
    const opened = page.context().waitForEvent("page");
    await out.click();
    const explorer = await opened;
    await expect(explorer.getByRole("region", { name: "Filters" })).toBeVisible();
    await expect(
      explorer
        .getByRole("region", { name: "Details" })
        .getByRole("heading", { name: "Ebrahim Raisi" }),
    ).toBeVisible();
  });
});

test.describe("the keyboard on the canvas", () => {
  test("reaches relations too, and shows its keys while it is there", async ({ page }) => {
    await openExplorer(page);
    const keys = page.locator("#canvas-keys");
    expect((await keys.boundingBox())?.height ?? 0).toBeLessThan(2);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("application", { name: "Graph canvas" })).toBeFocused();
    await expect.poll(async () => (await keys.boundingBox())?.height ?? 0).toBeGreaterThan(20);
    await expect(keys).toContainText("R goes through a node’s relations");

    await page.keyboard.press("r");
    const announcer = page.getByTestId("announcer");
    await expect(announcer).toContainText(/Relation 1 of \d+\. Enter selects\./);
    const sentence = ((await announcer.textContent()) ?? "").split(". Relation")[0] ?? "";
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/edge=/);
    await expect(details(page)).toContainText(sentence);

    await page.getByRole("button", { name: "Copy link" }).focus();
    expect((await keys.boundingBox())?.height ?? 0).toBeLessThan(2);
  });
});
