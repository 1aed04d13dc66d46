import { lazy, Suspense, useState } from "react";
import { useLazyDialog } from "../panels/useLazyDialog";
import type { Graph } from "../../model/graph/schema";
import type { Pending } from "./OpenPanel";
import { SaveProjectButton } from "./SaveProjectButton";
import { useDropAndPaste } from "./useDropAndPaste";
import "./OpenDialog.css";

// The dialog and everything that opens files load on first use, not with the page.
const OpenPanel = lazy(() => import("./OpenPanel").then((m) => ({ default: m.OpenPanel })));

/**
 * The toolbar's Open: a button and its dialog, and the page-wide ways in (drop, paste), which open
 * the dialog so the reader sees the progress, the Cancel and any failure.
 */
export function OpenAction({ graph }: { graph: Graph }) {
  const { ref: dialogRef, used, show, close } = useLazyDialog();
  const [pending, setPending] = useState<Pending | null>(null);
  const dragging = useDropAndPaste((candidates, skipped = []) => {
    setPending({ candidates, skipped });
    show();
  });

  return (
    <>
      <button type="button" onClick={show} aria-haspopup="dialog">
        Open…
      </button>
      <SaveProjectButton graph={graph} />
      {dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop to open
        </div>
      ) : null}
      <dialog ref={dialogRef} className="open-dialog" aria-labelledby="open-title">
        {used ? (
          <Suspense fallback={<p role="status">Getting ready to open…</p>}>
            <OpenPanel
              pending={pending}
              graph={graph}
              onTaken={() => {
                setPending(null);
              }}
              onClose={close}
            />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
