/**
 * A fault in the knowledge file or in what it claims about the article. It names the culprit (an
 * entity, topic, meeting or relation) and the reason, so whoever edits the file can fix it at once.
 */
export class KnowledgeError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${entry}: ${reason}`);
    this.name = "KnowledgeError";
  }
}
