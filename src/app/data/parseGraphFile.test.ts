import { describe, expect, it } from "vitest";
import duplicateIds from "../../model/graph/fixtures/duplicate-ids.invalid.json?raw";
import enormousStrings from "../../model/graph/fixtures/enormous-strings.invalid.json?raw";
import hostileText from "../../model/graph/fixtures/hostile-text.valid.json?raw";
import missingNode from "../../model/graph/fixtures/missing-node.invalid.json?raw";
import notJson from "../../model/graph/fixtures/not-json.invalid.json?raw";
import spanOutsideText from "../../model/graph/fixtures/span-outside-text.invalid.json?raw";
import tiny from "../../model/graph/fixtures/tiny.valid.json?raw";
import twoSources from "../../model/graph/fixtures/two-sources.valid.json?raw";
import wrongSchema from "../../model/graph/fixtures/wrong-schema.invalid.json?raw";
import { GRAPH_FILE_MAX_CHARS } from "../../model/graph/limits";
import { GraphFileSchema } from "../../model/graph/graphFile";
import { truncate } from "../../model/text/quote";
import { GraphLoadError } from "./GraphLoadError";
import { parseGraphFile } from "./parseGraphFile";

/** The GraphLoadError a body gives (the test fails if it parses). */
function failure(body: string): GraphLoadError {
  try {
    parseGraphFile(body);
  } catch (error) {
    if (error instanceof GraphLoadError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

/** What the schema says of a file, as the reader's detail lines would give it. */
function schemaLines(body: string): string[] {
  const result = GraphFileSchema.safeParse(JSON.parse(body));
  return result.success
    ? []
    : result.error.issues.map((i) => truncate(`${i.path.join(".")}: ${i.message}`, 240));
}

// The schema's own messages are pinned in its tests; here, how the loader passes them on.
describe("parseGraphFile, one test per bad file", () => {
  it("not-json: says so, with JSON's own words and how the file begins", () => {
    const { summary, details } = failure(notJson);
    expect(summary).toBe("The graph file is not valid JSON.");
    expect(details[0]).toMatch(/^Unexpected token '\/'/);
    expect(details[1]).toBe("The file begins “// Hand-edited: JSON has no comments, s…”");
  });

  it("wrong-schema: the first five of the schema's problems with where, and a count of the rest", () => {
    const { summary, details } = failure(wrongSchema);
    const all = schemaLines(wrongSchema);
    expect(all.length).toBeGreaterThan(5);
    expect(summary).toBe("The graph file does not fit the graph schema.");
    expect(details).toEqual([
      ...all.slice(0, 5),
      `… and ${all.length - 5} more problem${all.length === 6 ? "" : "s"}`,
    ]);
  });

  it.each([
    ["missing-node", missingNode],
    ["duplicate-ids", duplicateIds],
    ["span-outside-text", spanOutsideText],
  ])("%s: passes on what the schema says, and where", (_name, body) => {
    const { summary, details } = failure(body);
    expect(summary).toBe("The graph file does not fit the graph schema.");
    expect(details).toEqual(schemaLines(body).slice(0, 5));
  });

  it("enormous-strings: never echoes them", () => {
    const error = failure(enormousStrings);
    expect(error.details).toEqual(schemaLines(enormousStrings));
    expect(error.message.length).toBeLessThan(300);
  });
});

describe("parseGraphFile, other faults", () => {
  it("reads version 1 and version 2 files", () => {
    expect(parseGraphFile(tiny).nodes).toHaveLength(5);
    expect(parseGraphFile(hostileText).nodes).toHaveLength(7);
    expect(parseGraphFile(twoSources).sources).toHaveLength(2);
  });

  it("says when an HTML page came instead of the graph", () => {
    const { details } = failure("<!doctype html>\n<html><body>502 Bad Gateway</body></html>");
    expect(details[0]).toBe(
      "It looks like a web page (HTML), not the graph: is the address right?",
    );
  });

  it("says where a truncated file breaks off", () => {
    const body = tiny.slice(0, 200);
    const { details } = failure(body);
    expect(details[1]).toMatch(/^At line \d+, column \d+: “/);
  });

  it("refuses a file too large to be a graph before parsing it", () => {
    const { summary } = failure(" ".repeat(GRAPH_FILE_MAX_CHARS + 1));
    expect(summary).toBe("The graph file is too large to be a graph.");
  });

  it("keeps every detail line short, whatever the file holds", () => {
    const graph = JSON.parse(tiny) as { edges: { source: string }[] };
    const first = graph.edges[0];
    if (first) first.source = `x${"\u202e<script>".repeat(10_000)}`;
    const { details } = failure(JSON.stringify(graph));
    for (const line of details) expect(line.length).toBeLessThanOrEqual(240);
    expect(details.join("\n")).not.toContain("\u202e");
  });
});
