import { useEffect, useRef, useState } from "react";
import type { FileKind } from "../../model/formats/detect";
import type { Graph } from "../../model/graph/schema";
import type { Candidate } from "./candidates";
import { OpenDialog, type OpenMode } from "./OpenDialog";
import { printOpenedRef, readOpenedRef } from "./openedRef";
import { getRecent } from "./recentStore";
import { useOpenedRef } from "./useOpenedRef";
import { useOpener } from "./useOpener";

/** What a drop or a paste hands the dialog: what to open, and what a dropped folder held besides. */
export interface Pending {
  candidates: Candidate[];
  skipped: string[];
}

/**
 * What kind of thing the graph on screen was opened from, when it was opened (not the bundled or
 * an addressed graph): only then can more be added to it, and Recent keep the combined set.
 */
function useOpenedKind(): FileKind | null {
  const opened = useOpenedRef();
  const printed = opened ? printOpenedRef(opened) : "";
  const [kept, setKept] = useState<{ printed: string; kind: FileKind | null } | null>(null);
  useEffect(() => {
    const ref = readOpenedRef(printed);
    if (ref?.type !== "recent") return;
    let live = true;
    const settle = (kind: FileKind | null) => {
      if (live) setKept({ printed, kind });
    };
    getRecent(ref.id).then(
      (entry) => {
        settle(entry?.kind ?? null);
      },
      () => {
        settle(null);
      },
    );
    return () => {
      live = false;
    };
  }, [printed]);
  if (!opened) return null;
  if (opened.type === "article") return "article";
  return kept?.printed === printed ? kept.kind : null;
}

/** The Open dialog's working part: opens what it is handed (a drop, a paste) and what is chosen in it. */
export function OpenPanel({
  pending,
  graph,
  onTaken,
  onClose,
}: {
  pending: Pending | null;
  graph: Graph;
  onTaken: () => void;
  onClose: () => void;
}) {
  const { status, open, cancel } = useOpener();
  const openedKind = useOpenedKind();
  const [mode, setMode] = useState<OpenMode>("replace");
  const adding = mode === "add" && openedKind !== null;
  const base = adding ? { graph, kind: openedKind } : undefined;
  // A drop or paste opens as the dialog's choice stands when it comes, without waiting on it.
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  });
  useEffect(() => {
    if (!pending) return;
    onTaken();
    const into = baseRef.current;
    void open(pending.candidates, { skipped: pending.skipped, ...(into ? { base: into } : {}) });
  }, [pending, onTaken, open]);
  return (
    <OpenDialog
      status={status}
      mode={openedKind === null ? null : mode}
      onMode={setMode}
      onOpen={(candidates, skipped = []) =>
        void open(candidates, { skipped, ...(base ? { base } : {}) })
      }
      onCancel={cancel}
      onClose={onClose}
    />
  );
}
