import { runReporting } from "../../model/layout/layout";
import { LAYOUTS } from "../../model/layout/strategies";
import type { LayoutReply, LayoutRequest } from "./layoutMessages";

const reply = (message: LayoutReply) => {
  self.postMessage(message);
};

/** Lays out one graph, off the page's thread, saying a few times a second how far it is. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const { input, strategy, seed } = event.data;
    const positions = runReporting(
      LAYOUTS[strategy].start(input, seed),
      (done, total) => {
        reply({ type: "progress", done, total });
      },
      () => performance.now(),
    );
    reply({ type: "done", positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
  } catch (error) {
    reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
