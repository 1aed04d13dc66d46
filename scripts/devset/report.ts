/** The development set's scores printed as a table, one column pair a split, beside the targets. */
import { MISS_KINDS, type Count, type Tally } from "./score";

/** The targets, measured on readouts the rules were not written on. */
export const TARGETS = {
  hosts: { recall: 95 },
  counterparts: { recall: 85, precision: 95 },
  states: { recall: 90 },
  topics: { recall: 80 },
} as const;

const pct = (a: number, b: number) => (b === 0 ? NaN : (100 * a) / b);
const show = (n: number) => (Number.isNaN(n) ? "n/a" : `${n.toFixed(1)}%`);
const cell = (a: number, b: number) => `${show(pct(a, b))} (${a}/${b})`.padStart(16);

export function printReport(
  splits: readonly { name: string; tally: Tally }[],
  print: (line: string) => void,
): void {
  const head = splits.map((s) => `${s.name} (${s.tally.readouts})`.padStart(33)).join("");
  print(`${"".padEnd(16)}${head}   target`);
  print(
    `${"".padEnd(16)}${splits.map(() => "recall".padStart(16) + "precision".padStart(17)).join("")}`,
  );
  for (const key of ["hosts", "counterparts", "states", "topics"] as const) {
    const row = splits
      .map(({ tally }) => {
        const c: Count = tally[key];
        return cell(c.right, c.gold) + " " + cell(c.right, c.found);
      })
      .join("");
    const target = TARGETS[key];
    const goal = [
      `recall ≥ ${target.recall}%`,
      "precision" in target ? `precision ≥ ${target.precision}%` : "",
    ]
      .filter(Boolean)
      .join(", ");
    print(`${key.padEnd(16)}${row}   ${goal}`);
  }
  const line = (label: string, value: (t: Tally) => number) => {
    print(`${label.padEnd(49)}${splits.map((s) => String(value(s.tally)).padStart(8)).join("")}`);
  };
  line("meetings invented in readouts that report none", (t) => t.invented);
  line("spans that do not read their text", (t) => t.badSpans);
  const gap = (t: Tally) => pct(t.counterparts.right, t.counterparts.gold);
  if (splits.length === 2) {
    const [a, b] = splits;
    if (a && b)
      print(
        `counterpart recall, gap between the splits: ${Math.abs(gap(a.tally) - gap(b.tally)).toFixed(1)} points (target ≤ 5)`,
      );
  }
  print("by kind:");
  for (const [kind, label] of MISS_KINDS) {
    const counts = splits.map((s) => s.tally.misses.get(kind) ?? 0);
    if (counts.every((n) => n === 0)) continue;
    print(`  ${label.padEnd(47)}${counts.map((n) => String(n).padStart(8)).join("")}`);
  }
}
