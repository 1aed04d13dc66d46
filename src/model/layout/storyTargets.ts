import type { LayoutInput, Point } from "./layout";
import type { StoryRoles } from "./storyRoles";

/** Distances in the story, in layout units. */
export const STORY_SPACING = {
  meetingGap: 230,
  counterpart: 145,
  state: 255,
  near: 115,
  nearStep: 80,
  edge: 340,
  inner: 0.36,
} as const;

const TURN = 2 * Math.PI;
const polar = (angle: number, radius: number): Point => ({
  x: radius * Math.cos(angle),
  y: radius * Math.sin(angle),
});

/** The shortest run of sectors round the ring that holds all of these (length 0: one sector). */
export function coveringArc(sectors: readonly number[], count: number) {
  const sorted = [...new Set(sectors)].sort((a, b) => a - b);
  let best = { from: sorted[0] ?? 0, length: count };
  sorted.forEach((sector, i) => {
    const previous = sorted[(i - 1 + sorted.length) % sorted.length] ?? sector;
    const gap = (sector - previous + count) % count || count;
    if (count - gap < best.length) best = { from: sector, length: count - gap };
  });
  return best;
}

/** Each meeting's sector: the meeting, who met the host there, and whom they represent. */
function sectorsOf(roles: StoryRoles): Map<string, string[]> {
  return new Map(
    roles.meetings.map((m) => {
      const who = roles.counterparts.get(m) ?? [];
      return [m, [m, ...who, ...who.flatMap((w) => roles.represents.get(w) ?? [])]];
    }),
  );
}

