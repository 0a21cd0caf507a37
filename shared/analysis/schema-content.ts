import { z } from 'zod';

const offset = z.number().int().nonnegative();
/** A stretch of the transcript that shows a signal: `text === answer.slice(start, end)`. */
const evidence = z.object({ start: offset, end: offset, text: z.string() });

/** Phrases said again and again beyond chance, and crutch words by count. */
const repetitionSignalSchema = z.object({
  /** Phrases of 2 to 4 words said at least 3 times, the longest form of each. */
  repeatedPhrases: z.array(
    z.object({ phrase: z.string(), count: z.number().int(), at: z.array(evidence) }),
  ),
  /** Crutch words ("basically", "just", "really", ...) said at least twice, most used first. */
  crutchWords: z.array(z.object({ word: z.string(), count: z.number().int() })),
  /** True when a phrase repeats or a crutch word runs over 2 per 100 words. */
  repetitive: z.boolean(),
});

/** Decisions and tradeoffs: a choice with its alternative, its reason or its cost. */
const tradeoffSignalSchema = z.object({
  statesTradeoff: z.boolean(),
  /** The phrases that state it ("instead of", "the cost was", "I considered ... but"). */
  evidence: z.array(evidence.extend({ cue: z.string() })),
});

/** Collaboration: partners named with what they contributed; "hero" when only "I" acts. */
const collaborationSignalSchema = z.object({
  creditsPartners: z.boolean(),
  /** Sentences where a named partner or team contributes. */
  partners: z.array(evidence),
  /** Only the speaker acts in a story that clearly involved others. */
  hero: z.boolean(),
  /** Why hero was (or was not) said: the counts behind it. */
  iActions: z.number().int().nonnegative(),
  othersMentioned: z.number().int().nonnegative(),
});

/** Engineering against behaviour: technical terms against the speaker's decisions and actions. */
const balanceSignalSchema = z.object({
  verdict: z.enum(['balanced', 'too-architecture', 'too-thin']),
  /** Technical terms per 100 words. */
  technicalPer100Words: z.number().nonnegative(),
  /** Share of sentences where the speaker or the team acts. */
  actionSentenceShare: z.number().min(0).max(1),
});

/** Sentences that share nothing with the question, the story's bullets or the rest of the answer. */
const tangentSignalSchema = z.object({
  tangents: z.array(evidence.extend({ overlap: z.number().min(0).max(1) })),
});

/** What the words show beyond the span flags: repetition, tradeoffs, collaboration, balance and
 * tangents. */
export const contentSignalsSchema = z.object({
  repetition: repetitionSignalSchema,
  tradeoff: tradeoffSignalSchema,
  collaboration: collaborationSignalSchema,
  balance: balanceSignalSchema,
  tangents: tangentSignalSchema,
});

/** Content signals. */
export type ContentSignals = z.infer<typeof contentSignalsSchema>;

/** Word-for-word overlap with earlier takes of the same question: a story recited, not told. */
export const memorizedSignalSchema = z.object({
  comparedTakes: z.number().int().nonnegative(),
  /** Share of this take's 5-word sequences also said in the closest earlier take. */
  repeatedShare: z.number().min(0).max(1),
  threshold: z.number(),
  memorized: z.boolean(),
  /** The closest earlier take, and the longest stretch said word for word in both. */
  closestAttemptId: z.string().nullable(),
  stretch: evidence.nullable(),
});

/** Memorized signal. */
export type MemorizedSignal = z.infer<typeof memorizedSignalSchema>;
