import { fromFile, type Candidate } from "./candidates";

/** What a folder may hold that is opened: articles. */
const ARTICLE_FILES = /\.(txt|md|markdown|html?)$/i;

/** A folder's files split into the articles to open and, by name, the rest (hidden files unsaid). */
export function folderArticles(files: readonly File[]): {
  candidates: Candidate[];
  skipped: string[];
} {
  const visible = files.filter((f) => !f.name.startsWith("."));
  const byPath = (f: File) => f.webkitRelativePath || f.name;
  const sorted = [...visible].sort((a, b) => (byPath(a) < byPath(b) ? -1 : 1));
  return {
    candidates: sorted.filter((f) => ARTICLE_FILES.test(f.name)).map(fromFile),
    skipped: sorted.filter((f) => !ARTICLE_FILES.test(f.name)).map(byPath),
  };
}

const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;

/** Every entry of a folder: the browser hands them out in batches until one comes empty. */
async function readAll(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The files under dropped entries, folders walked to the bottom; each keeps its path as its name's context. */
export async function filesUnder(entries: readonly FileSystemEntry[]): Promise<File[]> {
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (isFile(entry)) {
      files.push(
        await new Promise<File>((resolve, reject) => {
          entry.file(resolve, reject);
        }),
      );
    } else if (isDirectory(entry)) {
      for (const child of await readAll(entry)) await walk(child);
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}
