import type { Browser } from "@playwright/test";
import type { BenchGraph } from "./graphs";
import { isRefused, measureRun, type RunOutcome } from "./measure";

export interface GraphRunsOptions {
  runs: number;
  /** Where bench/server.ts serves the app and the bare page. */
  origin: string;
  probeFile: string;
  gestureMs: number;
  log: (line: string) => void;
  /** Log each step of each run with its duration. */
  verbose: boolean;
}

/** The bare page's canvas when ours never drew one: the app's canvas at 1440×900. */
const DEFAULT_CANVAS = { width: 816, height: 810 };
const TIMEOUT_MS = 180_000;

/**
 * Runs on one graph, ours and bare by turns so that a slow spell of the machine hurts both alike,
 * each on a fresh page. The bare page's canvas gets the size of ours, known after its first run.
 */
export async function measureGraph(
  browser: Browser,
  graph: BenchGraph,
  options: GraphRunsOptions,
): Promise<{ ours: RunOutcome[]; bare: RunOutcome[] }> {
  const { runs, origin, log } = options;
  const ours: RunOutcome[] = [];
  const bare: RunOutcome[] = [];
  const common = {
    graph,
    probeFile: options.probeFile,
    gestureMs: options.gestureMs,
    timeoutMs: TIMEOUT_MS,
    ...(options.verbose
      ? {
          log: (step: string) => {
            log(`  ${step}`);
          },
        }
      : {}),
  };
  for (let i = 0; i < runs; i++) {
    const run = `${graph.name}: run ${i + 1} of ${runs}`;
    // A page that refused the graph will refuse it again.
    if (ours.some(isRefused)) {
      log(`${run}, ours: skipped, it refused the graph`);
    } else {
      log(`${run}, ours`);
      // Through the app's own door for other graphs: ?graph=, a file beside the build.
      const url = `${origin}/app/?graph=graphs/${graph.name}.json`;
      ours.push(await measureRun(browser, { ...common, url, collectAssets: i === 0 }));
    }
    const first = ours[0];
    const canvas = first && !isRefused(first) ? first.canvas : DEFAULT_CANVAS;
    const query = new URLSearchParams({
      graph: graph.name,
      topic: graph.topic.id,
      w: String(Math.round(canvas.width)),
      h: String(Math.round(canvas.height)),
    });
    log(`${run}, bare`);
    const url = `${origin}/bare/?${query.toString()}`;
    bare.push(await measureRun(browser, { ...common, url, collectAssets: i === 0 }));
  }
  return { ours, bare };
}
