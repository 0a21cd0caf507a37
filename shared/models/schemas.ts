import { z } from 'zod';
import { modelFamilySchema } from './catalog';

/** A model id as the bridge accepts it: catalog ids (`base.en-q5_1`) and `custom-<sha1 prefix>`. */
export const modelIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'a model id is lowercase letters, digits, ".", "_" and "-"');

/** Why a model operation failed, for code to branch on (the message is for the person). */
export const modelErrorCodeSchema = z.enum([
  'unknown-model',
  'offline',
  'proxy',
  'tls',
  'timeout',
  'disk-full',
  'permission-denied',
  'not-found',
  'http-error',
  'server-error',
  'network-interrupted',
  'checksum-mismatch',
  'file-not-found',
  'not-a-model',
  'truncated-model',
  'not-installed',
  'busy',
  'unknown',
]);

/** A machine-readable failure code of the model manager. */
export type ModelErrorCode = z.infer<typeof modelErrorCodeSchema>;

/** A failure: a code for code, a message that says what happened and what to do. */
const modelErrorSchema = z.object({ code: modelErrorCodeSchema, message: z.string() });

/** A model failure. */
export type ModelErrorInfo = z.infer<typeof modelErrorSchema>;

/** Download progress, sent about four times a second while a download runs. */
export const downloadProgressSchema = z.object({
  modelId: modelIdSchema,
  /** Bytes on disk so far, including what an earlier, interrupted download left. */
  receivedBytes: z.number().int().nonnegative(),
  /** Size of the whole file; null when the server did not say. */
  totalBytes: z.number().int().positive().nullable(),
  /** Recent speed over the last few seconds. */
  bytesPerSec: z.number().nonnegative(),
  /** Seconds left at the recent speed; null when unknown (no size or no speed yet). */
  etaSec: z.number().nonnegative().nullable(),
});

/** A download progress event. */
export type DownloadProgress = z.infer<typeof downloadProgressSchema>;

/** Where a model is: on disk, half downloaded, or in flight. */
const modelInstallStateSchema = z.enum([
  'not-installed',
  'partial',
  'downloading',
  'verifying',
  'installed',
]);

/** A model as the settings screen lists it: catalog data merged with what is on disk. */
export const modelListEntrySchema = z.object({
  id: modelIdSchema,
  fileName: z.string(),
  displayName: z.string(),
  source: z.enum(['catalog', 'custom']),
  family: modelFamilySchema,
  englishOnly: z.boolean(),
  quantization: z.string(),
  /** The published size (catalog) or the file's size (custom). */
  sizeBytes: z.number().int().nonnegative(),
  memoryBytes: z.number().int().positive().nullable(),
  /** Expected SHA-1 (catalog) or the file's SHA-1 (custom). */
  sha1: z.string().nullable(),
  url: z.string().nullable(),
  quality: z.enum(['basic', 'good', 'best']).nullable(),
  speed: z.enum(['fastest', 'fast', 'slower']).nullable(),
  notes: z.string(),
  state: modelInstallStateSchema,
  /** Absolute path of the installed file; null unless installed. */
  path: z.string().nullable(),
  /** Bytes of a partial download on disk (0 if none). */
  partialBytes: z.number().int().nonnegative(),
  /** True once the installed file's SHA-1 was checked (and the file has not changed since). */
  checksumVerified: z.boolean(),
  isDefault: z.boolean(),
  progress: downloadProgressSchema.nullable(),
  /** The last download failure in this session, until the next attempt. */
  lastError: modelErrorSchema.nullable(),
});

/** One row of the model list. */
export type ModelListEntry = z.infer<typeof modelListEntrySchema>;

/** Every model, the default and what to suggest when nothing is installed. */
export const modelListSchema = z.object({
  models: z.array(modelListEntrySchema),
  defaultModelId: modelIdSchema.nullable(),
  recommendedModelId: modelIdSchema,
  modelsDir: z.string(),
});

/** The model list. */
export type ModelList = z.infer<typeof modelListSchema>;

const id = { modelId: modelIdSchema };

/** What happened to a download; the `status` field tells the variants apart. */
export const modelStateEventSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('downloading'),
    ...id,
    resumedFromBytes: z.number().int().nonnegative(),
    attempt: z.number().int().positive(),
  }),
  z.object({
    status: z.literal('retrying'),
    ...id,
    attempt: z.number().int().positive(),
    delayMs: z.number().int().nonnegative(),
    error: modelErrorSchema,
  }),
  z.object({ status: z.literal('verifying'), ...id }),
  z.object({ status: z.literal('installed'), ...id, path: z.string(), sha1: z.string() }),
  z.object({
    status: z.literal('failed'),
    ...id,
    error: modelErrorSchema,
    /** True when the partial file was kept so the next download resumes from it. */
    partialKept: z.boolean(),
    partialBytes: z.number().int().nonnegative(),
  }),
  z.object({ status: z.literal('cancelled'), ...id }),
]);

/** A download state change. */
export type ModelStateEvent = z.infer<typeof modelStateEventSchema>;

/** How a download ended. */
export type DownloadOutcome = Extract<
  ModelStateEvent,
  { status: 'installed' } | { status: 'failed' } | { status: 'cancelled' }
>;

/** Request naming one model. */
export const modelRequestSchema = z.object(id).strict();

/** Answer to a download request: it started, or the model was already there. */
export const startDownloadResponseSchema = z.object({
  modelId: modelIdSchema,
  state: z.enum(['downloading', 'installed']),
});

/** Request to adopt a model file the user already has. */
export const useExistingFileRequestSchema = z.object({ path: z.string().min(1) }).strict();

/** The adopted model, and whether it turned out to be a catalog model. */
export const useExistingFileResponseSchema = z.object({
  model: modelListEntrySchema,
  matchedCatalog: z.boolean(),
  /** True when that exact file was already installed (nothing was copied). */
  alreadyInstalled: z.boolean(),
});

/** The adopted model. */
export type UseExistingFileResult = z.infer<typeof useExistingFileResponseSchema>;
