import { useId, useState, type ChangeEvent } from "react";
import { folderArticles } from "./folder";
import { OPEN_LIMITS } from "../../model/formats/limits";
import { LINK_ARTICLE_MAX } from "./linkedArticle";
import { RecentList } from "./RecentList";
import { fromFile, fromText, type Candidate } from "./candidates";
import type { OpenStatus } from "./useOpener";
import { DialogHead } from "../panels/DialogHead";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.json,.cyjs,.gexf,.graphml,.xml";

/** Whether what is opened replaces the graph on screen or is merged into it. */
export type OpenMode = "replace" | "add";

interface Props {
  status: OpenStatus;
  /** The choice, when the graph on screen was opened and more can be added to it; else null. */
  mode: OpenMode | null;
  onMode: (mode: OpenMode) => void;
  onOpen: (candidates: Candidate[], skipped?: string[]) => void;
  onCancel: () => void;
  onClose: () => void;
}

function StatusLine({ status, onCancel }: { status: OpenStatus; onCancel: () => void }) {
  if (status.state === "working") {
    return (
      <div className="open-progress" role="status">
        <progress max={Math.max(1, status.total)} value={status.done} aria-label="Opening" />
        <span>{status.step}…</span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (status.state === "failed") {
    return (
      <p className="open-failure" role="alert">
        <strong>“{status.name}” could not be opened:</strong> {status.reason}. The graph on screen
        stays as it was.
      </p>
    );
  }
  return (
    <p className="open-quiet" role="status">
      {status.state === "cancelled" ? "Cancelled; the graph on screen stays as it was." : ""}
    </p>
  );
}

/** The Open dialog's body: choose, paste, what is happening, and what was opened before. */
export function OpenDialog({ status, mode, onMode, onOpen, onCancel, onClose }: Props) {
  const [text, setText] = useState("");
  const pasteId = useId();
  const busy = status.state === "working";
  const adding = mode === "add";
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (files.length > 0) onOpen(files.map(fromFile));
  };
  const folderChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    const { candidates, skipped } = folderArticles(files);
    onOpen(candidates, skipped);
  };
  return (
    <>
      <DialogHead id="open-title" title="Open" onClose={onClose} />
      <p className="open-hint">
        An article (.txt, .md or pasted), several articles at once or a folder of them (merged into
        one graph: one node a person or state, one node a meeting several outlets report), or a
        graph: this explorer’s own file, GEXF, GraphML or Cytoscape JSON. Files up to{" "}
        {OPEN_LIMITS.fileBytes / 1024 / 1024} MB; they stay in this browser, under Recent. An
        article of up to {LINK_ARTICLE_MAX.toLocaleString("en")} characters travels in its link.
      </p>
      {mode !== null ? (
        <fieldset className="open-mode">
          <legend>What is opened</legend>
          <label>
            <input
              type="radio"
              name="open-mode"
              checked={!adding}
              onChange={() => {
                onMode("replace");
              }}
            />{" "}
            Replace the graph on screen
          </label>
          <label>
            <input
              type="radio"
              name="open-mode"
              checked={adding}
              onChange={() => {
                onMode("add");
              }}
            />{" "}
            Add to this graph (merged with its articles)
          </label>
        </fieldset>
      ) : null}
      <div className="open-picks">
        <label className="file-pick">
          <span>Choose files…</span>
          <input type="file" multiple accept={ACCEPT} onChange={chosen} disabled={busy} />
        </label>
        <label className="file-pick">
          <span>Open folder…</span>
          <input
            type="file"
            ref={(input) => {
              if (input) input.webkitdirectory = true;
            }}
            onChange={folderChosen}
            disabled={busy}
          />
        </label>
      </div>
      <p className="open-or">
        or drop files or a folder anywhere on the page, or paste with Ctrl+V.
      </p>
      <label htmlFor={pasteId} className="paste-label">
        Paste an article
      </label>
      <textarea
        id={pasteId}
        rows={5}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
        }}
        placeholder="Paste the text of a readout here"
      />
      <div className="open-actions">
        <button
          type="button"
          disabled={busy || text.trim() === ""}
          onClick={() => {
            onOpen([fromText("pasted text", text)]);
          }}
        >
          {adding ? "Add the pasted text" : "Open the pasted text"}
        </button>
      </div>
      <StatusLine status={status} onCancel={onCancel} />
      <RecentList />
    </>
  );
}
