import type { Page } from "@playwright/test";

/**
 * The typed side of bench/probe.js (`window.__bench`). Page functions reach it through
 * `globalThis`, so this file needs no DOM types; they must stay one-line arrows (they are sent to the
 * page as source text, so they cannot use anything defined out here).
 */
export interface Probe {
  now(): number;
  drawnAt(): number | null;
  settle(): Promise<void>;
  longestTask(from: number, to: number): number;
  positions(): { id: string; x: number; y: number }[];
  zoom(): number;
  visibleCount(): number;
  armClick(label: string): void;
  armToggle(): void;
  result(timeoutMs: number): Promise<{ start: number; end: number } | null>;
  startFrames(watched: string): void;
  stopFrames(): { deltas: number[]; moved: boolean };
}

declare global {
  // Put on the page by bench/probe.js; `var` is how a global is declared.
  var __bench: Probe;
}

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

export const probe = {
  now: (page: Page) => page.evaluate(() => globalThis.__bench.now()),
  drawnAt: (page: Page) => page.evaluate(() => globalThis.__bench.drawnAt()),
  settle: (page: Page) => page.evaluate(() => globalThis.__bench.settle()),
  longestTask: (page: Page, from: number, to: number) =>
    page.evaluate(([f, t]) => globalThis.__bench.longestTask(f, t), [from, to] as const),
  positions: (page: Page) => page.evaluate(() => globalThis.__bench.positions()),
  zoom: (page: Page) => page.evaluate(() => globalThis.__bench.zoom()),
  visibleCount: (page: Page) => page.evaluate(() => globalThis.__bench.visibleCount()),
  armClick: (page: Page, label: string) =>
    page.evaluate((l) => {
      globalThis.__bench.armClick(l);
    }, label),
  armToggle: (page: Page) =>
    page.evaluate(() => {
      globalThis.__bench.armToggle();
    }),
  result: (page: Page, timeoutMs: number) =>
    page.evaluate((t) => globalThis.__bench.result(t), timeoutMs),
  startFrames: (page: Page, watched: string) =>
    page.evaluate((w) => {
      globalThis.__bench.startFrames(w);
    }, watched),
  stopFrames: (page: Page) => page.evaluate(() => globalThis.__bench.stopFrames()),
};

/** The longest task in [from, to], asked a little later: long tasks are reported after they end. */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  await sleep(150);
  return probe.longestTask(page, from, to);
}
