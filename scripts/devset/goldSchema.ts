/**
 * The gold of one readout, as its README describes it: written by hand before any program ran on
 * the text. Checked where it is read, so a malformed file is named with what is wrong in it.
 */
import * as z from "zod/mini";

const Party = z.object({
  name: z.nullable(z.string()),
  role: z.optional(z.nullable(z.string())),
  state: z.nullable(z.string()),
});

export const GoldSchema = z.object({
  url: z.optional(z.string()),
  outlet: z.optional(z.string()),
  date: z.optional(z.nullable(z.string())),
  style: z.string(),
  host: z.nullable(Party),
  counterparts: z.array(z.extend(Party, { topics: z.optional(z.array(z.string())) })),
  topics: z.array(z.string()),
  negative: z.optional(z.boolean()),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldPerson = z.infer<typeof Party>;
