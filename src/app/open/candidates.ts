/** Something to open: a chosen or dropped file, or pasted text made into one. */
export interface Candidate {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}

export const fromFile = (file: File): Candidate => ({
  name: file.name,
  size: file.size,
  read: () => file.arrayBuffer(),
});

export const fromText = (name: string, text: string): Candidate => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: () => Promise.resolve(bytes.buffer) };
};
