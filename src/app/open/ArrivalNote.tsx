import { useState } from "react";
import { arrivalNotes } from "./arrivalNotes";

/**
 * What opening said on the way in ("too long to travel in a link"), on a line of its own under the
 * toolbar, until dismissed: inside the toolbar it pushed the tools after it onto a second row.
 */
export function ArrivalNote() {
  const [arrival] = useState(arrivalNotes);
  const [shown, setShown] = useState(true);
  if (!arrival || !shown) return null;
  return (
    <p className="open-notes" role="status">
      Opened “{arrival.name}”: {arrival.notes.join(" ")}{" "}
      <button
        type="button"
        onClick={() => {
          setShown(false);
        }}
      >
        Dismiss
      </button>
    </p>
  );
}
