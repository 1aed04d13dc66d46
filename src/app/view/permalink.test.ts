import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { indexGraph } from "../../model/graph/graphIndex";
import { GraphSchema } from "../../model/graph/schema";
import { VIEW_DEFAULTS as EMPTY_VIEW, type ExplorerView } from "./parameters";
import { parseView, printView, resolveView } from "./permalink";

const index = indexGraph(GraphSchema.parse(graphJson));

describe("printView and parseView", () => {
  const views: ExplorerView[] = [
    EMPTY_VIEW,
    { ...EMPTY_VIEW, node: "tokayev" },
    { ...EMPTY_VIEW, edge: "tokayev.participates_in.meeting-slovenia", topics: ["trade"] },
    { ...EMPTY_VIEW, topics: ["trade", "logistics"], hiddenKinds: ["place", "topic"] },
    { ...EMPTY_VIEW, node: "raisi", passage: "s18", articleOpen: true },
    { ...EMPTY_VIEW, articleOpen: true },
    { ...EMPTY_VIEW, node: "niinisto", focus: "niinisto", depth: 2 },
    { ...EMPTY_VIEW, focus: "iran" },
    { ...EMPTY_VIEW, pathFrom: "orban", pathTo: "iran", topics: ["trade"] },
    { ...EMPTY_VIEW, minSources: 2, hiddenSources: ["doria"], hiddenPublishers: ["irna"] },
    { ...EMPTY_VIEW, dates: { from: "2023-09-01", to: "2023-09-30" } },
    { ...EMPTY_VIEW, dates: { from: "2023-09-18", to: null } },
  ];

  it.each(views.map((v) => [printView(v), v] as const))("round-trips %s", (printed, view) => {
    expect(parseView(printed)).toEqual({ view, problems: [] });
  });

  it("prints readable links", () => {
    expect(printView(views[3] ?? EMPTY_VIEW)).toBe("?topics=trade,logistics&hide=place,topic");
    expect(printView(EMPTY_VIEW)).toBe("");
  });

  it("writes sources and dates as a reader would type them", () => {
    expect(printView(views[9] ?? EMPTY_VIEW)).toBe(
      "?min-sources=2&hide-sources=doria&hide-publishers=irna",
    );
    expect(printView(views[10] ?? EMPTY_VIEW)).toBe("?dates=2023-09-01..2023-09-30");
    expect(parseView("?dates=2023-09-19").view.dates).toEqual({
      from: "2023-09-19",
      to: "2023-09-19",
    });
    expect(parseView("?dates=..2023-09-30").view.dates).toEqual({ from: null, to: "2023-09-30" });
  });

  it("says what is wrong with a range of dates or a least number of sources, and shows all", () => {
    for (const bad of [
      "2023-09-31..2023-10-01",
      "2023-10-01..2023-09-01",
      "..",
      "soon",
      "2023-09",
    ]) {
      const { view, problems } = parseView(`?dates=${bad}`);
      expect(view.dates).toEqual(EMPTY_VIEW.dates);
      expect(problems).toEqual([
        expect.stringMatching(
          /^Dates in a link read like 2023-09-01\.\.2023-09-30, not “.*”; showing every date\.$/,
        ),
      ]);
    }
    const { view, problems } = parseView("?min-sources=0");
    expect(view.minSources).toBe(1);
    expect(problems).toEqual([
      "“At least N sources” takes a whole number from 1 to 99, not “0”; showing all.",
    ]);
  });

  it("reads commas whether or not they were escaped, and drops empty and repeated items", () => {
    expect(parseView("?topics=trade%2Clogistics,,trade").view.topics).toEqual([
      "trade",
      "logistics",
    ]);
  });

  it("escapes what is not a slug, and reads it back", () => {
    const view = { ...EMPTY_VIEW, node: "a&b=c d" };
    expect(printView(view)).toBe("?node=a%26b%3Dc%20d");
    expect(parseView(printView(view)).view.node).toBe("a&b=c d");
  });

  it("needs both ends of a connection, and a depth of 1 or 2", () => {
    const { view, problems } = parseView("?from=orban&focus=iran&depth=7");
    expect(view).toMatchObject({ pathFrom: null, pathTo: null, focus: "iran", depth: 1 });
    expect(problems).toHaveLength(2);
  });

  it("opens the article when a passage is read", () => {
    expect(parseView("?passage=s3").view.articleOpen).toBe(true);
  });

  it("ignores empty values and names unknown kinds", () => {
    const { view, problems } = parseView("?node=&hide=topic,planet");
    expect(view.node).toBeNull();
    expect(view.hiddenKinds).toEqual(["topic"]);
    expect(problems).toEqual(["There is no kind called “planet”."]);
  });
});

