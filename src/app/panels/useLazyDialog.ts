import { useRef, useState } from "react";

/**
 * A modal `<dialog>` whose content is loaded on first use: `used` turns true when it first opens
 * (render the lazy content only then), `show` opens it if it is not open yet, `close` closes it.
 */
export function useLazyDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [used, setUsed] = useState(false);
  return {
    ref,
    used,
    show: () => {
      setUsed(true);
      if (!ref.current?.open) ref.current?.showModal();
    },
    close: () => {
      ref.current?.close();
    },
  };
}
