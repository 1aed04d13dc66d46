import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { heading, openExplorer, ready, graph as seed } from "./explorerPage";
import { chooseFiles, dropFile, e2eFixture, formatFixture, openDialog, paste } from "./openFiles";
import { watchForTrouble } from "./watchForTrouble";

const READOUT = e2eFixture("made-up-readout.txt");
const READOUT_TITLE = /^VIENNA – President of Mongolia Batu Erdene held bilateral meetings/;

test.describe("Open: a reader's own article or graph comes in", () => {
  test("an article chosen in the file chooser becomes a graph; its link carries it through a reload", async ({
    page,
  }) => {
    const check = watchForTrouble(page);
    await openExplorer(page);
    await chooseFiles(page, [READOUT]);
    await expect(heading(page)).toHaveText(READOUT_TITLE);
    await ready(page);
    expect(await page.evaluate(() => window.__explorer?.visibleNodes().includes("erdene"))).toBe(
      true,
    );
    expect(new URL(page.url()).hash).toMatch(/^#article=[A-Za-z0-9_-]+$/);

    await page.reload();
    await expect(heading(page)).toHaveText(READOUT_TITLE);
    await ready(page);

    // Back returns to the graph before, which was never replaced.
    await page.goBack();
    await expect(heading(page)).toHaveText(seed.sources[0]?.title ?? "");
    await check();
  });

  test("the link works in a browser that never opened the article", async ({ page, browser }) => {
    await openExplorer(page);
    await chooseFiles(page, [READOUT]);
    await expect(heading(page)).toHaveText(READOUT_TITLE);
    const elsewhere = await browser.newPage();
    await elsewhere.goto(page.url());
    await expect(heading(elsewhere)).toHaveText(READOUT_TITLE);
    await ready(elsewhere);
    await elsewhere.close();
  });

  test("a GEXF from Gephi dropped on the page opens, saying what it changed", async ({ page }) => {
    await openExplorer(page);
    await dropFile(page, "ports.gexf", readFileSync(formatFixture("gephi-1.2.valid.gexf"), "utf8"));
    await expect(heading(page)).toHaveText("Made-up trade ties between three invented ports");
    await ready(page);
    await expect(page.getByRole("status").filter({ hasText: "Opened “ports.gexf”" })).toContainText(
      "Kinds the explorer does not know (“company”) are shown as topics.",
    );
    expect(new URL(page.url()).hash).toMatch(/^#recent=/);
    await page.reload();
    await expect(heading(page)).toHaveText("Made-up trade ties between three invented ports");
  });

  test("HTML pasted on the page is reduced to its text; its script never runs", async ({
    page,
  }) => {
    const check = watchForTrouble(page);
    await openExplorer(page);
    const text = readFileSync(READOUT, "utf8").replace(/^date .*\n/, "");
    const html = `<html><body><script>window.__pwned = 1</script><h1>${text.split("\n")[0] ?? ""}</h1>${text
      .split("\n\n")
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join("")}<img src=x onerror="window.__pwned=2"></body></html>`;
    await paste(page, { "text/html": html, "text/plain": text });
    await expect(heading(page)).toHaveText(READOUT_TITLE);
    await ready(page);
    await check();
  });

  test("several articles at once are combined into one graph of several sources", async ({
    page,
  }) => {
    await openExplorer(page);
    await chooseFiles(page, [
      READOUT,
      new URL("../src/pipeline/extract/fixtures/preamble-frame.txt", import.meta.url).pathname,
    ]);
    await expect(heading(page)).toHaveText("2 articles");
    await ready(page);
    const nodes = await page.evaluate(() => window.__explorer?.visibleNodes() ?? []);
    expect(nodes).toEqual(expect.arrayContaining(["erdene", "tokayev"]));
  });

  test("text pasted into the dialog opens with its button", async ({ page }) => {
    await openExplorer(page);
    const dialog = await openDialog(page);
    await dialog.getByLabel("Paste an article").fill(readFileSync(READOUT, "utf8"));
    await dialog.getByRole("button", { name: "Open the pasted text" }).click();
    await expect(heading(page)).toHaveText(READOUT_TITLE);
  });
});

/** Holds the open worker's script back until `release`, so that a test sees the work in progress. */
async function holdOpenWorker(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested = false;
  await page.context().route(/open\.worker-[^/]*\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return {
    requested: () => requested,
    release: () => {
      release();
    },
  };
}

test("Cancel stops the work: the graph on screen stays, nothing is opened", async ({ page }) => {
  await openExplorer(page);
  // The work is surely still running when Cancel is pressed (no race with a fast machine).
  const worker = await holdOpenWorker(page);
  const dialog = await chooseFiles(page, [READOUT]);
  await expect(dialog.getByRole("progressbar", { name: "Opening" })).toBeVisible();
  // The worker has been asked for, and is being held.
  await expect.poll(() => worker.requested()).toBe(true);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Cancelled" })).toHaveText(
    "Cancelled; the graph on screen stays as it was.",
  );
  worker.release();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(heading(page)).toHaveText(seed.sources[0]?.title ?? "");
  expect(new URL(page.url()).hash).toBe("");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
});

test("the page answers while a file is being opened, and the graph arrives after", async ({
  page,
}) => {
  await openExplorer(page);
  const worker = await holdOpenWorker(page);
  const dialog = await chooseFiles(page, [READOUT]);
  await expect.poll(() => worker.requested()).toBe(true);
  // The work goes on with the dialog closed; the graph on screen can still be searched.
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByRole("combobox", { name: /Search/ }).fill("Raisi");
  await expect(
    page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first(),
  ).toContainText("Raisi");
  worker.release();
  await expect(heading(page)).toHaveText(READOUT_TITLE);
  await ready(page);
});
