import type { Page } from "@playwright/test";
import { longestTask, probe, sleep } from "./probeApi";
import { quantile } from "./stats";

/** Animation frames while a gesture runs, until the page has caught up with it. */
export interface Frames {
  /** Frame intervals, ms. */
  p50: number;
  p95: number;
  /** Frames shown per second: 1000 / the mean interval, so that every hitch counts. */
  fps: number;
  count: number;
  longestTaskMs: number;
  /** Whether the view moved at all (a drag that starts on a node moves the node instead). */
  moved: boolean;
  deltas: number[];
}

const PAN_RADIUS = 60;
const INPUT_INTERVAL_MS = 1000 / 60;
const WHEEL_BURST = 8;

/**
 * Calls `send` every 1/60 s for `ms` (with the time since the start), then awaits them all: input
 * comes at a steady rate, as from a hand, whether or not the page keeps up. (Awaiting each event
 * before sending the next would let the page idle between them, which flatters slow pages.)
 */
async function paced(ms: number, send: (t: number) => Promise<void>): Promise<void> {
  const sent: Promise<void>[] = [];
  const start = Date.now();
  for (let n = 0; Date.now() - start < ms; n++) {
    sent.push(send(Date.now() - start));
    await sleep(Math.max(0, start + (n + 1) * INPUT_INTERVAL_MS - Date.now()));
  }
  await Promise.all(sent);
}

/** Records frames from the start of `gesture` until the page has caught up with it. */
async function frames(page: Page, watched: string, gesture: () => Promise<void>): Promise<Frames> {
  await probe.startFrames(page, watched);
  const from = await probe.now(page);
  await gesture();
  const to = await probe.now(page);
  await probe.settle(page);
  const { deltas, moved } = await probe.stopFrames(page);
  return {
    p50: quantile(deltas, 0.5),
    p95: quantile(deltas, 0.95),
    fps: (1000 * deltas.length) / deltas.reduce((sum, d) => sum + d, 0),
    count: deltas.length,
    longestTaskMs: await longestTask(page, from, to),
    moved,
    deltas: deltas.map((d) => Math.round(d * 10) / 10),
  };
}

/**
 * Drags from `at` (empty canvas) in circles, one a second, for `ms`. `watched` is a node whose
 * drawn position tells whether the view moved. The mouse ends up elsewhere, still over the same
 * point of the graph, which the drag carried along.
 */
export async function panFrames(
  page: Page,
  at: { x: number; y: number },
  ms: number,
  watched: string,
): Promise<Frames> {
  await page.mouse.move(at.x, at.y);
  await probe.settle(page);
  return frames(page, watched, async () => {
    await page.mouse.down();
    await paced(ms, (t) => {
      const angle = (2 * Math.PI * t) / 1000;
      return page.mouse.move(
        at.x + PAN_RADIUS * Math.sin(angle),
        at.y + PAN_RADIUS * (1 - Math.cos(angle)),
      );
    });
    await page.mouse.up();
  });
}

/** Wheels in and out by turns (so the zoom stays within its limits) where the mouse is, for `ms`. */
export async function zoomFrames(page: Page, ms: number, watched: string): Promise<Frames> {
  return frames(page, watched, async () => {
    let i = 0;
    await paced(ms, () => {
      const inward = i % (2 * WHEEL_BURST) < WHEEL_BURST;
      // Uneven steps, so Cytoscape takes this for a precise wheel and zooms by the delta.
      const delta = (inward ? -1 : 1) * (13 + (i % 5));
      i++;
      return page.mouse.wheel(0, delta);
    });
  });
}
