import { z } from 'zod';
import { companyFocusIdSchema } from '../questions/company-focus';
import { customQuestionIdSchema, customQuestionInputSchema } from '../questions/custom';
import { questionSchema } from '../questions/question';
import { defineCall, defineEvent } from './define';

const empty = z.object({}).strict();

/** Calls of the questions namespace: the bank with the user's own questions, and the company focus. */
export const questionsCalls = {
  /** Built-in questions then the user's own, each with its guidance; and the company focus. */
  'questions/list': defineCall(
    empty,
    z.object({ questions: z.array(questionSchema), focus: companyFocusIdSchema.nullable() }),
  ),
  /** Adds a question of the user's own; refused when the same wording is already in the bank. */
  'questions/add': defineCall(customQuestionInputSchema, questionSchema),
  /** Replaces the editable fields of one of the user's own questions. */
  'questions/update': defineCall(
    z.object({ id: customQuestionIdSchema, question: customQuestionInputSchema }).strict(),
    questionSchema,
  ),
  /** Deletes one of the user's own questions; its attempts are kept (they store the wording). */
  'questions/delete': defineCall(
    z.object({ id: customQuestionIdSchema }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  /** Sets the company the review leans towards (null for none). */
  'questions/set-focus': defineCall(
    z.object({ focus: companyFocusIdSchema.nullable() }).strict(),
    z.object({ focus: companyFocusIdSchema.nullable() }),
  ),
};

/** Events of the questions namespace. */
export const questionsEvents = {
  /** The user's questions or the focus changed (added, edited, deleted, imported). */
  'questions/changed': defineEvent(z.object({})),
};
