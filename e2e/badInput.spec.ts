import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const GRAPH_FILE = "**/assets/graph-*.json";

const fixture = (name: string) =>
  readFileSync(new URL(`../src/model/graph/fixtures/${name}`, import.meta.url), "utf8");

/** Serves a fixture in place of the graph file, opens the app and returns the alert. */
async function openWithGraphFile(page: Page, name: string) {
  await page.route(GRAPH_FILE, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: fixture(name) }),
  );
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toBeVisible();
  return alert;
}

/** Never a blank page: the title stays, the alert offers Retry, and Retry works once the file is fixed. */
async function expectRetryRecovers(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const retry = page.getByRole("alert").getByRole("button", { name: "Retry" });
  await expect(retry).toBeEnabled();
  await page.unroute(GRAPH_FILE);
  await retry.click();
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("alert")).toHaveCount(0);
}

const SCHEMA = "The graph file does not fit the graph schema.";

test.describe("a bad graph file gets a clear answer", () => {
  test("not-json.invalid.json: says it is not JSON and how the file begins", async ({ page }) => {
    const alert = await openWithGraphFile(page, "not-json.invalid.json");
    await expect(
      alert.getByRole("heading", { name: "The graph file is not valid JSON." }),
    ).toBeVisible();
    await expect(alert.getByRole("listitem").first()).toContainText("Unexpected token '/'");
    await expect(alert.getByRole("listitem").nth(1)).toHaveText(
      "The file begins “// Hand-edited: JSON has no comments, s…”",
    );
    await expectRetryRecovers(page);
  });

  test("wrong-schema.invalid.json: lists the first five problems with where", async ({ page }) => {
    const alert = await openWithGraphFile(page, "wrong-schema.invalid.json");
    await expect(alert.getByRole("heading", { name: SCHEMA })).toBeVisible();
    const items = alert.getByRole("listitem");
    await expect(items).toHaveCount(6);
    await expect(items.first()).toContainText("article.date: dates look like 2023-09-19");
    await expect(alert).toContainText("nodes.0.kind: Invalid option");
    await expect(alert).toContainText(
      "nodes.1.label: Invalid input: expected string, received number",
    );
    await expect(items.last()).toHaveText("… and 1 more problem");
    await expectRetryRecovers(page);
  });

  test("missing-node.invalid.json: names the relation and the missing node", async ({ page }) => {
    const alert = await openWithGraphFile(page, "missing-node.invalid.json");
    await expect(alert.getByRole("heading", { name: SCHEMA })).toBeVisible();
    await expect(alert.getByRole("listitem")).toHaveText([
      "edges.2.target: relation “meeting-iran.held_in.new-york” points at missing node “new-york”",
    ]);
    await expectRetryRecovers(page);
  });

  test("duplicate-ids.invalid.json: names the id and both places", async ({ page }) => {
    const alert = await openWithGraphFile(page, "duplicate-ids.invalid.json");
    await expect(alert.getByRole("heading", { name: SCHEMA })).toBeVisible();
    await expect(alert.getByRole("listitem").first()).toHaveText(
      "nodes.2.id: duplicate id “raisi” (first used at nodes.1)",
    );
    await expectRetryRecovers(page);
  });

  test("span-outside-text.invalid.json: gives the span and where it is", async ({ page }) => {
    const alert = await openWithGraphFile(page, "span-outside-text.invalid.json");
    await expect(alert.getByRole("heading", { name: SCHEMA })).toBeVisible();
    await expect(alert.getByRole("listitem")).toHaveText([
      "nodes.4.mentions.0: span [120, 125) lies outside the text, which has 52 characters",
    ]);
    await expectRetryRecovers(page);
  });

  test("enormous-strings.invalid.json: a short message, and the page stays responsive", async ({
    page,
  }) => {
    const alert = await openWithGraphFile(page, "enormous-strings.invalid.json");
    await expect(alert.getByRole("heading", { name: SCHEMA })).toBeVisible();
    await expect(alert.getByRole("listitem")).toHaveText([
      "nodes.0.label: a label has 109,999 characters; the limit is 200",
      "nodes.1.aliases.1: an alias has 24,000 characters; the limit is 200",
    ]);
    expect((await page.locator("body").innerText()).length).toBeLessThan(1_000);
    // Responsive: the page answers a script at once and takes a click.
    expect(await page.evaluate(() => document.readyState)).toBe("complete");
    await expectRetryRecovers(page);
  });
});