/** For every other node, the meetings whose sectors it touches. */
function touchedSectors(input: LayoutInput, roles: StoryRoles): Map<string, Set<string>> {
  const sectorOfNode = new Map<string, string>();
  for (const [meeting, members] of sectorsOf(roles)) {
    for (const id of members)
      if (id !== roles.host && !sectorOfNode.has(id)) sectorOfNode.set(id, meeting);
  }
  const touched = new Map<string, Set<string>>();
  for (const e of input.edges) {
    for (const [self, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const sector = sectorOfNode.get(other);
      if (!sector || sectorOfNode.has(self) || self === roles.host) continue;
      touched.set(self, (touched.get(self) ?? new Set()).add(sector));
    }
  }
  return touched;
}

/** Every order of the meetings round the ring, the first kept first (a rotation is the same). */
function orders(meetings: readonly string[]): string[][] {
  const permute = (items: readonly string[]): string[][] =>
    items.length <= 1
      ? [[...items]]
      : items.flatMap((item, i) =>
          permute([...items.slice(0, i), ...items.slice(i + 1)]).map((tail) => [item, ...tail]),
        );
  const [first, ...rest] = meetings;
  return first === undefined ? [[]] : permute(rest).map((tail) => [first, ...tail]);
}

/**
 * The orders of the meetings round the ring that best keep together the sectors that what lies
 * between them touches (a topic two meetings share, a forum two counterparts are invited to): fewer
 * of its relations then cut across another meeting's sector. Every order is weighed for up to seven
 * meetings; past that, the report's own order.
 */
export function bestOrders(input: LayoutInput, roles: StoryRoles, how: number): string[][] {
  if (roles.meetings.length > 7) return [roles.meetings];
  const touched = touchedSectors(input, roles);
  const half = roles.meetings.length / 2;
  const shared = [...touched.values()].filter((s) => s.size > 1 && s.size < half + 1);
  const cost = (order: readonly string[]) => {
    const slot = new Map(order.map((m, i) => [m, i]));
    return shared.reduce(
      (sum, s) =>
        sum +
        coveringArc(
          [...s].flatMap((m) => slot.get(m) ?? []),
          order.length,
        ).length,
      0,
    );
  };
  return orders(roles.meetings)
    .map((order, i) => ({ order, cost: cost(order), i }))
    .sort((a, b) => a.cost - b.cost || a.i - b.i)
    .slice(0, how)
    .map((o) => o.order);
}

/**
 * Where the story puts every node. The host at the centre, the meetings on a ring around them,
 * each meeting's counterpart outward on its ray and their state beyond. What touches one sector
 * fans out beside it; what touches two neighbours sits in the gap between them; what touches a
 * longer run sits beyond its middle sector, so its relations go round that sector, not through it;
 * what touches most sectors (a topic most meetings raise, the place, occasion or reporter of all
 * of them, the host's own state) gathers round the host. Bodies and places stand at the edge.
 */
export function storyTargets(
  input: LayoutInput,
  roles: StoryRoles,
  meetings: readonly string[],
): { at: Map<string, Point>; ring: number } {
  const touched = touchedSectors(input, roles);
  const count = meetings.length;
  const ring = Math.max(230, (count * STORY_SPACING.meetingGap) / TURN);
  const step = TURN / count;
  const angleOf = (slot: number) => -Math.PI / 2 + slot * step;
  const slot = new Map(meetings.map((m, i) => [m, i]));
  const kindOf = new Map(input.nodes.map((n) => [n.id, n.kind]));
  const at = new Map<string, Point>([[roles.host, { x: 0, y: 0 }]]);
  const place = (id: string, p: Point) => {
    if (!at.has(id)) at.set(id, p);
  };

  meetings.forEach((meeting, i) => {
    place(meeting, polar(angleOf(i), ring));
    const others = roles.counterparts.get(meeting) ?? [];
    others.forEach((who, j) => {
      const angle = angleOf(i) + (j - (others.length - 1) / 2) * Math.min(0.28, step / 3);
      place(who, polar(angle, ring + STORY_SPACING.counterpart));
      for (const state of roles.represents.get(who) ?? []) {
        place(state, polar(angle, ring + STORY_SPACING.state));
      }
    });
  });

  const edge = (id: string) => {
    const kind = kindOf.get(id);
    return kind === "organization" || kind === "place" || kind === "state";
  };
  const inner: string[] = [...(roles.represents.get(roles.host) ?? [])];
  const fans = new Map<string, number>();
  for (const n of input.nodes) {
    const sectors = touched.get(n.id);
    if (at.has(n.id) || !sectors) continue;
    const arc = coveringArc(
      [...sectors].flatMap((m) => slot.get(m) ?? []),
      count,
    );
    if (sectors.size > 1 && (sectors.size * 2 > count || arc.length * 2 >= count)) {
      inner.push(n.id);
      continue;
    }
    const middle = angleOf(arc.from) + (arc.length * step) / 2;
    const far = edge(n.id) ? ring + STORY_SPACING.edge : ring + STORY_SPACING.near;
    if (arc.length === 0) {
      // A fan either side of the sector's own ray.
      const key = `${arc.from}:${far}`;
      const k = fans.get(key) ?? 0;
      fans.set(key, k + 1);
      const side = k % 2 === 0 ? 1 : -1;
      const offset = side * Math.min(step * 0.42, 0.3 + 0.13 * Math.floor(k / 2));
      place(n.id, polar(middle + offset, far + STORY_SPACING.nearStep * Math.floor(k / 2)));
    } else if (arc.length === 1) {
      place(n.id, polar(middle, far - 20));
    } else {
      place(n.id, polar(middle, Math.max(far, ring + STORY_SPACING.edge)));
    }
  }

  // Round the host, each towards what it touches.
  inner.forEach((id, i) => {
    const sectors = [...(touched.get(id) ?? [])];
    const x = sectors.reduce((sum, m) => sum + Math.cos(angleOf(slot.get(m) ?? 0)), 0);
    const y = sectors.reduce((sum, m) => sum + Math.sin(angleOf(slot.get(m) ?? 0)), 0);
    const angle = Math.hypot(x, y) > 0.3 ? Math.atan2(y, x) : angleOf(0) + (i + 0.5) * step;
    place(id, polar(angle, ring * STORY_SPACING.inner * (1 + 0.35 * (i % 2))));
  });

  // What touches no sector: at the edge, towards what it touches that has a place.
  const neighbours = new Map<string, string[]>();
  for (const e of input.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  for (let round = 0; round < 4; round += 1) {
    for (const n of input.nodes) {
      if (at.has(n.id)) continue;
      const points = (neighbours.get(n.id) ?? []).flatMap((m) => at.get(m) ?? []);
      if (points.length === 0) continue;
      const x = points.reduce((sum, p) => sum + p.x, 0);
      const y = points.reduce((sum, p) => sum + p.y, 0);
      const far = Math.max(...points.map((p) => Math.hypot(p.x, p.y)));
      place(n.id, polar(Math.atan2(y, x), Math.max(far + 90, ring + STORY_SPACING.near)));
    }
  }
  input.nodes.forEach((n, i) => {
    place(n.id, polar((i * TURN) / input.nodes.length, ring + STORY_SPACING.edge + 120));
  });
  return { at, ring };
}