describe("resolveView", () => {
  it("drops sources and publishers the graph lacks, and says so", () => {
    const { view, problems } = resolveView(
      parseView("?hide-sources=nowhere&hide-publishers=akorda-press-service,nobody"),
      index,
    );
    expect(view.hiddenSources).toEqual([]);
    expect(view.hiddenPublishers).toEqual(["akorda-press-service"]);
    expect(problems).toEqual([
      "This graph has no source “nowhere”.",
      "This graph has no publisher “nobody”.",
    ]);
  });

  it("drops ids the graph lacks, says so, and keeps the rest", () => {
    const parsed = parseView("?node=nobody&topics=trade,weather&passage=s999");
    const { view, problems } = resolveView(parsed, index);
    expect(view).toEqual({ ...EMPTY_VIEW, topics: ["trade"], articleOpen: true });
    expect(problems).toEqual([
      "This graph has no node “nobody”.",
      "This graph has no topic “weather”.",
      "The article has no passage “s999”.",
    ]);
  });

  it("drops a focus or a connection end that the graph lacks", () => {
    const { view, problems } = resolveView(parseView("?focus=atlantis&from=orban&to=mars"), index);
    expect(view).toMatchObject({ focus: null, pathFrom: null, pathTo: null });
    expect(problems).toEqual([
      "This graph has no node “atlantis” to focus on.",
      "This graph has no node “mars” to connect.",
    ]);
  });

  it("does not take a node that is not a topic as a topic", () => {
    expect(resolveView(parseView("?topics=tokayev"), index).view.topics).toEqual([]);
  });

  it("keeps one selection when a link names both a node and a relation", () => {
    const { view, problems } = resolveView(parseView("?node=tokayev&edge=raisi.heads.iran"), index);
    expect(view.node).toBeNull();
    expect(view.edge).toBe("raisi.heads.iran");
    expect(problems).toHaveLength(1);
  });
});

describe("parseView on hostile addresses", () => {
  it("takes the first of a repeated parameter, and says so once for all of them", () => {
    const { view, problems } = parseView("?node=tokayev&node=raisi&topics=trade&topics=visas");
    expect(view.node).toBe("tokayev");
    expect(view.topics).toEqual(["trade"]);
    expect(problems).toEqual([
      "The link gives “node”, “topics” more than once; the first of each applies.",
    ]);
  });

  it("ignores empty parameters without a word", () => {
    expect(parseView("?node=&topics=&hide=,,&focus=%20&from=&to=&passage=&")).toEqual({
      view: EMPTY_VIEW,
      problems: [],
    });
  });

  it("ignores a value too long to be an id, and cuts a list at 50 items", () => {
    const long = "a".repeat(5_000);
    const topics = Array.from({ length: 120 }, (_, i) => `t${i}`).join(",");
    const { view, problems } = parseView(`?node=${long}&topics=${topics},${long}`);
    expect(view.node).toBeNull();
    expect(view.topics).toHaveLength(50);
    expect(view.topics[49]).toBe("t49");
    expect(problems).toEqual([
      "A node id in the link has 5,000 characters, too many for an id; it is ignored.",
      "A topic in the link has 5,000 characters, too many for an id; it is ignored.",
      "The link lists 120 topics; only the first 50 are read.",
    ]);
  });

  it("keeps markup as an id to look up, and echoes it short, as text", () => {
    const markup = `<img src=x onerror="window.__pwned=1">${"<script>x</script>".repeat(9)}`;
    const { view, problems } = resolveView(
      parseView(`?node=${encodeURIComponent(markup)}&topics=trade`),
      index,
    );
    expect(view).toEqual({ ...EMPTY_VIEW, topics: ["trade"] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^This graph has no node “<img src=x onerror="window.__pwned=1">/);
    expect(problems[0]?.length).toBeLessThan(110);
  });

  it("reads NFC, so “é” composed or not is one id", () => {
    expect(parseView("?topics=caf%C3%A9,cafe%CC%81").view.topics).toEqual(["café"]);
  });

  it("writes out bidi overrides and control characters in what it echoes", () => {
    const { problems } = resolveView(parseView("?node=%E2%80%AEevil%00"), index);
    expect(problems).toEqual(["This graph has no node “‹U+202E›evil‹U+0000›”."]);
  });

  it("drops a depth that has no focus, and a focus the graph lacks takes its depth along", () => {
    expect(parseView("?depth=2").view.depth).toBe(1);
    expect(resolveView(parseView("?focus=atlantis&depth=2"), index).view.depth).toBe(1);
  });

  it("survives odd but valid addresses", () => {
    for (const search of ["", "?", "&&&", "?=x", "?%", "?node=%E0%A4%A", "?node=\ud800", "#x"]) {
      expect(() => resolveView(parseView(search), index)).not.toThrow();
    }
  });
});

describe("the graph parameter", () => {
  it("prints an address with its slashes readable, and reads it back", () => {
    const view = { ...EMPTY_VIEW, graph: "graphs/a&b.json", node: "raisi" };
    expect(printView(view)).toBe("?graph=graphs/a%26b.json&node=raisi");
    expect(parseView(printView(view)).view).toEqual(view);
  });

  it("is kept by resolving, whatever the graph", () => {
    const parsed = parseView("?graph=other.json&node=tokayev");
    expect(resolveView(parsed, index).view.graph).toBe("other.json");
  });
});
