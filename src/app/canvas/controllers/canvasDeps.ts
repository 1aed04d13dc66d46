import type { Core } from "cytoscape";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import type { ExplorerStore } from "../../state/store";

/** What a controller drives and reads: handed in, so a test can run it on a headless Cytoscape. */
export interface CanvasDeps {
  cy: Core;
  store: ExplorerStore;
  index: GraphIndex;
  /** Whether to jump rather than glide when the camera moves. */
  reducedMotion: () => boolean;
}
