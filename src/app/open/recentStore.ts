import type { FileKind } from "../../model/formats/detect";
import type { Graph } from "../../model/graph/schema";

/** One thing the reader opened, kept in this browser until they remove it. */
export interface RecentEntry {
  id: string;
  name: string;
  kind: FileKind;
  openedAt: string;
  nodes: number;
  edges: number;
  graph: Graph;
}

export type RecentSummary = Omit<RecentEntry, "graph">;

const DB = "article-graph-explorer";
const STORE = "opened";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => {
      resolve(r.result);
    };
    r.onerror = () => {
      reject(r.error ?? new Error("the browser's storage refused"));
    };
  });
}

let opening: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore(STORE, { keyPath: "id" });
    };
    r.onsuccess = () => {
      resolve(r.result);
    };
    r.onerror = () => {
      opening = undefined;
      reject(r.error ?? new Error("the browser's storage is not available"));
    };
  });
  return opening;
}

async function store(mode: IDBTransactionMode) {
  return (await db()).transaction(STORE, mode).objectStore(STORE);
}

/** Tells every part that lists Recent that it changed. */
const CHANGED = "explorer:recent-changed";
export const onRecentChange = (callback: () => void) => {
  window.addEventListener(CHANGED, callback);
  return () => {
    window.removeEventListener(CHANGED, callback);
  };
};

export async function saveRecent(entry: RecentEntry): Promise<void> {
  await request((await store("readwrite")).put(entry));
  window.dispatchEvent(new Event(CHANGED));
}

export async function getRecent(id: string): Promise<RecentEntry | undefined> {
  return request((await store("readonly")).get(id) as IDBRequest<RecentEntry | undefined>);
}

export async function removeRecent(id: string): Promise<void> {
  await request((await store("readwrite")).delete(id));
  window.dispatchEvent(new Event(CHANGED));
}

/** Newest first, without the graphs themselves. */
export async function listRecent(): Promise<RecentSummary[]> {
  const all = (await request((await store("readonly")).getAll())) as RecentEntry[];
  return all
    .map((entry): RecentSummary => ({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      openedAt: entry.openedAt,
      nodes: entry.nodes,
      edges: entry.edges,
    }))
    .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
}

/** A new entry's id: short, unique enough for one browser, and readable in the fragment. */
export const newRecentId = () =>
  `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
