import { expect, test, type Page } from "@playwright/test";
import { article, details, graph, openExplorer, visibleNodes } from "./explorerPage";

const searchBox = (page: Page) => page.getByRole("combobox", { name: /Search/ });
const suggestions = (page: Page) => page.getByRole("listbox", { name: "Suggestions" });

test.describe("finding your way", () => {
  test("typing “niinisto” and choosing the suggestion selects Niinistö, and survives a reload", async ({
    page,
  }) => {
    await openExplorer(page);
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("niinisto");
    const option = suggestions(page)
      .getByRole("group", { name: "Nodes" })
      .getByRole("option", { name: /Sauli Niinistö/ });
    await expect(option).toBeVisible();
    await option.click();

    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Sauli Niinistö" })).toBeVisible();
    await expect(panel.locator("mark.mention").first()).toHaveText("Sauli Niinistö");
    await expect(page).toHaveURL(/\?node=niinisto$/);
    expect(await page.evaluate(() => window.__explorer?.classes("niinisto") ?? [])).toContain(
      "selected",
    );

    await page.reload();
    await expect(details(page).getByRole("heading", { name: "Sauli Niinistö" })).toBeVisible();
  });

  test("the keyboard drives the suggestions: Ctrl+K, arrows, Enter, Escape", async ({ page }) => {
    await openExplorer(page);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("petofi");
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Enter");
    await expect(details(page).getByRole("heading", { name: "Sándor Petőfi" })).toBeVisible();

    await searchBox(page).fill("Kazakh");
    const active = suggestions(page).getByRole("option", { selected: true });
    await expect(active).toHaveText(/^Kazakhstan/);
    await page.keyboard.press("ArrowDown");
    await expect(active).toHaveText(/^Kazakh trade terminal/);
    await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", "search-option-1");
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
    // Escape closed the list; the selection stays.
    await expect(details(page).getByRole("heading", { name: "Sándor Petőfi" })).toBeVisible();
  });

  test("searching “visa” reaches the sentence and the meeting it belongs to", async ({ page }) => {
    await openExplorer(page);
    await searchBox(page).fill("visa");
    const sentences = suggestions(page).getByRole("group", { name: "Sentences" });
    await sentences.getByRole("option", { name: /agreements on the visa procedure/ }).click();

    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Sentence 18" })).toBeVisible();
    await expect(page).toHaveURL(/\?passage=akorda-2023-09-19\.s18$/);
    await expect(article(page).locator('[aria-current="true"]')).toContainText("visa procedure");
    await panel.getByRole("button", { name: "The Tokayev–Raisi meeting discusses visas" }).click();
    await expect(page).toHaveURL(/edge=meeting-iran\.discusses\.visas/);
    await details(page).getByRole("button", { name: "Tokayev–Raisi meeting" }).click();
    await expect(
      details(page).getByRole("heading", { name: "Tokayev–Raisi meeting" }),
    ).toBeVisible();

    await page.goto("/?passage=s18");
    await expect(details(page).getByRole("heading", { name: "Sentence 18" })).toBeVisible();
  });

  test("focus shows only a node's neighbourhood, widens to two steps, and leaves", async ({
    page,
  }) => {
    await openExplorer(page, "?node=niinisto");
    await details(page).getByRole("button", { name: "Focus on its neighbours" }).click();
    await expect(page).toHaveURL(/\?node=niinisto&focus=niinisto$/);
    const oneStep = [
      "astana-international-forum",
      "finland",
      "kazakhstan",
      "meeting-finland",
      "niinisto",
      "tokayev",
    ];
    await expect.poll(() => visibleNodes(page)).toEqual(oneStep);

    await page
      .getByRole("group", { name: "Focus" })
      .getByRole("button", { name: "2 steps" })
      .click();
    await expect(page).toHaveURL(/focus=niinisto&depth=2$/);
    const twoSteps = await visibleNodes(page);
    expect(twoSteps).toEqual(expect.arrayContaining([...oneStep, "un-reform", "pirc-musar"]));
    expect(twoSteps).not.toContain("turkmenistan");

    await page.reload();
    await expect.poll(() => visibleNodes(page)).toEqual(twoSteps);

    await page.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBe(graph.nodes.length);
  });

  test("“how is Orbán connected to Iran?” lists the shortest paths step by step, drawn", async ({
    page,
  }) => {
    await openExplorer(page, "?node=orban");
    const connectTo = details(page).getByLabel("How is it connected to");
    await connectTo.focus();
    await connectTo.selectOption({ label: "Iran" });
    await expect(page).toHaveURL(/from=orban&to=iran/);

    const connection = page.getByRole("region", { name: "Connection" });
    await expect(
      connection.getByRole("heading", { name: "How is Viktor Orbán connected to Iran?" }),
    ).toBeVisible();
    await expect(connection).toContainText("shortest paths of 3 steps");
    const viaHungary = connection
      .getByRole("listitem", { name: /^Path \d+$/ })
      .filter({ hasText: "strategic partner in the Caspian Sea region of" })
      .filter({ hasText: "Viktor Orbán is Prime Minister of Hungary" })
      .first();
    await expect(viaHungary).toContainText("your Prime Minister Viktor Orbán");
    await expect(viaHungary).toContainText("strategic partnership between the states");

    const classes = (id: string) => page.evaluate((x) => window.__explorer?.classes(x) ?? [], id);
    expect(await classes("orban.heads.hungary")).toContain("on-path");
    expect(await classes("estonia")).toContain("off-path");

    await page.reload();
    await expect(connection).toContainText("shortest paths of 3 steps");
    await connection.getByRole("button", { name: "Close the connection" }).click();
    await expect(page.getByRole("region", { name: "Connection" })).toHaveCount(0);
    expect(await classes("estonia")).not.toContain("off-path");
  });

  test("the article answers back: mentions select nodes, sentences show what they state", async ({
    page,
  }) => {
    await openExplorer(page, "?article=open");
    const text = article(page);
    await text.getByRole("link", { name: "Alar Karis" }).click();
    await expect(details(page).getByRole("heading", { name: "Alar Karis" })).toBeVisible();
    await expect(page).toHaveURL(/node=karis/);
    await expect(text.locator("a.mention.selected")).toHaveText(["Alar Karis"]);

    await text.getByRole("button", { name: "Sentence 16: what it states" }).click();
    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Sentence 16" })).toBeVisible();
    await expect(
      panel.getByRole("button", {
        name: "Kazakhstan–Turkmenistan–Iran railway links Turkmenistan",
      }),
    ).toBeVisible();

    await panel
      .getByRole("button", { name: "Kazakhstan–Turkmenistan–Iran railway links Turkmenistan" })
      .click();
    await expect(text.locator(".sentence.evidence")).toHaveCount(1);
    await expect(text.locator(".sentence.evidence")).toContainText("Turkmenistan");

    await page.reload();
    await expect(article(page).locator(".sentence.evidence")).toContainText("Turkmenistan");
  });
});
