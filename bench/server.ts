import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

export interface ServedFiles {
  /** The production build (`vite build` output). */
  appDir: string;
  /** Graph files, `<name>.json`. */
  graphsDir: string;
  /** This folder: bare.html, bare.js. */
  benchDir: string;
  /** Cytoscape's UMD build, for the bare page. */
  cytoscapeFile: string;
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const NAME = /^[a-z0-9-]+$/;

/** `root/relative` if it stays inside root and is a file. */
function inside(root: string, relative: string): string | undefined {
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Where each URL is read from:
 * - `/app/…`: the build, and `/app/graphs/<graph>.json`, which the app opens with `?graph=`;
 * - `/bare/…`: the bare Cytoscape page; `/graphs/<graph>.json`; `/vendor/cytoscape.min.js`.
 */
function resolve(files: ServedFiles, path: string): string | undefined {
  const [, top = "", name = "", ...rest] = path.split("/");
  if (top === "app") {
    const file = rest.at(-1) ?? "";
    if (name === "graphs" && rest.length === 1 && NAME.test(file.replace(/\.json$/, ""))) {
      return inside(files.graphsDir, file);
    }
    return inside(files.appDir, [name, ...rest].join("/") || "index.html");
  }
  if (top === "bare") return inside(files.benchDir, name === "" ? "bare.html" : name);
  if (top === "graphs" && name.endsWith(".json") && NAME.test(name.slice(0, -5))) {
    return inside(files.graphsDir, name);
  }
  if (top === "vendor" && name === "cytoscape.min.js") return files.cytoscapeFile;
  return undefined;
}

/** A tiny static server for the benchmark: no caching, no compression, GET only. */
export function startServer(files: ServedFiles, port: number): Promise<BenchServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = request.method === "GET" ? resolve(files, path) : undefined;
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => {
              closed();
            });
          }),
      });
    });
  });
}
