import Store from 'electron-store';
import type { JsonWriterFactory } from '../services/stories/json-writer';

/** Writes a versioned document (stories.json, questions.json) through electron-store, into the
 * same `<dataDir>/<name>.json` the preview and tests use. Reading, validation, migration and
 * moving a corrupt file aside happen before, in VersionedStore; the store is opened on the first
 * write, once the file on disk is known to be valid (electron-store throws on an unparsable one). */
export const electronJsonWriter: JsonWriterFactory = ({ dataDir, name }) => {
  let store: Store<Record<string, unknown>> | null = null;
  return (doc) => {
    store ??= new Store<Record<string, unknown>>({ cwd: dataDir, name, clearInvalidConfig: false });
    store.store = doc as Record<string, unknown>;
  };
};
