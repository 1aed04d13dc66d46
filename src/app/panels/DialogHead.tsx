/**
 * A dialog's title and its Close, which takes the focus when the dialog's content arrives (the
 * content loads after the dialog has opened, so the dialog cannot place the focus itself).
 */
export function DialogHead({
  id,
  title,
  onClose,
}: {
  id: string;
  title: string;
  onClose: () => void;
}) {
  return (
    <div className="dialog-head">
      <h2 id={id}>{title}</h2>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </div>
  );
}
