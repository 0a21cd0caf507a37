import { z } from 'zod';

/** How to answer a question well: what it tests, a strong structure, what to mention, what comes next. */
export const questionGuidanceSchema = z.object({
  /** What the interviewer is scoring with this question. */
  tests: z.string().trim().min(1).max(600),
  /** A strong answer's outline, in speaking order (STAR-L). */
  structure: z.array(z.string().trim().min(1).max(400)).min(1).max(8),
  /** Things a strong answer mentions. */
  mention: z.array(z.string().trim().min(1).max(300)).max(12),
  /** Follow-ups an interviewer is likely to ask next. */
  followUps: z.array(z.string().trim().min(1).max(300)).max(10),
});

/** Guidance for one question. */
export type QuestionGuidance = z.infer<typeof questionGuidanceSchema>;

/** Builds the five STAR-L lines of a structure, so every guidance lists the parts in one order. */
export function starL(
  situation: string,
  task: string,
  actions: string,
  result: string,
  learning: string,
): string[] {
  return [
    `Situation: ${situation}`,
    `Task: ${task}`,
    `Actions I took: ${actions}`,
    `Result: ${result}`,
    `Learning: ${learning}`,
  ];
}
