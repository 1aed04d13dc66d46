import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import duplicateIds from "./fixtures/duplicate-ids.invalid.json";
import enormousStrings from "./fixtures/enormous-strings.invalid.json";
import hostileText from "./fixtures/hostile-text.valid.json";
import missingNode from "./fixtures/missing-node.invalid.json";
import spanOutsideText from "./fixtures/span-outside-text.invalid.json";
import tiny from "./fixtures/tiny.valid.json";
import twoSources from "./fixtures/two-sources.valid.json";
import wrongSchema from "./fixtures/wrong-schema.invalid.json";
import { GraphFileSchema } from "./graphFile";
import { GRAPH_LIMITS } from "./limits";
import { GraphSchema } from "./schema";

/** "path: message" for each problem a file has, read as the app reads it. */
function problems(value: unknown): string[] {
  const result = GraphFileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const twoSourcesCopy = () => GraphSchema.parse(structuredClone(twoSources));

describe("graph files, version 2", () => {
  it("accepts the seed article's graph and a corpus of two sources", () => {
    expect(problems(graphJson)).toEqual([]);
    expect(problems(twoSources)).toEqual([]);
  });

  it("checks each span against the text of its own passage's source", () => {
    const g = twoSourcesCopy();
    // A span of the second source, pointed at the same offsets of the first.
    const varga = g.nodes.find((n) => n.id === "varga");
    const mention = varga?.mentions.find((m) => m.passage.startsWith("doria"));
    if (!mention) throw new Error("the fixture has no mention of Varga in the second source");
    mention.passage = "arvelia-press-2024-04-02.s1";
    expect(problems(g)).toEqual([
      expect.stringMatching(
        /^nodes\.1\.mentions\.\d: span \[\d+, \d+\) reads “.*”, not “Ilse Varga”$/,
      ),
    ]);
  });

  it("refuses a passage of a source that does not exist, and duplicate sources", () => {
    const g = twoSourcesCopy();
    const [first, second] = g.sources;
    if (!first || !second) throw new Error("the fixture has two sources");
    second.id = first.id;
    expect(problems(g)).toContain(
      "sources.1.id: duplicate id “arvelia-press-2024-04-02” (first used at sources.0)",
    );
    const h = twoSourcesCopy();
    const passage = h.passages[4];
    if (passage) passage.source = "nowhere";
    expect(problems(h)).toContain(
      "passages.4.source: passage “doria-news-2024-04-03.s2” names source “nowhere”, which does not exist",
    );
  });

  it("refuses an account that names a passage the graph lacks", () => {
    const g = twoSourcesCopy();
    const meeting = g.nodes.find((n) => n.id === "meeting-doria");
    if (!meeting) throw new Error("the fixture has a meeting");
    meeting.account = ["arvelia-press-2024-04-02.s2", "nowhere.s1"];
    expect(problems(g)).toEqual([
      "nodes.5.account.1: names passage “nowhere.s1”, which does not exist",
    ]);
  });

  it("keeps versions the sources disagree on, each naming sources that exist", () => {
    const g = twoSourcesCopy();
    const meeting = g.nodes.find((n) => n.id === "meeting-doria");
    if (!meeting) throw new Error("the fixture has a meeting");
    meeting.versions = [
      { field: "date", value: "2024-04-02", sources: ["arvelia-press-2024-04-02"] },
      { field: "date", value: "2024-04-03", sources: ["doria-news-2024-04-03", "nowhere"] },
    ];
    expect(problems(g)).toEqual([
      "nodes.5.versions.1.sources.1: names source “nowhere”, which does not exist",
    ]);
    meeting.versions = [{ field: "date", value: "2024-04-02", sources: ["doria-news-2024-04-03"] }];
    expect(problems(g)).toEqual(["nodes.5.versions: versions: at least 2 needed"]);
  });

  it("takes dates and ranges as ISO 8601 writes them, and refuses a range that runs backwards", () => {
    const g = twoSourcesCopy();
    const [first, second] = g.sources;
    if (!first || !second) throw new Error("the fixture has two sources");
    first.date = "2023-12-01/2023-12-02";
    second.date = "2023-12";
    expect(problems(g)).toEqual([]);
    first.date = "2023-12-02/2023-12-01";
    second.date = "Dec 1";
    expect(problems(g)).toEqual([
      "sources.0.date: a date range ends before it starts",
      "sources.1.date: dates look like 2023-09-19 or 2023-12-01/2023-12-02",
    ]);
  });

  it("says which versions it reads", () => {
    expect(problems({ ...tiny, schemaVersion: 3 })).toEqual([
      "schemaVersion: graph files of version 1 or 2 can be read",
    ]);
  });

  it("sets limits well above what the seed article needs", () => {
    const g = GraphSchema.parse(graphJson);
    const longest = (values: string[]) => Math.max(...values.map((v) => v.length));
    expect(longest(g.nodes.map((n) => n.id)) * 3).toBeLessThan(GRAPH_LIMITS.nodeId);
    expect(longest(g.edges.map((e) => e.id)) * 3).toBeLessThan(GRAPH_LIMITS.edgeId);
    expect(longest(g.passages.map((p) => p.id)) * 2).toBeLessThan(GRAPH_LIMITS.passageId);
    expect(longest(g.nodes.flatMap((n) => [n.label, ...n.aliases])) * 3).toBeLessThan(
      GRAPH_LIMITS.name,
    );
    expect(longest(g.sources.map((s) => s.text)) * 100).toBeLessThan(GRAPH_LIMITS.sourceText);
  });
});

describe("graph files, version 1 (one article), migrated on load", () => {
  it("become one source whose passages keep their ids and learn their numbers", () => {
    const result = GraphFileSchema.parse(tiny);
    expect(result.schemaVersion).toBe(2);
    expect(result.sources).toEqual([
      {
        id: "article",
        title: "Tokayev met Raisi in New York.",
        date: "2023-09-19",
        text: tiny.article.text,
      },
    ]);
    expect(result.passages.map((p) => [p.id, p.source, p.number])).toEqual([
      ["s1", "article", 1],
      ["s2", "article", 2],
    ]);
    expect(result.nodes).toEqual(tiny.nodes);
    expect(problems(hostileText)).toEqual([]);
  });

  it.each([
    ["wrong-schema", wrongSchema, /^article\.date: dates look like 2023-09-19$/],
    ["missing-node", missingNode, /^edges\.2\.target: relation .* missing node “new-york”$/],
    ["duplicate-ids", duplicateIds, /^nodes\.2\.id: duplicate id “raisi”/],
    [
      "span-outside-text",
      spanOutsideText,
      /^nodes\.4\.mentions\.0: span \[120, 125\) lies outside the text, which has 52 characters$/,
    ],
    ["enormous-strings", enormousStrings, /^nodes\.0\.label: a label has 109,999 characters/],
  ] as const)(
    "refuses %s.invalid.json, saying what and where in the file",
    (_name, file, first) => {
      expect(problems(file)[0]).toMatch(first);
    },
  );

  it("says where a quote does not match the text, without echoing all of it", () => {
    const g = structuredClone(tiny);
    const mention = g.nodes[0]?.mentions[0];
    if (mention) mention.exact = "Tokayév";
    expect(problems(g)).toEqual(["nodes.0.mentions.0: span [0, 7) reads “Tokayev”, not “Tokayév”"]);
  });
});
