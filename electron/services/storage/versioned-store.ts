import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/contract';
import { readDocumentText, type DocumentSpec } from '../../../shared/stories/versioned-document';
import { moveAsideCorruptFile, writeFileAtomic } from '../fs-safe';
import { fileJsonWriter, type JsonWriter, type JsonWriterFactory } from './json-writer';
import { ServiceError } from './service-error';

/** Where a versioned store keeps its document and how it writes it. */
export type VersionedStoreOptions = { dataDir: string; writer?: JsonWriterFactory };

/**
 * One JSON document (`<dataDir>/<name>.json`) read and written whole, validated by a zod schema.
 * An older format is migrated on load (the original kept as `<name>.v<N>-backup.json`); an
 * unreadable file is moved aside and the store starts empty; a file from a newer Rehearse is left
 * untouched and the store is read-only. Each case leaves a notice for the user.
 */
export class VersionedStore<T> {
  readonly file: string;
  readonly notice: Notice | null;
  private current: T;
  private readOnly: string | null = null;
  private writer: JsonWriter | null = null;

  constructor(
    private readonly spec: DocumentSpec<T>,
    private readonly options: VersionedStoreOptions,
  ) {
    this.file = path.join(options.dataDir, `${spec.name}.json`);
    const loaded = this.load();
    this.current = loaded.doc;
    this.notice = loaded.notice;
  }

  /** A copy of the document. */
  get(): T {
    return structuredClone(this.current);
  }

  /** Validates and saves a whole new document; returns it as stored. */
  set(doc: T): T {
    if (this.readOnly) throw new ServiceError('read-only', this.readOnly);
    const parsed = this.spec.schema.safeParse(doc);
    if (!parsed.success) {
      throw new ServiceError(
        'invalid',
        `The ${this.spec.label} was not saved: ${z.prettifyError(parsed.error)}`,
      );
    }
    try {
      this.writer ??= (this.options.writer ?? fileJsonWriter)({
        dataDir: this.options.dataDir,
        name: this.spec.name,
        file: this.file,
      });
      this.writer(parsed.data as object);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ServiceError(
        'write-failed',
        `Rehearse could not save the ${this.spec.label} to ${this.file} (${code}). Check that the disk has space and the folder is writable, then try again.`,
        String(error),
      );
    }
    this.current = parsed.data;
    return this.get();
  }

  /** Applies a change to a copy of the document and saves the result. */
  update(change: (doc: T) => T): T {
    return this.set(change(this.get()));
  }

  private load(): { doc: T; notice: Notice | null } {
    const { label } = this.spec;
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { doc: this.spec.empty(), notice: null };
      this.readOnly = `The ${label} cannot be changed because ${this.file} could not be read (${code}). Check its permissions, then restart Rehearse.`;
      return { doc: this.spec.empty(), notice: { level: 'error', message: this.readOnly } };
    }
    const read = readDocumentText(this.spec, text);
    if (read.kind === 'newer') {
      this.readOnly = `Your ${label} (${this.file}) was saved by a newer version of Rehearse (format ${read.version}); this version reads format ${this.spec.version}. It was left untouched and cannot be changed here: update Rehearse to use it.`;
      return { doc: this.spec.empty(), notice: { level: 'warning', message: this.readOnly } };
    }
    if (read.kind === 'invalid') {
      // Never silently replace what the user had: keep the bad file beside the new one.
      let aside: string;
      try {
        aside = moveAsideCorruptFile(this.file);
      } catch (error) {
        this.readOnly = `Your ${label} could not be read (${read.problem}), and Rehearse could not move it aside (${(error as NodeJS.ErrnoException).code ?? String(error)}), so it was left as it is and cannot be changed. Check that ${this.options.dataDir} is writable, then restart Rehearse.`;
        return { doc: this.spec.empty(), notice: { level: 'error', message: this.readOnly } };
      }
      const message = `Your ${label} could not be read (${read.problem}), so Rehearse started with an empty one. The old file was kept as ${aside}.`;
      return { doc: this.spec.empty(), notice: { level: 'warning', message } };
    }
    if (read.migratedFrom === null) return { doc: read.doc, notice: null };
    return { doc: read.doc, notice: this.saveMigrated(text, read.doc, read.migratedFrom) };
  }

  /** Keeps the original file as a backup, then writes the upgraded document over it. */
  private saveMigrated(text: string, doc: T, from: number): Notice {
    const { label, version } = this.spec;
    let backup: string;
    try {
      backup = this.backupPath(from);
      writeFileAtomic(backup, text);
    } catch (error) {
      // Without a backup the original is not replaced: the upgrade lives in memory only.
      this.readOnly = `Your ${label} is in an older format (${from}) and Rehearse could not keep a backup before upgrading it (${(error as NodeJS.ErrnoException).code ?? String(error)}), so it cannot be changed. Check that ${this.options.dataDir} is writable, then restart Rehearse.`;
      return { level: 'error', message: this.readOnly };
    }
    this.current = doc;
    try {
      this.set(doc);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        level: 'error',
        message: `Your ${label} was upgraded, but the new file could not be written: ${why}`,
      };
    }
    return {
      level: 'info',
      message: `Your ${label} was upgraded from format ${from} to ${version}. The original file was kept as ${backup}.`,
    };
  }

  /** `<name>.v<N>-backup.json`, numbered if an earlier upgrade already left one. */
  private backupPath(version: number): string {
    const base = path.join(this.options.dataDir, `${this.spec.name}.v${version}-backup`);
    let candidate = `${base}.json`;
    for (let i = 2; fs.existsSync(candidate); i++) candidate = `${base}-${i}.json`;
    return candidate;
  }
}
