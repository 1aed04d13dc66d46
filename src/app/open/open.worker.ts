import type { OpenReply, OpenRequest } from "./openMessages";
import { OpenError, openFiles } from "./openFiles";

const reply = (message: OpenReply) => {
  self.postMessage(message);
};

/** Reads, checks and extracts the files off the page's thread; the page can stop it at any time. */
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  try {
    const result = openFiles(
      event.data.files,
      (step, done, total) => {
        reply({ type: "progress", step, done, total });
      },
      event.data.base,
    );
    reply({ type: "done", ...result });
  } catch (error) {
    if (error instanceof OpenError)
      reply({ type: "failed", name: error.file, reason: error.reason });
    else
      reply({
        type: "failed",
        name: event.data.files[0]?.name ?? "the file",
        reason: error instanceof Error ? error.message : String(error),
      });
  }
};
