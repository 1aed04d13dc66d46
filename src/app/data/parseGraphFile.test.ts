import { describe, expect, it } from "vitest";
import duplicateIds from "../../model/fixtures/duplicate-ids.invalid.json?raw";
import enormousStrings from "../../model/fixtures/enormous-strings.invalid.json?raw";
import hostileText from "../../model/fixtures/hostile-text.valid.json?raw";
import missingNode from "../../model/fixtures/missing-node.invalid.json?raw";
import notJson from "../../model/fixtures/not-json.invalid.json?raw";
import spanOutsideText from "../../model/fixtures/span-outside-text.invalid.json?raw";
import tiny from "../../model/fixtures/tiny.valid.json?raw";
import wrongSchema from "../../model/fixtures/wrong-schema.invalid.json?raw";
import { GRAPH_FILE_MAX_CHARS } from "../../model/limits";
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

describe("parseGraphFile, one test per bad file", () => {
  it("not-json: says so, with JSON's own words and how the file begins", () => {
    const { summary, details } = failure(notJson);
    expect(summary).toBe("The graph file is not valid JSON.");
    expect(details[0]).toMatch(/^Unexpected token '\/'/);
    expect(details[1]).toBe("The file begins “// Hand-edited: JSON has no comments, s…”");
  });

  it("wrong-schema: lists the first five problems with where, and counts the rest", () => {
    const { summary, details } = failure(wrongSchema);
    expect(summary).toBe("The graph file does not fit the graph schema.");
    expect(details).toHaveLength(6);
    expect(details[0]).toMatch(/^schemaVersion: Invalid input: expected 1/);
    expect(details).toContainEqual(expect.stringMatching(/^nodes\.0\.kind: Invalid option/));
    expect(details).toContainEqual(
      "nodes.1.label: Invalid input: expected string, received number",
    );
    expect(details).toContainEqual(expect.stringMatching(/^nodes\.2\.aliases: Invalid input/));
    expect(details[5]).toBe("… and 1 more problem");
  });

  it("missing-node: names the relation, the missing node and where", () => {
    const { details } = failure(missingNode);
    expect(details).toEqual([
      "edges.2.target: relation “meeting-iran.held_in.new-york” points at missing node “new-york”",
    ]);
  });

  it("duplicate-ids: names the id, where it repeats and where it was first", () => {
    const { details } = failure(duplicateIds);
    expect(details[0]).toBe("nodes.2.id: duplicate id “raisi” (first used at nodes.1)");
  });

  it("span-outside-text: gives the span, where it is, and how long the text is", () => {
    const { details } = failure(spanOutsideText);
    expect(details).toEqual([
      "nodes.4.mentions.0: span [120, 125) lies outside the text, which has 52 characters",
    ]);
  });

  it("enormous-strings: counts the characters and never echoes them", () => {
    const error = failure(enormousStrings);
    expect(error.details).toEqual([
      "nodes.0.label: a label has 109,999 characters; the limit is 200",
      "nodes.1.aliases.1: an alias has 24,000 characters; the limit is 200",
    ]);
    expect(error.message.length).toBeLessThan(300);
  });
});

describe("parseGraphFile, other faults", () => {
  it("accepts the small valid fixtures", () => {
    expect(parseGraphFile(tiny).nodes).toHaveLength(5);
    expect(parseGraphFile(hostileText).nodes).toHaveLength(7);
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
