import { describe, expect, it } from "vitest";
import { filesUnder, folderArticles } from "./folder";
import { noArticles, skippedNote } from "./folderNotes";

/** A dropped folder as the browser hands it over: entries, read in batches. */
function folder(name: string, children: FileSystemEntry[]): FileSystemEntry {
  const batches = [children.slice(0, 2), children.slice(2), []];
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => ({
      readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
        ok(batches.shift() ?? []);
      },
    }),
  } as unknown as FileSystemEntry;
}
const file = (name: string): FileSystemEntry =>
  ({
    name,
    isFile: true,
    isDirectory: false,
    file: (ok: (f: File) => void) => {
      ok(new File(["text"], name));
    },
  }) as unknown as FileSystemEntry;

describe("a folder of articles", () => {
  it("walks a dropped folder to the bottom, every batch of it", async () => {
    const files = await filesUnder([
      folder("week", [
        file("a.txt"),
        file("b.md"),
        file("photo.jpg"),
        folder("more", [file("c.html")]),
      ]),
    ]);
    expect(files.map((f) => f.name)).toEqual(["a.txt", "b.md", "photo.jpg", "c.html"]);
  });

  it("opens the articles in it, in order, and names what it skips (but hidden files)", () => {
    const files = ["b.md", "a.txt", "photo.jpg", ".DS_Store", "c.HTML", "notes.pdf"].map(
      (n) => new File(["text"], n),
    );
    const { candidates, skipped } = folderArticles(files);
    expect(candidates.map((c) => c.name)).toEqual(["a.txt", "b.md", "c.HTML"]);
    expect(skipped).toEqual(["notes.pdf", "photo.jpg"]);
  });

  it("says what it skipped, and why a folder of no article opens nothing", () => {
    expect(skippedNote([])).toEqual([]);
    expect(skippedNote(["a.jpg", "b.pdf"])).toEqual([
      "Skipped 2 files that are not an article (.txt, .md or .html): “a.jpg”, “b.pdf”.",
    ]);
    expect(noArticles([])).toBe("it is empty");
    expect(noArticles(["a.jpg"])).toBe("it holds no article (.txt, .md or .html), only a.jpg");
  });
});
