import { expect, test } from "@playwright/test";
import { fixture, testGraph } from "./explorerPage";

test.describe("when ?graph= names a graph the app cannot show", () => {
  test("a missing file: says so with the HTTP status", async ({ page }) => {
    await page.goto(`/?graph=${testGraph("no-such-graph.json")}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("could not be loaded (HTTP 404");
    await expect(alert.getByRole("link", { name: "Open the default graph" })).toBeVisible();
  });

  test("another site: refused without fetching it, and said why", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => asked.push(request.url()));
    await page.goto(`/?graph=${encodeURIComponent("https://graphs.example.org/g.json")}`);
    const alert = page.getByRole("alert");
    await expect(
      alert.getByRole("heading", {
        name: "This graph is on another site, which this app does not read from.",
      }),
    ).toBeVisible();
    await expect(alert).toContainText("“https://graphs.example.org/g.json”");
    expect(asked.filter((url) => new URL(url).hostname.endsWith("example.org"))).toEqual([]);
  });

  test("a script address: refused like another site", async ({ page }) => {
    await page.goto(`/?graph=${encodeURIComponent("javascript:alert(1)")}`);
    await expect(page.getByRole("alert")).toContainText("another site");
  });

  test("Retry asks again, and shows the graph once the file is there", async ({ page }) => {
    let attempts = 0;
    // The one file a server fails to give at first: held back once, then served.
    await page.route("**/test-graphs/flaky.json", async (route) => {
      attempts += 1;
      if (attempts === 1) await route.fulfill({ status: 503, body: "busy" });
      else await route.fulfill({ body: fixture("tiny.valid.json") });
    });
    await page.goto(`/?graph=${testGraph("flaky.json")}`);
    await expect(page.getByRole("alert")).toContainText("HTTP 503");
    await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tokayev met Raisi in New York.",
    );
  });

  test("shows a loading message while the file is on its way", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/test-graphs/tiny.valid.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/?graph=${testGraph("tiny.valid.json")}`);
    await expect(page.getByRole("status").filter({ hasText: "Loading the graph…" })).toBeVisible();
    release();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  });
});
