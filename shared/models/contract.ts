import { z } from 'zod';
import { defineCall, defineEvent } from '../contract/define';
import {
  downloadProgressSchema,
  modelIdSchema,
  modelListEntrySchema,
  modelListSchema,
  modelRequestSchema,
  modelStateEventSchema,
  startDownloadResponseSchema,
  useExistingFileRequestSchema,
  useExistingFileResponseSchema,
} from './schemas';

/** Calls of the models namespace, ready to spread into the contract's call table. */
export const modelsCalls = {
  'models/list': defineCall(z.object({}).strict(), modelListSchema),
  /** Starts a download in the background; progress and the outcome arrive as events. */
  'models/download': defineCall(modelRequestSchema, startDownloadResponseSchema),
  /** Stops a download and deletes its partial file (also discards a leftover partial). */
  'models/cancel': defineCall(modelRequestSchema, z.object({ cancelled: z.boolean() })),
  'models/use-existing-file': defineCall(
    useExistingFileRequestSchema,
    useExistingFileResponseSchema,
  ),
  'models/set-default': defineCall(modelRequestSchema, z.object({ defaultModelId: modelIdSchema })),
  /** Deletes an installed model file (refused while it downloads). */
  'models/remove': defineCall(modelRequestSchema, z.object({ removed: z.boolean() })),
  /** Hashes an installed file now and says whether it matches. */
  'models/verify': defineCall(modelRequestSchema, modelListEntrySchema),
};

/** Events of the models namespace. */
export const modelsEvents = {
  'models/progress': defineEvent(downloadProgressSchema),
  'models/state': defineEvent(modelStateEventSchema),
};
