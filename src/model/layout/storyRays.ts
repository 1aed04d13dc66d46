import { BOX_ROOM as PAD, overlap, wholeBox, type Box, type Footprint } from "./labelBox";
import type { Point } from "./layout";
import type { StoryRoles } from "./storyRoles";

const STEP = 5;
const MOST = 400;

const padded = (b: Box): Box => ({
  x1: b.x1 - PAD,
  y1: b.y1 - PAD,
  x2: b.x2 + PAD,
  y2: b.y2 + PAD,
});

/**
 * Moves each counterpart out along their ray from the host until their box clears their
 * meeting's, and the state they represent with them, so that no label covers another there and
 * the host's relation to the counterpart still runs straight through the meeting (a later push
 * sideways would bend the story's spokes and cut across everything at the meeting).
 */
export function clearRays(
  at: Map<string, Point>,
  roles: StoryRoles,
  feet: ReadonlyMap<string, Footprint>,
): void {
  const host = at.get(roles.host) ?? { x: 0, y: 0 };
  const clash = (a: string, b: string, pa: Point) => {
    const [fa, fb, pb] = [feet.get(a), feet.get(b), at.get(b)];
    return fa !== undefined && fb !== undefined && pb !== undefined
      ? overlap(padded(wholeBox(pa, fa)), wholeBox(pb, fb))
      : false;
  };
  const outward = (id: string, clear: readonly string[]) => {
    const p = at.get(id);
    if (!p) return 0;
    const length = Math.hypot(p.x - host.x, p.y - host.y) || 1;
    const [ux, uy] = [(p.x - host.x) / length, (p.y - host.y) / length];
    let by = 0;
    const shifted = () => ({ x: p.x + ux * by, y: p.y + uy * by });
    while (by < MOST && clear.some((other) => clash(id, other, shifted()))) by += STEP;
    at.set(id, shifted());
    return by;
  };
  for (const meeting of roles.meetings) {
    for (const who of roles.counterparts.get(meeting) ?? []) {
      const by = outward(who, [meeting]);
      for (const state of roles.represents.get(who) ?? []) {
        const p = at.get(state);
        const q = at.get(who);
        if (!p || !q || state === roles.host) continue;
        // The state keeps its distance beyond the counterpart, then clears them too.
        const length = Math.hypot(p.x - host.x, p.y - host.y) || 1;
        at.set(state, {
          x: p.x + ((p.x - host.x) / length) * by,
          y: p.y + ((p.y - host.y) / length) * by,
        });
        outward(state, [who, meeting]);
      }
    }
  }
}
