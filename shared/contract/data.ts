import { z } from 'zod';
import { defineCall } from './define';

/** An absolute folder path typed or picked by the user. */
const folderSchema = z.string().trim().min(1, 'Choose a folder.').max(4096);

const importCounts = z.object({
  /** Added under their own id. */
  imported: z.number().int(),
  /** Added under a new id because a different item already had theirs. */
  renamed: z.number().int(),
  /** Already present, identical; nothing written. */
  skipped: z.number().int(),
  /** Failed validation; nothing written. The reasons are in `problems`. */
  invalid: z.number().int(),
});

/** What an import did, item by item counted. Nothing existing is ever overwritten. */
const importReportSchema = z.object({
  source: z.string(),
  attempts: importCounts,
  stories: importCounts,
  questions: importCounts,
  /** One sentence per file that was not imported or only partly (e.g. an unreadable analysis.json). */
  problems: z.array(z.string()),
});

/** A report of an import. */
export type ImportReport = z.infer<typeof importReportSchema>;

/** Calls of the data namespace: counts, export, import and bulk deletes. */
export const dataCalls = {
  /** How much is stored, for the data screen and the confirmations of bulk deletes. */
  'data/summary': defineCall(
    z.object({}).strict(),
    z.object({
      dataDir: z.string(),
      attempts: z.number().int(),
      stories: z.number().int(),
      customQuestions: z.number().int(),
      /** Bytes of attempts, stories and questions (models and settings not included). */
      bytes: z.number().int(),
    }),
  ),
  /** Copies every attempt (JSON and audio), the story bank and the user's questions into a new
   * folder "Rehearse export <time>" inside `folder`; nothing in `folder` is overwritten. */
  'data/export': defineCall(
    z.object({ folder: folderSchema }).strict(),
    z.object({
      path: z.string(),
      attempts: z.number().int(),
      stories: z.number().int(),
      customQuestions: z.number().int(),
      bytes: z.number().int(),
      /** Takes copied without feedback (their review had not finished, or never ran). */
      withoutFeedback: z.number().int(),
      /** Attempt folders left out because they are damaged or still recording. */
      skipped: z.array(z.string()),
    }),
  ),
  /** Imports an export folder (or a copy of a data folder); every JSON file is validated, and a
   * clash with existing data is skipped when identical or renamed, never overwritten. */
  'data/import': defineCall(z.object({ folder: folderSchema }).strict(), importReportSchema),
  /** Deletes every attempt of one question. The confirm token makes the intent explicit. */
  'data/delete-question-attempts': defineCall(
    z
      .object({
        questionId: z.string().min(1).max(200),
        confirm: z.literal('delete-question-attempts'),
      })
      .strict(),
    z.object({ deleted: z.number().int(), failed: z.array(z.string()) }),
  ),
  /** Deletes every attempt, story and custom question. Settings and downloaded models are kept
   * unless `settings` / `models` is true. */
  'data/delete-all': defineCall(
    z
      .object({
        confirm: z.literal('delete-everything'),
        settings: z.boolean().default(false),
        models: z.boolean().default(false),
      })
      .strict(),
    z.object({
      attempts: z.number().int(),
      stories: z.number().int(),
      customQuestions: z.number().int(),
      settingsReset: z.boolean(),
      modelsRemoved: z.number().int(),
      failed: z.array(z.string()),
    }),
  ),
};
