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
/** Every entry whole, graph and articles included: read only to show one again. */
const STORE = "opened";
/**
 * The same entries without their graphs, for listing Recent: reading a whole entry clones its graph
 * (tens of megabytes for a corpus), and the list needs a name and two counts. Added in version 2.
 */
const SUMMARIES = "summaries";
const VERSION = 2;

const summaryOf = (entry: RecentEntry): RecentSummary => ({
  id: entry.id,
  name: entry.name,
  kind: entry.kind,
  openedAt: entry.openedAt,
  nodes: entry.nodes,
  edges: entry.edges,
});

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
    const r = indexedDB.open(DB, VERSION);
    r.onupgradeneeded = (event) => {
      const opened =
        event.oldVersion < 1
          ? r.result.createObjectStore(STORE, { keyPath: "id" })
          : r.transaction?.objectStore(STORE);
      const summaries = r.result.createObjectStore(SUMMARIES, { keyPath: "id" });
      // What version 1 kept is listed from now on by its summary, written once here.
      if (event.oldVersion >= 1 && opened) {
        opened.openCursor().onsuccess = (e) => {
          const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return;
          summaries.put(summaryOf(cursor.value as RecentEntry));
          cursor.continue();
        };
      }
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

async function store(mode: IDBTransactionMode, name = STORE) {
  return (await db()).transaction(name, mode).objectStore(name);
}

/** Both stores in one transaction, so that an entry and its summary come and go together. */
async function both(): Promise<{ entries: IDBObjectStore; summaries: IDBObjectStore }> {
  const transaction = (await db()).transaction([STORE, SUMMARIES], "readwrite");
  return { entries: transaction.objectStore(STORE), summaries: transaction.objectStore(SUMMARIES) };
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
  const { entries, summaries } = await both();
  await Promise.all([request(entries.put(entry)), request(summaries.put(summaryOf(entry)))]);
  window.dispatchEvent(new Event(CHANGED));
}

export async function getRecent(id: string): Promise<RecentEntry | undefined> {
  return request((await store("readonly")).get(id) as IDBRequest<RecentEntry | undefined>);
}

export async function removeRecent(id: string): Promise<void> {
  const { entries, summaries } = await both();
  await Promise.all([request(entries.delete(id)), request(summaries.delete(id))]);
  window.dispatchEvent(new Event(CHANGED));
}

/** Newest first, from the summaries alone: no graph is read. */
export async function listRecent(): Promise<RecentSummary[]> {
  const all = (await request((await store("readonly", SUMMARIES)).getAll())) as RecentSummary[];
  return all.sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
}

/** A new entry's id: short, unique enough for one browser, and readable in the fragment. */
export const newRecentId = () =>
  `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
