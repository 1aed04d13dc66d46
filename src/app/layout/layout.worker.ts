import { forceLayout } from "../../model/layout/forceLayout";
import type { LayoutReply, LayoutRequest } from "./layoutMessages";

/** Steps between two progress reports: a few a second, whatever the graph's size. */
const REPORT_EVERY_MS = 100;

const reply = (message: LayoutReply) => {
  self.postMessage(message);
};

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const { input, seed } = event.data;
    const run = forceLayout.start(input, seed);
    let done = 0;
    let reported = performance.now();
    while (done < run.total) {
      done = run.step(1);
      if (performance.now() - reported > REPORT_EVERY_MS) {
        reply({ type: "progress", done, total: run.total });
        reported = performance.now();
      }
    }
    const positions = [...run.positions()].map(([id, p]): [string, number, number] => [
      id,
      p.x,
      p.y,
    ]);
    reply({ type: "done", positions });
  } catch (error) {
    reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
