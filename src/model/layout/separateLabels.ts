import { overlap, wholeBox, type Footprint } from "./labelBox";
import type { Point } from "./layout";

const PAD = 6;
const ROUNDS = 60;

/**
 * Pushes apart nodes whose boxes (node and label) still overlap, along the shorter way out, until
 * none do or the rounds run out. A fixed node (the host, a meeting) does not move: the other does.
 */
export function separateLabels(
  at: Map<string, Point>,
  feet: ReadonlyMap<string, Footprint>,
  fixed: ReadonlySet<string>,
): Map<string, Point> {
  const ids = [...at.keys()].filter((id) => feet.has(id));
  for (let round = 0; round < ROUNDS; round += 1) {
    let moved = false;
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const [a, b] = [ids[i] ?? "", ids[j] ?? ""];
        const [p, q] = [at.get(a), at.get(b)];
        const [fa, fb] = [feet.get(a), feet.get(b)];
        if (!p || !q || !fa || !fb) continue;
        const [boxA, boxB] = [wholeBox(p, fa), wholeBox(q, fb)];
        if (!overlap(boxA, boxB)) continue;
        const dx = Math.min(boxA.x2, boxB.x2) - Math.max(boxA.x1, boxB.x1) + PAD;
        const dy = Math.min(boxA.y2, boxB.y2) - Math.max(boxA.y1, boxB.y1) + PAD;
        const horizontal = dx < dy;
        const sign = Math.sign(horizontal ? q.x - p.x : q.y - p.y) || 1;
        const by = horizontal ? dx : dy;
        const [shareA, shareB] = fixed.has(a) ? [0, 1] : fixed.has(b) ? [1, 0] : [0.5, 0.5];
        const shift = (point: Point, amount: number): Point =>
          horizontal ? { x: point.x + amount, y: point.y } : { x: point.x, y: point.y + amount };
        at.set(a, shift(p, -sign * by * shareA));
        at.set(b, shift(q, sign * by * shareB));
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}
