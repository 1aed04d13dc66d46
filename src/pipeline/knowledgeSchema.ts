import * as z from "zod/mini";
import { NODE_KINDS, RELATION_TYPES } from "../model/graph/kinds";
import { SlugSchema } from "../model/graph/schema";
import { DateOrRangeSchema } from "../model/graph/schemaParts";

export const nonEmpty = () => z.string().check(z.minLength(1));
export const nonEmptyList = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.minLength(1));
/** Words of the article that locate the sentence(s) stating something; no offsets. */
export const QuotesSchema = z.union([nonEmpty(), nonEmptyList(nonEmpty())]);

/** How the graph names an article (the text does not say its own title), as a knowledge file gives it. */
export const SourceNamingSchema = z.object({
  id: z.optional(SlugSchema),
  title: z.optional(nonEmpty()),
  publisher: z.optional(nonEmpty()),
  address: z.optional(nonEmpty()),
  /** When the article has no date line: its date, or a range "2023-12-01/2023-12-02". */
  date: z.optional(DateOrRangeSchema),
});

const EntitySchema = z.object({
  id: SlugSchema,
  kind: z.enum(NODE_KINDS.filter((k) => k !== "topic")),
  label: nonEmpty(),
  aliases: nonEmptyList(nonEmpty()),
  role: z.optional(nonEmpty()),
  date: z.optional(DateOrRangeSchema),
});

const TopicSchema = z.object({
  id: SlugSchema,
  label: nonEmpty(),
  /** The words that raise the topic in a sentence; each is an alias of the topic node. */
  terms: nonEmptyList(nonEmpty()),
});

const MeetingSchema = z.object({
  id: SlugSchema,
  label: nonEmpty(),
  participants: z.array(SlugSchema).check(z.minLength(2)),
  date: DateOrRangeSchema,
  heldIn: z.optional(SlugSchema),
  sidelinesOf: z.optional(SlugSchema),
});

const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: SlugSchema,
  target: SlugSchema,
  label: z.optional(nonEmpty()),
  quote: QuotesSchema,
});

/** What a gazetteer must know about one article. It holds no character offsets. */
export const KnowledgeSchema = z.object({
  source: z.optional(SourceNamingSchema),
  lexicon: z.object({
    /** Words that name a meeting ("meeting", "talks"); they mark where each meeting's account starts. */
    meetingCues: nonEmptyList(nonEmpty()),
  }),
  /** The organisation that reported the meetings, if the article names one. */
  reportedBy: z.optional(SlugSchema),
  entities: z.array(EntitySchema),
  topics: z.array(TopicSchema),
  meetings: z.array(MeetingSchema),
  relations: z.array(RelationSchema),
});

export type Knowledge = z.infer<typeof KnowledgeSchema>;
export type KnowledgeMeeting = z.infer<typeof MeetingSchema>;
export type KnowledgeRelation = z.infer<typeof RelationSchema>;
