import { describe, expect, it } from "vitest";
import graphJson from "../../data/graph.json";
import duplicateIds from "./fixtures/duplicate-ids.invalid.json";
import enormousStrings from "./fixtures/enormous-strings.invalid.json";
import hostileText from "./fixtures/hostile-text.valid.json";
import missingNode from "./fixtures/missing-node.invalid.json";
import spanOutsideText from "./fixtures/span-outside-text.invalid.json";
import tiny from "./fixtures/tiny.valid.json";
import wrongSchema from "./fixtures/wrong-schema.invalid.json";
import { GRAPH_LIMITS } from "./limits";
import { GraphSchema } from "./schema";

/** "path: message" for each problem GraphSchema finds. */
function problems(value: unknown): string[] {
  const result = GraphSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("GraphSchema guards", () => {
  it("accepts the article's graph and the small valid fixtures", () => {
    expect(problems(graphJson)).toEqual([]);
    expect(problems(tiny)).toEqual([]);
    expect(problems(hostileText)).toEqual([]);
  });

  it.each([
    ["wrong-schema", wrongSchema, /^schemaVersion: Invalid input/],
    ["missing-node", missingNode, /^edges\.2\.target: relation .* missing node “new-york”$/],
    ["duplicate-ids", duplicateIds, /^nodes\.2\.id: duplicate id “raisi”/],
    [
      "span-outside-text",
      spanOutsideText,
      /^nodes\.4\.mentions\.0: span \[120, 125\) lies outside/,
    ],
    ["enormous-strings", enormousStrings, /^nodes\.0\.label: a label has 109,999 characters/],
  ] as const)("refuses %s.invalid.json, saying what and where", (_name, file, first) => {
    expect(problems(file)[0]).toMatch(first);
  });

  it("sets limits well above what the article needs", () => {
    const g = GraphSchema.parse(graphJson);
    const longest = (values: string[]) => Math.max(...values.map((v) => v.length));
    expect(longest(g.nodes.map((n) => n.id)) * 3).toBeLessThan(GRAPH_LIMITS.nodeId);
    expect(longest(g.edges.map((e) => e.id)) * 3).toBeLessThan(GRAPH_LIMITS.edgeId);
    expect(longest(g.nodes.flatMap((n) => [n.label, ...n.aliases])) * 3).toBeLessThan(
      GRAPH_LIMITS.name,
    );
    expect(g.article.text.length * 100).toBeLessThan(GRAPH_LIMITS.articleText);
  });

  it("says where a quote does not match the text, without echoing all of it", () => {
    const g = structuredClone(tiny);
    const mention = g.nodes[0]?.mentions[0];
    if (mention) mention.exact = "Tokayév";
    expect(problems(g)).toEqual(["nodes.0.mentions.0: span [0, 7) reads “Tokayev”, not “Tokayév”"]);
  });
});
