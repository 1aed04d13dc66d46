/** Where to click and where to drag, from where things are drawn (px from the canvas corner). */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
}

const CLICK_MARGIN = 30;
const GESTURE_MARGIN = 130;
const GRID = 12;

function inBox(p: { x: number; y: number }, box: Box, margin: number): boolean {
  return p.x >= margin && p.y >= margin && p.x <= box.width - margin && p.y <= box.height - margin;
}

/** Of the candidates drawn well inside the canvas, the one farthest from any other node. */
export function clickTarget(
  placed: readonly Placed[],
  candidates: ReadonlySet<string>,
  box: Box,
): Placed | undefined {
  const shown = placed.filter((p) => inBox(p, box, 0));
  let best: Placed | undefined;
  let bestRoom = -1;
  for (const p of shown) {
    if (!candidates.has(p.id) || !inBox(p, box, CLICK_MARGIN)) continue;
    let room = Infinity;
    for (const q of shown) {
      if (q !== p) room = Math.min(room, Math.hypot(p.x - q.x, p.y - q.y));
    }
    if (room > bestRoom) {
      best = p;
      bestRoom = room;
    }
  }
  return best;
}

function segmentDistance(
  px: number,
  py: number,
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / length2));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/**
 * A point of empty canvas, away from the edges of the canvas, for dragging (a drag that starts on a
 * node moves the node instead of panning) and wheeling: the one farthest from any node (less its
 * drawn radius) and any relation's line, nearest the middle on a tie.
 */
export function emptySpot(
  placed: readonly Placed[],
  edges: readonly { source: string; target: string }[],
  nodeRadius: number,
  box: Box,
): { x: number; y: number; room: number } {
  const at = new Map(placed.map((p) => [p.id, p]));
  const lines: [Placed, Placed][] = [];
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const off =
      (a.x < 0 && b.x < 0) ||
      (a.y < 0 && b.y < 0) ||
      (a.x > box.width && b.x > box.width) ||
      (a.y > box.height && b.y > box.height);
    if (!off) lines.push([a, b]);
  }
  const nodes = placed.filter((p) => inBox(p, box, -nodeRadius));
  let best = { x: box.width / 2, y: box.height / 2, room: -Infinity };
  let bestScore = -Infinity;
  for (let x = GESTURE_MARGIN; x <= box.width - GESTURE_MARGIN; x += GRID) {
    for (let y = GESTURE_MARGIN; y <= box.height - GESTURE_MARGIN; y += GRID) {
      // Room counts; nearness to the middle only breaks ties.
      const penalty = 0.01 * Math.hypot(x - box.width / 2, y - box.height / 2);
      let room = Infinity;
      for (const n of nodes) {
        room = Math.min(room, Math.hypot(n.x - x, n.y - y) - nodeRadius);
        if (room - penalty <= bestScore) break;
      }
      for (const [a, b] of lines) {
        if (room - penalty <= bestScore) break;
        room = Math.min(room, segmentDistance(x, y, a, b));
      }
      if (room - penalty > bestScore) {
        best = { x, y, room };
        bestScore = room - penalty;
      }
    }
  }
  return best;
}
