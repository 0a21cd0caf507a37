import { z } from 'zod';
import { modelFamilySchema } from '../../../shared/models/catalog';
import { moveAsideCorruptFile, writeFileAtomicSync } from '../storage/atomic-write';
import { readJsonFileSync } from '../storage/read-json';
import { describeWriteError, isDiskFull } from '../storage/errno';
import { ModelError } from './model-error';

/** A model file the user brought that matches no catalog entry. */
const customModelSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  displayName: z.string(),
  sha1: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  originalName: z.string(),
  family: modelFamilySchema,
  englishOnly: z.boolean(),
  quantization: z.string(),
  addedAt: z.string(),
});

/** A custom model record. */
export type CustomModel = z.infer<typeof customModelSchema>;

/** Proof a file was hashed: if its size and mtime are unchanged, the SHA-1 still holds. */
const verifiedSchema = z.object({
  sha1: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  mtimeMs: z.number(),
});

/** models.json in the models folder. */
const modelsStateSchema = z.object({
  version: z.literal(1),
  /** Used only when no external default store is given (see ModelManagerOptions). */
  defaultModelId: z.string().nullable().default(null),
  verified: z.record(z.string(), verifiedSchema).default({}),
  custom: z.array(customModelSchema).default([]),
});

/** The models folder's own state. */
export type ModelsState = z.infer<typeof modelsStateSchema>;

const EMPTY: ModelsState = { version: 1, defaultModelId: null, verified: {}, custom: [] };

/** Reads and writes models.json; small and synchronous, so concurrent updates cannot interleave. */
export class ModelsStateFile {
  /** Set when a corrupt file was moved aside, so the caller can tell the user. */
  recoveryNotice: string | null = null;

  constructor(private readonly file: string) {}

  /** The current state (an empty one when the file does not exist yet or was unreadable). */
  read(): ModelsState {
    const read = readJsonFileSync(this.file);
    // Missing, or not a file we may move (a folder, a FIFO): start empty, as before a first write.
    if (!read.ok && read.reason !== 'not-json' && read.reason !== 'too-large') {
      return structuredClone(EMPTY);
    }
    const parsed = read.ok ? modelsStateSchema.safeParse(read.value) : null;
    if (parsed?.success) return parsed.data;
    const aside = moveAsideCorruptFile(this.file);
    this.recoveryNotice = `The model list (${this.file}) was unreadable and was moved to ${aside}. Installed models are still found; custom model names may need to be added again.`;
    return structuredClone(EMPTY);
  }

  /** Applies a change and writes the file atomically. */
  update(change: (state: ModelsState) => void): ModelsState {
    const state = this.read();
    change(state);
    try {
      writeFileAtomicSync(this.file, `${JSON.stringify(state, null, 2)}\n`);
    } catch (error) {
      const code = isDiskFull(error) ? 'disk-full' : 'unknown';
      throw new ModelError(
        code,
        `The model list was not saved. ${describeWriteError(error, this.file)}`,
      );
    }
    return state;
  }
}
