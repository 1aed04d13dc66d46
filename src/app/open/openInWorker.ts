import { OPEN_LIMITS } from "../../model/formats/limits";
import { count } from "../../model/text/quote";
import { startWorker } from "../layout/trustedWorker";
import workerUrl from "./open.worker.ts?worker&url";
import type { OpenBase, OpenInput, OpenReply, OpenRequest } from "./openMessages";
import type { OpenResult } from "./openFiles";

export type OpenProgress = { step: string; done: number; total: number };
export type OpenOutcome = ({ ok: true } & OpenResult) | { ok: false; name: string; reason: string };

const MB = 1024 * 1024;

/** Refuses, by size and count alone, what would cost the page memory before a byte is read. */
export function refuseBySize(files: readonly { name: string; size: number }[]): OpenOutcome | null {
  if (files.length === 0) return { ok: false, name: "the files", reason: "none were given" };
  if (files.length > OPEN_LIMITS.files) {
    return {
      ok: false,
      name: `${count(files.length)} files`,
      reason: `at most ${OPEN_LIMITS.files} can be opened together`,
    };
  }
  const big = files.find((f) => f.size > OPEN_LIMITS.fileBytes);
  if (big) {
    return {
      ok: false,
      name: big.name,
      reason: `it has ${(big.size / MB).toFixed(1)} MB; the explorer opens files of up to ${OPEN_LIMITS.fileBytes / MB} MB`,
    };
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > OPEN_LIMITS.totalBytes) {
    return {
      ok: false,
      name: `${count(files.length)} files`,
      reason: `together they have ${(total / MB).toFixed(1)} MB; the explorer opens up to ${OPEN_LIMITS.totalBytes / MB} MB at once`,
    };
  }
  return null;
}

/**
 * Opens files in a worker: the page keeps answering; progress comes as it goes; `cancel` stops the
 * worker at once (whatever it was doing is dropped, nothing is half-applied). With `base`, what is
 * opened is merged into that graph.
 */
export function openInWorker(
  inputs: OpenInput[],
  onProgress: (p: OpenProgress) => void,
  base?: OpenBase,
) {
  const worker = startWorker(workerUrl);
  let settle: (outcome: OpenOutcome | null) => void = () => {};
  const done = new Promise<OpenOutcome | null>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<OpenReply>) => {
    const reply = event.data;
    if (reply.type === "progress") {
      onProgress(reply);
      return;
    }
    worker.terminate();
    if (reply.type === "failed") settle({ ok: false, name: reply.name, reason: reply.reason });
    else settle({ ok: true, graph: reply.graph, kind: reply.kind, notes: reply.notes });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({
      ok: false,
      name: inputs[0]?.name ?? "the file",
      reason: event.message || "the reader stopped",
    });
  };
  const request: OpenRequest = base ? { files: inputs, base } : { files: inputs };
  worker.postMessage(
    request,
    inputs.map((i) => i.bytes),
  );
  return {
    done,
    /** Stops the work; `done` then resolves to null. */
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
