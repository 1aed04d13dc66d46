import { expect, test } from "@playwright/test";
import { resolveGraphAddress } from "../src/app/data/graphAddress";
import { GraphLoadError } from "../src/app/data/GraphLoadError";
import { fixture, testGraph } from "./explorerPage";

/** Why the app's own check refuses an address (its words are pinned in its unit tests). */
function refusalOf(address: string, page: string): GraphLoadError {
  try {
    resolveGraphAddress(address, page);
  } catch (error) {
    if (error instanceof GraphLoadError) return error;
    throw error;
  }
  throw new Error(`${address} is accepted`);
}

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
    const elsewhere = "https://graphs.example.org/g.json";
    await page.goto(`/?graph=${encodeURIComponent(elsewhere)}`);
    const expected = refusalOf(elsewhere, page.url());
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { level: 2 })).toHaveText(expected.summary);
    await expect(alert.getByRole("listitem")).toHaveText([...expected.details]);
    expect(asked.filter((url) => new URL(url).hostname.endsWith("example.org"))).toEqual([]);
  });

  test("a script address: refused like another site", async ({ page }) => {
    const script = "javascript:alert(1)";
    await page.goto(`/?graph=${encodeURIComponent(script)}`);
    const expected = refusalOf(script, page.url());
    await expect(page.getByRole("alert").getByRole("heading", { level: 2 })).toHaveText(
      expected.summary,
    );
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
