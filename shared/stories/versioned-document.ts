import { z } from 'zod';
import { validateEarly } from '../validate-early';

/** Turns a document of version `from` into version `from + 1`; may throw if the input is bad. */
type Migration = { from: number; migrate: (doc: unknown) => unknown };

/** What a versioned JSON document is: its current version, schema, and how older ones upgrade. */
export type DocumentSpec<T> = {
  /** File name without .json, e.g. "stories". */
  name: string;
  /** What the person calls it, e.g. "story bank", used in notices. */
  label: string;
  version: number;
  schema: z.ZodType<T>;
  /** One step per older version, each from `n` to `n + 1`. */
  migrations: readonly Migration[];
  /** The document when nothing is stored yet. */
  empty: () => T;
};

/** A stored document as read: usable (maybe migrated), from a newer app, or unusable. */
export type DocumentRead<T> =
  | { kind: 'ok'; doc: T; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; problem: string };

const versioned = z.object({ version: z.number().int().positive() });

/** Validates a parsed JSON value against the spec, running the migrations an older version needs.
 * Pure: it never throws, and the caller decides what to do with an unusable document. */
export function readDocument<T>(spec: DocumentSpec<T>, raw: unknown): DocumentRead<T> {
  const head = versioned.safeParse(raw);
  if (!head.success) return { kind: 'invalid', problem: 'it has no format version' };
  const found = head.data.version;
  if (found > spec.version) return { kind: 'newer', version: found };
  let doc: unknown = raw;
  for (let v = found; v < spec.version; v++) {
    const step = spec.migrations.find((m) => m.from === v);
    if (!step) return { kind: 'invalid', problem: `format version ${v} cannot be upgraded` };
    try {
      doc = step.migrate(doc);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { kind: 'invalid', problem: `upgrading it from format version ${v} failed: ${why}` };
    }
  }
  // Stops at the first bad entry: a crafted file must not cost an issue object per element.
  const parsed = validateEarly(spec.schema, doc);
  if (!parsed.ok) return { kind: 'invalid', problem: parsed.problem };
  return { kind: 'ok', doc: parsed.data, migratedFrom: found < spec.version ? found : null };
}

/** Parses JSON text and reads it as a document; unparsable text is an invalid document. */
export function readDocumentText<T>(spec: DocumentSpec<T>, text: string): DocumentRead<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'invalid', problem: 'it is not valid JSON (perhaps cut short)' };
  }
  return readDocument(spec, raw);
}
