import { useEffect } from "react";
import type { Candidate } from "./candidates";
import { OpenDialog } from "./OpenDialog";
import { useOpener } from "./useOpener";

/** The Open dialog's working part: opens what it is handed (a drop, a paste) and what is chosen in it. */
export function OpenPanel({
  pending,
  onTaken,
  onClose,
}: {
  pending: Candidate[] | null;
  onTaken: () => void;
  onClose: () => void;
}) {
  const { status, open, cancel } = useOpener();
  useEffect(() => {
    if (!pending) return;
    onTaken();
    void open(pending);
  }, [pending, onTaken, open]);
  return (
    <OpenDialog
      status={status}
      onOpen={(candidates) => void open(candidates)}
      onCancel={cancel}
      onClose={onClose}
    />
  );
}
