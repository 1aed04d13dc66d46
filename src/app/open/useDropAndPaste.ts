import { useEffect, useRef, useState } from "react";
import { fromFile, fromText, type Candidate } from "./candidates";

/** What to open, and the names of what a dropped folder held that is no article. */
export type Opening = (candidates: Candidate[], skipped?: string[]) => void;

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement);

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/** What a paste holds: files, else the page's HTML (reduced to text later), else plain text. */
function pasted(data: DataTransfer): Candidate[] {
  const files = [...data.files];
  if (files.length > 0) return files.map(fromFile);
  const html = data.getData("text/html");
  if (html.trim() !== "") return [fromText("pasted.html", html)];
  const text = data.getData("text/plain");
  return text.trim() !== "" ? [fromText("pasted text", text)] : [];
}

/**
 * Files (or folders, whose articles are read) dropped anywhere on the page, and what is pasted
 * outside a text field, are opened. Returns whether files are being dragged over the page, for
 * the drop hint.
 */
export function useDropAndPaste(open: Opening): boolean {
  const [dragging, setDragging] = useState(false);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // Leaving the window, not moving between elements inside it.
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      // Entries must be taken while the event lasts; a folder is then walked at leisure.
      const entries = [...(event.dataTransfer?.items ?? [])]
        .map((item) => item.webkitGetAsEntry())
        .filter((entry) => entry !== null);
      if (entries.some((entry) => entry.isDirectory)) {
        // Walking a folder is loaded when one is dropped, not with the page.
        void import("./folder").then(async ({ filesUnder, folderArticles }) => {
          const { candidates, skipped } = folderArticles(await filesUnder(entries));
          openRef.current(candidates, skipped);
        });
        return;
      }
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) openRef.current(files.map(fromFile));
    };
    const paste = (event: ClipboardEvent) => {
      if (editable(event.target) || !event.clipboardData) return;
      const candidates = pasted(event.clipboardData);
      if (candidates.length === 0) return;
      event.preventDefault();
      openRef.current(candidates);
    };
    document.addEventListener("dragover", over);
    document.addEventListener("dragleave", leave);
    document.addEventListener("drop", drop);
    document.addEventListener("paste", paste);
    return () => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("dragleave", leave);
      document.removeEventListener("drop", drop);
      document.removeEventListener("paste", paste);
    };
  }, []);
  return dragging;
}
