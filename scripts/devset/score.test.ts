import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Gold } from "./goldSchema";
import { DevsetError, readDevset } from "./readDevset";
import { sameName, sameState } from "./same";
import { emptyTally, score, type Found } from "./score";
import { coarseTopics } from "./topics";

const gold: Gold = {
  style: "multi-meeting",
  host: { name: "Kassym-Jomart Tokayev", state: "Kazakhstan" },
  counterparts: [
    { name: "Alar Karis", state: "Estonia" },
    { name: "Ebrahim Raisi", state: "Iran" },
    { name: null, state: "Türkiye" },
  ],
  topics: ["trade", "logistics"],
};
const found = (over: Partial<Found>): Found => ({
  counterparts: [],
  people: [],
  topics: [],
  meetings: 0,
  badSpans: 0,
  ...over,
});
const party = (name: string | null, id: string, label: string) => ({ name, of: [{ id, label }] });

describe("scoring a readout against its gold", () => {
  it("counts names as readouts vary them and states by any of their names", () => {
    const tally = emptyTally();
    score(
      gold,
      found({
        host: party("Tokayev", "kazakhstan", "Kazakhstan"),
        counterparts: [
          party("Karis", "estonia", "Estonia"),
          party("Ibrahim Raisi", "iran", "Iran"),
          party(null, "turkey", "Turkey"),
        ],
        meetings: 3,
        topics: ["trade"],
      }),
      tally,
    );
    expect(tally.hosts).toEqual({ gold: 1, found: 1, right: 1 });
    expect(tally.counterparts).toEqual({ gold: 3, found: 3, right: 3 });
    expect(tally.states).toEqual({ gold: 3, found: 3, right: 3 });
    expect(tally.topics).toEqual({ gold: 2, found: 1, right: 1 });
    expect([...tally.misses]).toEqual([]);
  });

  it("says what kind each miss is", () => {
    const tally = emptyTally();
    score(
      gold,
      found({
        host: party("Karis", "estonia", "Estonia"),
        counterparts: [
          party("Tokayev", "kazakhstan", "Kazakhstan"),
          party("Roman Sklyar", "kazakhstan", "Kazakhstan"),
          party(null, "iran", "Iran"),
          party("Jane Doe", "peru", "Peru"),
        ],
        people: ["Alar Karis"],
        meetings: 2,
      }),
      tally,
    );
    expect(Object.fromEntries(tally.misses)).toEqual({
      hostWrong: 1,
      notMet: 1,
      asState: 1,
      unnamed: 1,
      host: 1,
      hostSide: 1,
      other: 2,
    });
  });

  it("scores a meeting found in a readout that reports none as invented", () => {
    const tally = emptyTally();
    const negative: Gold = { ...gold, counterparts: [], negative: true, topics: [] };
    score(
      negative,
      found({ counterparts: [party("Alar Karis", "estonia", "Estonia")], meetings: 1 }),
      tally,
    );
    expect(tally.invented).toBe(1);
    expect(tally.hosts.gold).toBe(0);
    expect(Object.fromEntries(tally.misses)).toEqual({ negative: 1 });
  });
});

describe("what counts as the same", () => {
  it("takes a family name written first as the same person", () => {
    expect(sameName("Kishida Fumio", "Fumio Kishida")).toBe(true);
    expect(sameName("Sheikh Hasina", "Hasina")).toBe(true);
    expect(sameName("Xi Jinping", "Li Qiang")).toBe(false);
  });

  it("finds a state by any of its names, and a company by its own", () => {
    expect(sameState("Republic of Korea", [{ id: "south-korea", label: "South Korea" }])).toBe(
      true,
    );
    expect(sameState("Rosatom", [{ id: "rosatom", label: "Rosatom" }])).toBe(true);
    expect(sameState("Iran", [{ id: "iraq", label: "Iraq" }])).toBe(false);
    const adb = [{ id: "adb", label: "Asian Development Bank" }];
    expect(sameState("Asian Development Bank (ADB)", adb)).toBe(true);
    expect(sameState("CEEC Corp (CEEC)", [{ id: "", label: "CEEC" }])).toBe(true);
    const council = [{ id: "european-council", label: "European Council" }];
    expect(sameState("European Union", council)).toBe(true);
  });

  it("maps the lexicon's topics onto the coarse ones", () => {
    expect(coarseTopics(["visas", "education", "sport"])).toEqual([
      "science_education",
      "visa_migration",
    ]);
  });
});

describe("reading a development set", () => {
  const dir = mkdtempSync(join(tmpdir(), "devset-"));
  const goldFile = JSON.stringify({ ...gold });

  it("reads tune/ and check/ as two splits, a capitalised name as any other", () => {
    for (const split of ["tune", "check"]) {
      mkdirSync(join(dir, "two", split), { recursive: true });
      writeFileSync(join(dir, "two", split, "A01.txt"), "Tokayev met Karis.");
      writeFileSync(join(dir, "two", split, "A01.gold.json"), goldFile);
    }
    expect(
      readDevset(join(dir, "two")).map((s) => [s.name, s.readouts.map((r) => r.name)]),
    ).toEqual([
      ["tune", ["A01"]],
      ["check", ["A01"]],
    ]);
  });

  it("reads a flat folder as one split", () => {
    mkdirSync(join(dir, "flat"));
    writeFileSync(join(dir, "flat", "x.txt"), "Tokayev met Karis.");
    writeFileSync(join(dir, "flat", "x.gold.json"), goldFile);
    expect(readDevset(join(dir, "flat")).map((s) => s.name)).toEqual(["flat"]);
  });

  it("names the file and the fault of a bad gold, and a text that is missing", () => {
    mkdirSync(join(dir, "bad"));
    writeFileSync(join(dir, "bad", "x.txt"), "Tokayev met Karis.");
    writeFileSync(
      join(dir, "bad", "x.gold.json"),
      JSON.stringify({ ...gold, counterparts: "none" }),
    );
    expect(() => readDevset(join(dir, "bad"))).toThrow(/x\.gold\.json: at "counterparts"/);
    writeFileSync(join(dir, "bad", "y.gold.json"), goldFile);
    expect(() => readDevset(join(dir, "bad"))).toThrow(DevsetError);
    expect(() => readDevset(join(dir, "nowhere"))).toThrow(/no such folder/);
  });
});
