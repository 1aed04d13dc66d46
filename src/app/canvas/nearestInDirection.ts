export type Direction = "left" | "right" | "up" | "down";

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The node an arrow key moves to: among the nodes within 60° of the arrow's direction, the one
 * nearest, with nodes off to the side counting as farther. Screen coordinates (y grows downwards).
 */
export function nearestInDirection(
  from: Placed,
  candidates: readonly Placed[],
  direction: Direction,
): Placed | undefined {
  const unit = UNIT[direction];
  let best: Placed | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const along = (dx * unit.x + dy * unit.y) / distance;
    if (along < Math.cos(Math.PI / 3)) continue;
    const score = distance * (2 - along);
    if (score < bestScore || (score === bestScore && best && c.id < best.id)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
