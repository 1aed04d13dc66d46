import * as z from "zod/mini";
import { checkIntegrity } from "./integrity";
import { GraphShapeSchema } from "./schema";
import { GraphV1ShapeSchema, migrateV1 } from "./schemaV1";

/**
 * What the app reads: a version 2 graph, or a version 1 file migrated on load; either way every span
 * is checked against its text, exactly as where the pipeline writes.
 */
export const GraphFileSchema = z
  .discriminatedUnion(
    "schemaVersion",
    [z.pipe(GraphV1ShapeSchema, z.transform(migrateV1)), GraphShapeSchema],
    {
      // Said of an object whose version is not known; anything else gets zod's own words.
      error: (issue) =>
        typeof issue.input === "object" && issue.input !== null
          ? "graph files of version 1 or 2 can be read"
          : undefined,
    },
  )
  .check(z.superRefine(checkIntegrity));
