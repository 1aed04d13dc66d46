import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { htmlToText, looksLikeHtml } from "../../model/text/htmlToText";
import { navigate } from "../url/location";
import { leaveArrivalNotes } from "./arrivalNotes";
import { LINK_ARTICLE_MAX, packArticle } from "./linkedArticle";
import { openedQuery } from "./openedQuery";
import { printOpenedRef, type OpenedRef } from "./openedRef";
import { openInWorker, refuseBySize, type OpenOutcome } from "./openInWorker";
import { newRecentId, saveRecent } from "./recentStore";
import type { Candidate } from "./candidates";
import { noArticles, skippedNote } from "./folderNotes";
import type { OpenBase } from "./openMessages";

/** How to open: into the graph on screen (`base`); what a folder held that is no article. */
export interface OpenOptions {
  base?: OpenBase;
  skipped?: string[];
}

export type OpenStatus =
  | { state: "idle" }
  | { state: "working"; step: string; done: number; total: number }
  | { state: "failed"; name: string; reason: string }
  | { state: "cancelled" };

/** The one article the link can carry, when what was opened is one article short enough. */
function linkable(
  inputs: { name: string; bytes: ArrayBuffer }[],
): { name: string; text: string } | null {
  const [only] = inputs;
  if (inputs.length !== 1 || !only || only.bytes.byteLength > LINK_ARTICLE_MAX * 4) return null;
  const raw = new TextDecoder().decode(only.bytes);
  const text = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  return text.length <= LINK_ARTICLE_MAX ? { name: only.name, text } : null;
}

/**
 * Opens files in the worker and, when they make a graph, keeps it in Recent and goes to it (a new
 * step in the history, so Back returns to the graph before). Until then the graph on screen stays;
 * a failure names the file and the reason, and changes nothing else.
 */
export function useOpener() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<OpenStatus>({ state: "idle" });
  const cancelRef = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelRef.current?.(), []);

  const arrive = useCallback(
    async (
      outcome: Extract<OpenOutcome, { ok: true }>,
      name: string,
      link: { name: string; text: string } | null,
      before: string[],
    ) => {
      const id = newRecentId();
      const { graph, kind } = outcome;
      const notes = [...before, ...outcome.notes];
      // Kept and packed side by side: the new graph is shown as soon as both are done.
      const [kept, packed] = await Promise.all([
        saveRecent({
          id,
          name,
          kind,
          openedAt: new Date().toISOString(),
          nodes: graph.nodes.length,
          edges: graph.edges.length,
          graph,
        }).then(
          () => true,
          () => false,
        ),
        link && kind === "article" ? packArticle(link) : Promise.resolve(null),
      ]);
      if (!kept) {
        notes.push(
          "The browser refused to keep it (private browsing, or storage full): Save project file keeps a copy.",
        );
      }
      if (outcome.kind === "article" && !link) {
        notes.push(
          `It is too long to travel in a link (over ${LINK_ARTICLE_MAX} characters, or several articles): its link works in this browser only, and Save project file keeps a copy to send.`,
        );
      }
      const ref: OpenedRef = packed ? { type: "article", data: packed } : { type: "recent", id };
      if (!kept && ref.type === "recent") {
        setStatus({
          state: "failed",
          name,
          reason: "the browser refused to keep it, so it cannot be shown by its link",
        });
        return;
      }
      queryClient.setQueryData(openedQuery(ref).queryKey, outcome.graph);
      leaveArrivalNotes(printOpenedRef(ref), name, notes);
      navigate("", printOpenedRef(ref));
    },
    [queryClient],
  );

  const open = useCallback(
    async (candidates: Candidate[], options: OpenOptions = {}) => {
      cancelRef.current?.();
      if (candidates.length === 0 && options.skipped !== undefined) {
        setStatus({ state: "failed", name: "the folder", reason: noArticles(options.skipped) });
        return;
      }
      const refused = refuseBySize(candidates);
      if (refused && !refused.ok) {
        setStatus({ state: "failed", name: refused.name, reason: refused.reason });
        return;
      }
      setStatus({ state: "working", step: "Reading", done: 0, total: candidates.length });
      const inputs = await Promise.all(
        candidates.map(async (c) => ({ name: c.name, bytes: await c.read() })),
      );
      const link = options.base ? null : linkable(inputs);
      const job = openInWorker(
        inputs,
        (p) => {
          setStatus({ state: "working", ...p });
        },
        options.base,
      );
      cancelRef.current = job.cancel;
      const outcome = await job.done;
      // For the benchmark: how much of a paste's time is the worker's (start, read, extract).
      performance.mark("open-worker-done");
      cancelRef.current = null;
      if (outcome === null) setStatus({ state: "cancelled" });
      else if (!outcome.ok)
        setStatus({ state: "failed", name: outcome.name, reason: outcome.reason });
      else {
        // A set added to keeps going by all its articles: Recent names the combined set.
        const name =
          inputs.length === 1 && !options.base
            ? (inputs[0]?.name ?? "opened")
            : outcome.kind === "article"
              ? `${outcome.graph.sources.length} articles`
              : `${inputs.length + (options.base ? 1 : 0)} files`;
        await arrive(outcome, name, link, skippedNote(options.skipped ?? []));
      }
    },
    [arrive],
  );

  const cancel = useCallback(() => {
    cancelRef.current?.();
  }, []);

  return { status, open, cancel };
}
