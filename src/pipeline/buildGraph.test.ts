import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "./buildGraph";
import { KnowledgeError } from "./KnowledgeError";
import type { Knowledge } from "./knowledgeSchema";
import { serializeGraph } from "./serializeGraph";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const article = read("data/article.txt");
const knowledge = JSON.parse(read("data/knowledge.json")) as Knowledge;

/** The real knowledge file with one fault put in. */
function withFault(fault: (k: Knowledge) => void): Knowledge {
  const copy = structuredClone(knowledge);
  fault(copy);
  return copy;
}

function failure(k: unknown): KnowledgeError {
  try {
    buildGraph(article, k);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error("the build accepted a faulty knowledge file");
}

describe("buildGraph", () => {
  it("writes byte-identical output for the same input, equal to the committed graph.json", () => {
    const first = serializeGraph(buildGraph(article, knowledge));
    const second = serializeGraph(buildGraph(article, structuredClone(knowledge)));
    expect(second).toBe(first);
    expect(first).toBe(read("data/graph.json"));
  });

  it("names the entry and the alias when an alias occurs nowhere", () => {
    const error = failure(
      withFault((k) => k.entities.find((e) => e.id === "karis")?.aliases.push("President Karis")),
    );
    expect(error.entry).toBe('entity "karis"');
    expect(error.reason).toBe('alias "President Karis" occurs nowhere in the article');
  });

  it("names a topic whose term occurs nowhere", () => {
    const error = failure(
      withFault((k) => k.topics.find((t) => t.id === "visas")?.terms.push("visa-free")),
    );
    expect(error.message).toBe('topic "visas": alias "visa-free" occurs nowhere in the article');
  });

  it("names a duplicate id and where it was first defined", () => {
    const error = failure(
      withFault((k) => k.topics.push({ id: "iran", label: "Iran again", terms: ["Iran"] })),
    );
    expect(error.entry).toBe('topic "iran"');
    expect(error.reason).toBe('duplicate id "iran" (also entity "iran")');
  });

  it("names a relation whose quote is not in the text", () => {
    const error = failure(
      withFault((k) =>
        k.relations.push({
          type: "invites",
          source: "tokayev",
          target: "karis",
          quote: "Tokayev invited Karis to Astana",
        }),
      ),
    );
    expect(error.entry).toBe('relation "tokayev invites karis"');
    expect(error.reason).toBe('quote "Tokayev invited Karis to Astana" is not in the article');
  });

  it("refuses a quote that points at more than one place", () => {
    const error = failure(
      withFault((k) =>
        k.relations.push({ type: "invites", source: "tokayev", target: "karis", quote: "Tokayev" }),
      ),
    );
    expect(error.reason).toMatch(/^quote "Tokayev" occurs 11 times/);
  });

  it("refuses a relation whose quoted sentence does not speak of one of its ends", () => {
    const error = failure(
      withFault((k) =>
        k.relations.push({
          type: "invites",
          source: "tokayev",
          target: "karis",
          quote: "invited Novák to visit Kazakhstan",
        }),
      ),
    );
    expect(error.message).toBe(
      'relation "tokayev invites karis": no quoted sentence names or implies "karis"',
    );
  });

  it("names a relation to an id that is not defined", () => {
    const error = failure(
      withFault((k) => {
        const first = k.relations[0];
        if (first) first.target = "kazakstan";
      }),
    );
    expect(error.message).toBe('relation "tokayev heads kazakstan": unknown id "kazakstan"');
  });

  it("names a duplicate relation", () => {
    const error = failure(
      withFault((k) => {
        const first = k.relations[0];
        if (first) k.relations.push({ ...first });
      }),
    );
    expect(error.message).toBe(
      'relation "tokayev heads kazakhstan": duplicate relation "tokayev.heads.kazakhstan"',
    );
  });

  it("names a meeting the article never introduces", () => {
    const error = failure(
      withFault((k) =>
        k.meetings.push({
          id: "meeting-turkmenistan",
          label: "Tokayev meets Turkmenistan",
          participants: ["tokayev", "turkmenistan"],
          date: "2023-09-18",
          heldIn: "new-york",
        }),
      ),
    );
    expect(error.message).toBe(
      'meeting "meeting-turkmenistan": no sentence about this meeting uses a meeting word and names "tokayev" (participates_in)',
    );
  });

  it("explains a knowledge file of the wrong shape", () => {
    const error = failure({ ...knowledge, entities: [{ id: "Not A Slug", kind: "leader" }] });
    expect(error.entry).toBe('knowledge file at "entities.0.id"');
    expect(error.reason).toMatch(/slug/);
  });
});
