import { writeFileAtomic } from '../fs-safe';

/** Persists a whole document; throws when it cannot. */
export type JsonWriter = (doc: object) => void;

/** Where a document lives: `<dataDir>/<name>.json`. */
export type JsonWriterTarget = { dataDir: string; name: string; file: string };

/** Makes the writer of one document. Electron passes one backed by electron-store
 * (electron/main/electron-json-store.ts); the preview, the CLI and tests write the same file. */
export type JsonWriterFactory = (target: JsonWriterTarget) => JsonWriter;

/** Writes the document as pretty JSON, atomically (a crash leaves the old or the new file). */
export const fileJsonWriter: JsonWriterFactory =
  ({ file }) =>
  (doc) =>
    writeFileAtomic(file, JSON.stringify(doc, null, 2) + '\n');
