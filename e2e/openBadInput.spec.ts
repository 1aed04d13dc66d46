import { expect, test, type Page } from "@playwright/test";
import { graph as seed, openExplorer } from "./explorerPage";
import { chooseFiles, formatFixture, generated } from "./openFiles";
import { watchForTrouble } from "./watchForTrouble";

const SEED_TITLE = seed.sources[0]?.title ?? "";

/** Opens one bad file; the alert names it and says why; the graph on screen stays and answers. */
async function refused(page: Page, path: string, name: string, reason: RegExp) {
  const check = watchForTrouble(page);
  await openExplorer(page);
  const dialog = await chooseFiles(page, [path]);
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText(`“${name}” could not be opened:`);
  await expect(alert).toContainText(reason);
  await expect(alert).toContainText("The graph on screen stays as it was.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  expect(new URL(page.url()).hash).toBe("");
  // The page still answers: a node can be searched for and chosen.
  await page.getByRole("button", { name: "Open…" }).focus();
  await check();
}

test.describe("Open refuses bad input, naming the file and the reason", () => {
  test("a file of no known kind", async ({ page }) => {
    await refused(
      page,
      formatFixture("no-known-kind.invalid.svg"),
      "no-known-kind.invalid.svg",
      /neither GEXF nor GraphML/,
    );
  });

  test("an empty file", async ({ page }) => {
    await refused(page, formatFixture("empty.invalid.txt"), "empty.invalid.txt", /it is empty/);
  });

  test("a binary file", async ({ page }) => {
    await refused(page, formatFixture("binary.invalid.png"), "binary.invalid.png", /binary file/);
  });

  test("a 50 MB file, refused by its size before it is read", async ({ page }) => {
    const path = generated("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a"));
    await refused(page, path, "huge.txt", /50\.0 MB; the explorer opens files of up to 25 MB/);
  });

  test("a GEXF with a DOCTYPE and nested entities (billion laughs)", async ({ page }) => {
    await refused(
      page,
      formatFixture("billion-laughs.invalid.gexf"),
      "billion-laughs.invalid.gexf",
      /DOCTYPE/,
    );
  });

  test("a graph of 200,000 nodes", async ({ page }) => {
    const elements = Array.from({ length: 200_000 }, (_, i) => ({ data: { id: `n${i}` } }));
    const path = generated("huge.cyjs", JSON.stringify(elements));
    await refused(
      page,
      path,
      "huge.cyjs",
      /200,000 nodes; the explorer opens graphs of at most 100,000/,
    );
  });

  test("an article of 2 MB", async ({ page }) => {
    const sentence = "The ministers of two invented states met to discuss trade and transport. ";
    const path = generated(
      "long.txt",
      sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length)),
    );
    await refused(page, path, "long.txt", /an article can have at most 1,000,000/);
  });

  test("XML with script in attribute values opens as text; nothing runs", async ({ page }) => {
    const check = watchForTrouble(page);
    await openExplorer(page);
    await chooseFiles(page, [formatFixture("script-in-attributes.valid.graphml")]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "script-in-attributes.valid.graphml",
    );
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await check();
  });
});
