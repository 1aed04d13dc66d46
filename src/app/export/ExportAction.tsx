import { lazy, Suspense } from "react";
import type { Graph } from "../../model/graph/schema";
import { useCy } from "../canvas/cyContext";
import { useLazyDialog } from "../panels/useLazyDialog";
import "../open/OpenDialog.css";
import "./ExportDialog.css";

// The writers, the zip and the SVG renderer load on first use, not with the page. The panel then
// focuses its own first control (autoFocus): the dialog opened before it was there.
const ExportPanel = lazy(() => import("./ExportPanel").then((m) => ({ default: m.ExportPanel })));

/** The toolbar's Export: a button and its dialog. */
export function ExportAction({ graph }: { graph: Graph }) {
  const { ref: dialogRef, used, show, close } = useLazyDialog();
  const cy = useCy();
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={show}>
        Export…
      </button>
      <dialog ref={dialogRef} className="export-dialog" aria-labelledby="export-title">
        {used ? (
          <Suspense fallback={<p role="status">Getting ready to export…</p>}>
            <ExportPanel graph={graph} cy={cy} onClose={close} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
