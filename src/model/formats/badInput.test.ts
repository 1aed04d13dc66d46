import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFile } from "./detect";
import { FormatError } from "./FormatError";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** The reason a file is refused, or a failure when it is not. */
function refusal(name: string, text: string): string {
  try {
    readFile(name, text);
  } catch (error) {
    if (error instanceof FormatError) return error.reason;
    throw error;
  }
  throw new Error(`${name} was not refused`);
}

describe("files the explorer refuses, each with its reason", () => {
  it("an empty file", () => {
    expect(refusal("empty.invalid.txt", fixture("empty.invalid.txt"))).toBe("it is empty");
    expect(refusal("blank.txt", " \n\t ")).toBe("it is empty");
  });

  it("JSON of no known kind", () => {
    expect(refusal("x.json", fixture("no-known-kind.invalid.json"))).toMatch(
      /neither a graph file .* nor Cytoscape JSON/,
    );
  });

  it("XML of no known kind", () => {
    expect(refusal("x.svg", fixture("no-known-kind.invalid.svg"))).toBe(
      "it is XML, but neither GEXF nor GraphML",
    );
  });

  it("a graph file whose name promises a graph but holds prose", () => {
    expect(refusal("x.gexf", "Just a few words here.")).toMatch(/neither JSON nor XML/);
  });

  it("broken JSON says where", () => {
    expect(refusal("x.json", '{"schemaVersion": 2,')).toMatch(/not valid JSON/);
  });

  it("a GEXF with a DOCTYPE and nested entities (billion laughs), before expanding anything", () => {
    const text = fixture("billion-laughs.invalid.gexf");
    const started = Date.now();
    expect(refusal("laughs.gexf", text)).toMatch(/DOCTYPE.*billion laughs/);
    // Refused before parsing: a guard against a hang, not a measure of speed.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a DOCTYPE far down, after a long comment, is still refused", () => {
    const text = `<?xml version="1.0"?>\n<!--${"x".repeat(10_000)}-->\n<!DOCTYPE g [<!ENTITY a "b">]>\n<graphml><graph/></graphml>`;
    expect(refusal("far.graphml", text)).toMatch(/DOCTYPE/);
  });

  it("XML that is not well formed", () => {
    expect(refusal("x.graphml", "<graphml><graph><node id='a'></graph>")).toMatch(
      /not well-formed XML/,
    );
  });

  it("a graph of 200,000 nodes, by count, before any of it is built", () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => ({ data: { id: `n${i}` } }));
    expect(refusal("huge.cyjs", JSON.stringify(nodes))).toBe(
      "it has 200,000 nodes; the explorer opens graphs of at most 100,000",
    );
    const gexf = `<gexf version="1.3"><graph><nodes>${'<node id="a"/>'.repeat(200_000)}</nodes></graph></gexf>`;
    expect(refusal("huge.gexf", gexf)).toMatch(/200,000 nodes/);
  });

  it("a graph file of ours that breaks the schema names the problem", () => {
    expect(refusal("g.json", JSON.stringify({ schemaVersion: 2, sources: [] }))).toMatch(
      /does not fit the schema \(sources/,
    );
  });
});

describe("files from other tools, opened", () => {
  it("Gephi's GEXF 1.2: labels, positions, unknown kinds as topics, with a note", () => {
    const read = readFile("ports.gexf", fixture("gephi-1.2.valid.gexf"));
    if (read.kind === "article") throw new Error("read as an article");
    expect(read.kind).toBe("gexf");
    const { graph } = read;
    expect(graph.nodes.map((n) => [n.label, n.kind])).toEqual([
      ["Port Aldermere", "place"],
      ["Brindle Shipping Co.", "topic"],
      ["Cassel Bay", "topic"],
    ]);
    expect(graph.nodes[0]?.position).toEqual({ x: 10.5, y: -3.25 });
    expect(graph.edges.map((e) => e.label)).toEqual(["operates in", "links"]);
    expect(read.notes).toEqual([
      "Kinds the explorer does not know (“company”) are shown as topics.",
    ]);
    // Each fact still points at words: the made-up source that says what the file states.
    const [source] = graph.sources;
    expect(source?.title).toBe("What ports.gexf states");
    expect(graph.edges[0]?.evidence[0]?.exact).toBe(
      "Brindle Shipping Co. operates in Port Aldermere",
    );
  });

  it("script in attribute values stays text; nothing is dropped or run", () => {
    const read = readFile("s.graphml", fixture("script-in-attributes.valid.graphml"));
    if (read.kind === "article") throw new Error("read as an article");
    expect(read.graph.nodes.map((n) => n.label)).toEqual([
      '<img src=x onerror="window.__pwned=1">',
      "<script>window.__pwned=3</script>",
    ]);
  });

  it("a plain array of Cytoscape elements", () => {
    const read = readFile("els.json", fixture("elements-array.valid.json"));
    if (read.kind === "article") throw new Error("read as an article");
    expect(read.kind).toBe("cytoscape");
    expect(read.graph.edges.map((e) => [e.source, e.type, e.target])).toEqual([
      ["ana", "heads", "borvia"],
    ]);
    expect(read.graph.nodes.map((n) => n.kind)).toEqual(["leader", "state"]);
  });

  it("text and pasted HTML are articles; HTML is reduced to its text", () => {
    expect(readFile("a.txt", "Leaders met in Vienna today.")).toEqual({
      kind: "article",
      text: "Leaders met in Vienna today.",
    });
    const html =
      "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Leaders met.</p><p>They talked &amp; agreed.</p></body></html>";
    expect(readFile("pasted", html)).toEqual({
      kind: "article",
      text: "Leaders met.\n\nThey talked & agreed.",
    });
  });
});
