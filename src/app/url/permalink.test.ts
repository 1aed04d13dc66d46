import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { indexGraph } from "../../model/graphIndex";
import { GraphSchema } from "../../model/schema";
import { EMPTY_VIEW, type ExplorerView } from "./explorerView";
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
  ];

  it.each(views.map((v) => [printView(v), v] as const))("round-trips %s", (printed, view) => {
    expect(parseView(printed)).toEqual({ view, problems: [] });
  });

  it("prints readable links", () => {
    expect(printView(views[3] ?? EMPTY_VIEW)).toBe("?topics=trade,logistics&hide=place,topic");
    expect(printView(EMPTY_VIEW)).toBe("");
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
