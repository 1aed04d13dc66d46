import { expect, test } from "@playwright/test";
import { openExplorer } from "./explorerPage";

const GRAPH_FILE = "**/assets/graph-*.json";

test.describe("when the graph file is bad", () => {
  test("says it is not JSON, and Retry loads it once it is fixed", async ({ page }) => {
    await page.route(GRAPH_FILE, (route) => route.fulfill({ status: 200, body: "{ not json" }));
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(
      alert.getByRole("heading", { name: "The graph file is not valid JSON." }),
    ).toBeVisible();

    await page.unroute(GRAPH_FILE);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  });

  test("lists where a file breaks the schema", async ({ page }) => {
    await page.route(GRAPH_FILE, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"schemaVersion": 3}' }),
    );
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(
      alert.getByRole("heading", { name: "The graph file does not fit the graph schema." }),
    ).toBeVisible();
    await expect(alert.getByRole("listitem").first()).toContainText("schemaVersion");
    await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  });

  test("says when the file is missing", async ({ page }) => {
    await page.route(GRAPH_FILE, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("could not be loaded (HTTP 404");
  });

  test("shows a loading message while the file is on its way", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(GRAPH_FILE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: "Loading the graph…" })).toBeVisible();
    release();
    await openExplorer(page);
  });
});
