import { execFileSync } from "node:child_process";
import { runExtract } from "./cliExtractRun";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GraphSchema } from "../model/graph/schema";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
const fixture = (name: string) => join(root, "src/pipeline/extract/fixtures", `${name}.txt`);

/** Runs the command in this process; returns its exit code and what it printed. */
function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExtract(args, { out: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// One case starts the command as a process (a second or more with tsx), so it gets room.
describe("npm run extract", { timeout: 60_000 }, () => {
  it("writes the graph of several articles, and explains its choices", () => {
    const out = join(dir, "two.json");
    const result = run(
      "--article",
      fixture("preamble-frame"),
      "--article",
      fixture("no-date-line"),
      "--out",
      out,
      "--explain",
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /preamble-frame\.s2 MEETING Pakistan: a meeting word with one counterpart opens/,
    );
    const graph = JSON.parse(readFileSync(out, "utf8")) as { sources: { id: string }[] };
    expect(graph.sources.map((s) => s.id)).toEqual(["preamble-frame", "no-date-line"]);
  });

  it("merges several outlets' readouts of the same meetings into one graph", () => {
    const corpus = join(root, "e2e/fixtures/corpus");
    const articles = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
    const out = join(dir, "corpus.json");
    const result = run(...articles.flatMap((f) => ["--article", join(corpus, f)]), "--out", out);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/: 4 article\(s\), 3 meeting\(s\),/);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    const iran = graph.nodes.find((n) => n.id === "meeting-iran");
    expect(new Set(iran?.mentions.map((m) => m.passage.split(".")[0])).size).toBe(3);
  });

  it("applies a knowledge file of corrections", () => {
    const knowledge = join(dir, "k.json");
    writeFileSync(
      knowledge,
      JSON.stringify({
        source: { id: "my-source", publisher: "Akorda" },
        rename: { "head-of-state": "tokayev" },
      }),
    );
    const out = join(dir, "k-out.json");
    expect(
      run("--article", fixture("host-by-title"), "--knowledge", knowledge, "--out", out).code,
    ).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8")) as {
      sources: { id: string; publisher: string }[];
      nodes: { id: string }[];
    };
    expect(graph.sources[0]).toMatchObject({ id: "my-source", publisher: "Akorda" });
    expect(graph.nodes.map((n) => n.id)).toContain("tokayev");
  });

  it.each([
    ["an empty file", "", /: it is empty$/],
    ["a binary file", "\u0000\u0001PNG", /: it looks like a binary file, not text$/],
    ["a text without sentences", "1234 5678", /: it holds no sentence to read$/],
    [
      "a text about nothing the extractor knows",
      "the cat sat on the mat and purred all day.",
      /: it names no leader, state or meeting/,
    ],
  ])("refuses %s with the file and the reason, no stack trace", (_what, content, reason) => {
    const file = join(dir, "bad.txt");
    writeFileSync(file, content);
    const result = run("--article", file, "--out", join(dir, "bad.json"));
    expect(result.code).toBe(1);
    expect(result.err.trim()).toMatch(
      new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect(result.err.trim()).toMatch(reason);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("refuses ten megabytes of text before reading it", () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, "word ".repeat(2_100_000));
    const result = run("--article", file, "--out", join(dir, "big.json"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/big\.txt: it has 10,500,000 bytes, too long for an article/);
  });

  it("as a process: exits with 1 and one line, no stack trace", () => {
    const file = join(dir, "empty.txt");
    writeFileSync(file, "");
    try {
      execFileSync(
        join(root, "node_modules/.bin/tsx"),
        ["src/pipeline/cliExtract.ts", "--article", file, "--out", join(dir, "x.json")],
        { cwd: root, encoding: "utf8", stdio: "pipe" },
      );
      expect.unreachable("the command accepted an empty file");
    } catch (error) {
      const e = error as { status: number; stderr: string };
      expect(e.status).toBe(1);
      expect(e.stderr.trim()).toBe(`error: ${file}: it is empty`);
    }
  });

  it("says how to call it when an argument is missing", () => {
    const result = run("--article", fixture("no-date-line"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^usage: npm run extract -- --article <file>/);
  });
});
