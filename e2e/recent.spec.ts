import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readFile } from "../src/model/formats/detect";
import { openExplorer, testGraph } from "./explorerPage";
import { chooseFiles, e2eFixture, formatFixture, generated, openDialog } from "./openFiles";

const PORTS = "Made-up trade ties between three invented ports";
const heading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 1 });

test.describe("Nothing lost: what was opened is kept until removed", () => {
  test("listed under Recent, shown again from there, saved as a project file that opens again, removed", async ({
    page,
  }) => {
    await openExplorer(page);
    await chooseFiles(page, [formatFixture("gephi-1.2.valid.gexf")]);
    await expect(heading(page)).toHaveText(PORTS);

    // Another graph, then back to this one through Recent.
    await page.goto("/");
    await expect(heading(page)).not.toHaveText(PORTS);
    const dialog = await openDialog(page);
    const recent = dialog.getByRole("region", { name: "Recent" });
    await expect(recent.getByRole("listitem")).toHaveCount(1);
    await recent.getByRole("button", { name: "gephi-1.2.valid.gexf", exact: true }).click();
    await expect(heading(page)).toHaveText(PORTS);

    // Its link works in this browser only, so a copy can be saved, and Open reads it back.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save project file" }).click();
    const download = await downloading;
    const saved = await download.path();
    const read = readFile(download.suggestedFilename(), readFileSync(saved, "utf8"));
    expect(read.kind).toBe("graph");
    await page.goto("/");
    await chooseFiles(page, [saved]);
    await expect(heading(page)).toHaveText(PORTS);

    // Removed from Recent: its link now says so, with a way back.
    const again = await openDialog(page);
    const items = again.getByRole("region", { name: "Recent" }).getByRole("listitem");
    await expect(items).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      await again
        .getByRole("button", { name: /^Remove / })
        .first()
        .click();
    }
    await expect(again.getByRole("region", { name: "Recent" })).toHaveCount(0);
    // The address still names it; a reload reads it afresh.
    await page.reload();
    await expect(page.getByRole("alert")).toContainText(
      "What this link opened is not kept in this browser.",
    );
    await page.getByRole("link", { name: "Open the default graph" }).click();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
  });

  test("an article too long for a link is kept in this browser, and says so", async ({ page }) => {
    const readout = readFileSync(e2eFixture("made-up-readout.txt"), "utf8");
    const long = [
      readout,
      ...Array.from({ length: 9 }, () => readout.replace(/^date .*\n/, "")),
    ].join("\n\n");
    expect(long.length).toBeGreaterThan(32_768);
    await openExplorer(page);
    await chooseFiles(page, [generated("long-readout.txt", long)]);
    await expect(heading(page)).toHaveText(/^VIENNA – President of Mongolia/);
    expect(new URL(page.url()).hash).toMatch(/^#recent=/);
    await expect(
      page.getByRole("status").filter({ hasText: "Opened “long-readout.txt”" }),
    ).toContainText("too long to travel in a link");
    await expect(page.getByRole("button", { name: "Save project file" })).toBeVisible();
    await page.reload();
    await expect(heading(page)).toHaveText(/^VIENNA – President of Mongolia/);
  });

  test("what an earlier version of the app kept is still listed, and shows again", async ({
    page,
  }) => {
    // The browser's storage as version 1 of the app left it: one store of whole entries. Written
    // from a page of the same site that does not run the app, so nothing holds the database open.
    const graph = JSON.parse(
      readFileSync(
        new URL("../src/model/graph/fixtures/two-sources.valid.json", import.meta.url),
        "utf8",
      ),
    ) as { title: string; nodes: unknown[]; edges: unknown[] };
    await page.goto(`/${testGraph("tiny.valid.json")}`);
    await page.evaluate(
      async (entry) => {
        /** A request's result, or its error as an Error. */
        const settled = <T>(r: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            r.onsuccess = () => {
              resolve(r.result);
            };
            r.onerror = () => {
              reject(new Error(String(r.error)));
            };
          });
        await settled(indexedDB.deleteDatabase("article-graph-explorer"));
        const opening = indexedDB.open("article-graph-explorer", 1);
        opening.onupgradeneeded = () => {
          opening.result.createObjectStore("opened", { keyPath: "id" });
        };
        const db = await settled(opening);
        await settled(db.transaction("opened", "readwrite").objectStore("opened").put(entry));
        db.close();
      },
      {
        id: "v1-entry",
        name: "lisbon.graph.json",
        kind: "graph",
        openedAt: "2026-11-20T10:00:00.000Z",
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        graph,
      },
    );

    await openExplorer(page);
    const recent = (await openDialog(page)).getByRole("region", { name: "Recent" });
    await expect(recent.getByRole("listitem")).toHaveCount(1);
    await recent.getByRole("button", { name: "lisbon.graph.json", exact: true }).click();
    await expect(heading(page)).toHaveText(graph.title);
  });
});
