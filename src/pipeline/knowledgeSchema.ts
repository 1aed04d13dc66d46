import { z } from "zod";
import { NODE_KINDS, RELATION_TYPES } from "../model/kinds";
import { SlugSchema } from "../model/schema";

const EntitySchema = z.object({
  id: SlugSchema,
  kind: z.enum(NODE_KINDS).exclude(["topic"]),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  role: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional(),
});

const TopicSchema = z.object({
  id: SlugSchema,
  label: z.string().min(1),
  /** The words that raise the topic in a sentence; each is an alias of the topic node. */
  terms: z.array(z.string().min(1)).min(1),
});

const MeetingSchema = z.object({
  id: SlugSchema,
  label: z.string().min(1),
  participants: z.array(SlugSchema).min(2),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  heldIn: z.optional(SlugSchema),
  sidelinesOf: z.optional(SlugSchema),
});

const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: SlugSchema,
  target: SlugSchema,
  label: z.string().min(1).optional(),
  /** Words of the article that locate the sentence(s) stating the relation; no offsets. */
  quote: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
});

/** What a gazetteer must know about one article. It holds no character offsets. */
export const KnowledgeSchema = z.object({
  lexicon: z.object({
    /** Words that name a meeting ("meeting", "talks"); they mark where each meeting's account starts. */
    meetingCues: z.array(z.string().min(1)).min(1),
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
