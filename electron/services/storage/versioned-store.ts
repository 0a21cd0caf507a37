import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/contract';
import { readDocumentText, type DocumentSpec } from '../../../shared/stories/versioned-document';
import { moveAsideCorruptFile, writeFileAtomicSync } from './atomic-write';
import { describeWriteError, systemCode } from './errno';
import { readTextFileSync } from './read-json';
import { ServiceError } from './service-error';

/** Where a versioned store keeps its document. */
export type VersionedStoreOptions = { dataDir: string };

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
      writeFileAtomicSync(this.file, JSON.stringify(parsed.data, null, 2) + '\n');
    } catch (error) {
      throw new ServiceError(
        'write-failed',
        `The ${this.spec.label} was not saved. ${describeWriteError(error, this.file)}`,
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
    const file = readTextFileSync(this.file);
    if (!file.ok && file.reason === 'missing') return { doc: this.spec.empty(), notice: null };
    if (!file.ok) {
      // Left as it is (a folder, a huge or unreadable file is not ours to move or replace).
      this.readOnly = `The ${label} cannot be changed because ${this.file} could not be used: ${file.why}. Move it away or fix its permissions, then restart Rehearse.`;
      return { doc: this.spec.empty(), notice: { level: 'error', message: this.readOnly } };
    }
    const text = file.text;
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
        this.readOnly = `Your ${label} could not be read (${read.problem}), and Rehearse could not move it aside (${systemCode(error) ?? String(error)}), so it was left as it is and cannot be changed. Check that ${this.options.dataDir} is writable, then restart Rehearse.`;
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
      writeFileAtomicSync(backup, text);
    } catch (error) {
      // Without a backup the original is not replaced: the upgrade lives in memory only.
      this.readOnly = `Your ${label} is in an older format (${from}) and Rehearse could not keep a backup before upgrading it (${systemCode(error) ?? String(error)}), so it cannot be changed. Check that ${this.options.dataDir} is writable, then restart Rehearse.`;
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
