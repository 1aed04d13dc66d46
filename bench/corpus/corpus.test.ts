import { describe, expect, it } from "vitest";
import { extractGraph } from "../../src/pipeline/extract/extractGraph";
import { CORPUS_SEED, makeCorpus } from "./corpus";
import { planStories } from "./plan";
import { mulberry32 } from "../../src/model/layout/random";
import { READOUT_BYTES } from "./writeReadout";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("the benchmark's corpus of readouts", () => {
  const corpus = makeCorpus(120);

  it("is the same for the same seed, and another for another", () => {
    expect(makeCorpus(120)).toEqual(corpus);
    expect(makeCorpus(120, 1)[0]?.text).not.toBe(corpus[0]?.text);
  });

  it("has as many readouts as asked, each 2 to 6 KB", () => {
    expect(corpus).toHaveLength(120);
    for (const file of corpus) {
      expect(bytes(file.text)).toBeGreaterThanOrEqual(READOUT_BYTES.min);
      expect(bytes(file.text)).toBeLessThanOrEqual(READOUT_BYTES.max);
    }
    expect(new Set(corpus.map((f) => f.name)).size).toBe(120);
  });

  it("has many hosts and counterparts, and some stories reported by several outlets", () => {
    const stories = planStories(mulberry32(5), 300);
    const hosts = new Set(stories.map((s) => s.host.family));
    const counterparts = new Set(
      stories.flatMap((s) => s.meetings.map((m) => m.counterpart.family)),
    );
    expect(hosts.size).toBeGreaterThan(20);
    expect(counterparts.size).toBeGreaterThan(100);
    expect(stories.filter((s) => s.outlets.length > 1).length).toBeGreaterThan(30);
    expect(stories.reduce((n, s) => n + s.outlets.length, 0)).toBe(300);
  });

  it("reads as readouts to the extractor: a host in each, and nearly every meeting planned", () => {
    const stories = planStories(mulberry32(CORPUS_SEED), 40);
    const planned = stories.reduce((n, s) => n + s.outlets.length * s.meetings.length, 0);
    let found = 0;
    makeCorpus(40).forEach((file, i) => {
      const { graph, host } = extractGraph(file.text, { sourceId: `r${i}` });
      expect(host).toBeDefined();
      found += graph.nodes.filter((n) => n.role === "bilateral meeting").length;
    });
    // The extractor's own misses and inventions ("Congolese", "Guinea-Bissau") stay in: they are
    // what real readouts give it too.
    expect(Math.abs(found - planned) / planned).toBeLessThan(0.1);
  });
});
