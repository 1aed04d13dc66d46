import { LAYOUT_NAMES, type LayoutName } from "../../model/layout/layoutNames";
import { useExplorer } from "../state/useExplorer";
import { prefersReducedMotion } from "../theme/motion";
import { useCy } from "./cyContext";
import { fitShown, ZOOM_STEP, zoomBy } from "./framing";

const LAYOUT_LABELS: Record<LayoutName, string> = { story: "Story", force: "Force" };

/** Buttons over the canvas: which layout, zoom in and out, fit the picture. */
export function CanvasControls() {
  const cy = useCy();
  const layout = useExplorer((s) => s.layout);
  const chooseLayout = useExplorer((s) => s.chooseLayout);
  const zoom = (factor: number) => {
    if (cy) zoomBy(cy, factor, !prefersReducedMotion());
  };
  const fit = () => {
    if (cy) fitShown(cy, !prefersReducedMotion());
  };
  return (
    <div className="canvas-controls">
      <div role="group" aria-label="Layout" className="segmented">
        {LAYOUT_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={(layout ?? "story") === name}
            onClick={() => {
              chooseLayout(name);
            }}
          >
            {LAYOUT_LABELS[name]}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Zoom" className="segmented">
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={() => {
            zoom(ZOOM_STEP);
          }}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out (−)"
          onClick={() => {
            zoom(1 / ZOOM_STEP);
          }}
        >
          −
        </button>
        <button type="button" onClick={fit} title="Fit the picture (0)">
          Fit
        </button>
      </div>
    </div>
  );
}
