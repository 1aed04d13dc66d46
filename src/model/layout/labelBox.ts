import type { Point } from "./layout";

/** How big a node and its label are drawn, in layout units (the canvas's stylesheet at zoom 1). */
export interface Footprint {
  /** The node's own size. */
  size: number;
  /** Its label's box, below it. */
  width: number;
  height: number;
}

/** The canvas's label sizes: the story's core larger, the rest smaller (see the stylesheet). */
export const LABEL_FONT = { core: 24, rest: 18 } as const;
const MAX_WIDTH = 140;
const GAP = 4;

/** An estimate of a label's box (system-ui, wrapped at 140 px), for layouts and figures. */
export function footprint(label: string, size: number, font: number = LABEL_FONT.rest): Footprint {
  const CHAR = font * 0.56;
  const LINE = font * 1.25;
  const maxWidth = (MAX_WIDTH * font) / LABEL_FONT.rest;
  const words = label.split(/\s+/);
  const lines: number[] = [0];
  for (const word of words) {
    const width = word.length * CHAR;
    const last = lines.length - 1;
    const current = lines[last] ?? 0;
    if (current > 0 && current + CHAR + width > maxWidth) lines.push(width);
    else lines[last] = current + (current > 0 ? CHAR : 0) + width;
  }
  return { size, width: Math.max(...lines), height: lines.length * LINE };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box of a node's label, drawn centred below the node. */
export function labelBox(at: Point, f: Footprint): Box {
  const top = at.y + f.size / 2 + GAP;
  return { x1: at.x - f.width / 2, y1: top, x2: at.x + f.width / 2, y2: top + f.height };
}

/** The box of a node and its label together. */
export function wholeBox(at: Point, f: Footprint): Box {
  const label = labelBox(at, f);
  const half = Math.max(f.size, f.width) / 2;
  return { x1: at.x - half, y1: at.y - f.size / 2, x2: at.x + half, y2: label.y2 };
}

/** Room kept between two boxes, so that rounding to whole units cannot make them touch. */
export const BOX_ROOM = 4;

export const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
