import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { parseCsv } from "../src/model/formats/csv";
import { readFile } from "../src/model/formats/detect";
import { graph as seed, openExplorer } from "./explorerPage";
import { chooseFiles } from "./openFiles";

/** Clicks a format in the Export dialog and reads the real download back from disk. */
async function exportAs(
  page: Page,
  label: string,
  scope: "The whole graph" | "What is on screen" = "The whole graph",
) {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: new RegExp(`^${scope}`) }).check();
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: label, exact: true }).click();
  const download = await downloading;
  const path = await download.path();
  await expect(dialog.getByRole("status")).toHaveText(`Saved ${download.suggestedFilename()}`);
  await dialog.getByRole("button", { name: "Close" }).click();
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

const unzip = (bytes: Buffer) =>
  Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(bytes))).map(([n, b]) => [
      n,
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(b),
    ]),
  );

test.describe("Export: the graph goes out to the tools of the field", () => {
  test("GEXF, GraphML, Cytoscape JSON and the project file read back as the same graph", async ({
    page,
  }) => {
    await openExplorer(page);
    for (const label of ["GEXF 1.3", "GraphML", "Cytoscape JSON", "Project file"]) {
      const file = await exportAs(page, label);
      const read = readFile(file.name, file.bytes.toString("utf8"));
      if (read.kind === "article") throw new Error(`${label} read as an article`);
      expect(read.graph.nodes.map((n) => [n.id, n.kind])).toEqual(
        seed.nodes.map((n) => [n.id, n.kind]),
      );
      expect(read.graph.edges.map((e) => [e.id, e.evidence.map((s) => s.exact)])).toEqual(
        seed.edges.map((e) => [e.id, e.evidence.map((s) => s.exact)]),
      );
    }
  });

  test("an exported GEXF opens again in the explorer", async ({ page }) => {
    await openExplorer(page);
    const file = await exportAs(page, "GEXF 1.3");
    await chooseFiles(page, [file.path]);
    await expect(page).toHaveURL(/#recent=/);
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(
      page.getByRole("heading", {
        name: `The graph as a list (${seed.nodes.length} nodes, ${seed.edges.length} relations)`,
      }),
    ).toBeVisible();
  });

  test("CSV: one zip, RFC 4180 with a byte-order mark, accents intact", async ({ page }) => {
    await openExplorer(page);
    const file = await exportAs(page, "CSV (zip)");
    expect(file.name).toMatch(/-csv\.zip$/);
    const files = unzip(file.bytes);
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "evidence.csv", "nodes.csv"]);
    const nodes = files["nodes.csv"] ?? "";
    expect(nodes.startsWith("\ufeff")).toBe(true);
    expect(parseCsv(nodes).map((r) => r[1])).toContain("Nataša Pirc Musar");
    expect(parseCsv(files["edges.csv"] ?? "").length).toBe(seed.edges.length + 1);
  });

  test("Neo4j: nodes and relationships with the headers neo4j-admin reads", async ({ page }) => {
    await openExplorer(page);
    const files = unzip((await exportAs(page, "Neo4j CSV (zip)")).bytes);
    expect(parseCsv(files["relationships.csv"] ?? "")[0]?.slice(0, 3)).toEqual([
      ":START_ID",
      ":END_ID",
      ":TYPE",
    ]);
    expect(parseCsv(files["nodes.csv"] ?? "")[0]).toEqual(
      expect.arrayContaining(["id:ID", ":LABEL"]),
    );
  });

  test("Web Annotations: each selector applied to its source gives back its quote", async ({
    page,
  }) => {
    await openExplorer(page);
    const doc = JSON.parse((await exportAs(page, "Web Annotations")).bytes.toString("utf8")) as {
      first: {
        items: {
          target: { selector: { type: string; exact?: string; start?: number; end?: number }[] };
        }[];
      };
    };
    const text = seed.sources[0]?.text ?? "";
    expect(doc.first.items.length).toBeGreaterThan(seed.edges.length);
    for (const { target } of doc.first.items) {
      const quote = target.selector.find((s) => s.type === "TextQuoteSelector");
      const at = target.selector.find((s) => s.type === "TextPositionSelector");
      expect(text.slice(at?.start, at?.end)).toBe(quote?.exact);
    }
  });

  test("PNG at twice the size of what is on screen, and SVG", async ({ page }) => {
    await openExplorer(page);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    const picture = await exportAs(page, "PNG", "What is on screen");
    expect(picture.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const width = picture.bytes.readUInt32BE(16);
    expect(Math.abs(width - 2 * (box?.width ?? 0))).toBeLessThanOrEqual(2);
    const vector = (await exportAs(page, "SVG")).bytes.toString("utf8");
    expect(vector).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    expect(vector).toContain("Tokayev");
  });

  test("what is on screen: only the nodes shown", async ({ page }) => {
    await openExplorer(page, "?hide=topic");
    const visible = await page.evaluate(() => window.__explorer?.visibleNodes().length ?? 0);
    expect(visible).toBeLessThan(seed.nodes.length);
    const file = await exportAs(page, "GEXF 1.3", "What is on screen");
    expect(file.name).toMatch(/-shown\.gexf$/);
    const read = readFile(file.name, file.bytes.toString("utf8"));
    if (read.kind === "article") throw new Error("read as an article");
    expect(read.graph.nodes.length).toBe(visible);
    expect(read.graph.nodes.some((n) => n.kind === "topic")).toBe(false);
  });
});
