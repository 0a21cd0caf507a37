import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrateStoriesV1, storiesDocSpec } from '../../../../shared/stories/stories-doc';
import {
  readDocument,
  readDocumentText,
  type DocumentSpec,
} from '../../../../shared/stories/versioned-document';

const v1 = {
  version: 1,
  stories: [
    {
      id: 'story-0001',
      title: 'Kafka consumer lag incident',
      tags: ['production-incident', 'mistake-failure', 'production-incident'],
      bullets: [
        'Orders stuck for 40 minutes.',
        'I was on call.',
        'Rolled back the consumer config.',
        'Lag gone in 5 minutes.',
      ],
      createdAt: '2025-11-02T09:00:00.000Z',
    },
  ],
};

describe('story bank document', () => {
  it('reads the current version as it is', () => {
    const doc = { version: 2, stories: [] };
    expect(readDocument(storiesDocSpec, doc)).toEqual({ kind: 'ok', doc, migratedFrom: null });
  });

  it('migrates version 1: bullet list to named STAR-L bullets, tags to themes, no links yet', () => {
    const read = readDocument(storiesDocSpec, v1);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.migratedFrom).toBe(1);
    expect(read.doc.version).toBe(2);
    expect(read.doc.stories[0]).toEqual({
      id: 'story-0001',
      title: 'Kafka consumer lag incident',
      themes: ['production-incident', 'mistake-failure'],
      bullets: {
        situation: 'Orders stuck for 40 minutes.',
        task: 'I was on call.',
        actions: 'Rolled back the consumer config.',
        result: 'Lag gone in 5 minutes.',
        learning: '',
      },
      questionIds: [],
      followUp: { question: '', answer: '' },
      createdAt: '2025-11-02T09:00:00.000Z',
      updatedAt: '2025-11-02T09:00:00.000Z',
    });
  });

  it('calls a damaged version-1 file invalid instead of guessing', () => {
    const broken = { ...v1, stories: [{ ...v1.stories[0], tags: ['gossip'] }] };
    const read = readDocument(storiesDocSpec, broken);
    expect(read.kind).toBe('invalid');
    expect(() => migrateStoriesV1(broken)).toThrow();
  });

  it('reports a newer format, unversioned data, bad JSON and schema errors with where they are', () => {
    expect(readDocument(storiesDocSpec, { version: 3, stories: [] })).toEqual({
      kind: 'newer',
      version: 3,
    });
    expect(readDocument(storiesDocSpec, [1, 2])).toMatchObject({
      kind: 'invalid',
      problem: 'it has no format version',
    });
    expect(readDocumentText(storiesDocSpec, '{"version": 2, "stor')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/not valid JSON/),
    });
    const bad = readDocument(storiesDocSpec, { version: 2, stories: [{ id: 'nope' }] });
    expect(bad).toMatchObject({ kind: 'invalid', problem: expect.stringMatching(/stories\.0\./) });
  });

  it('chains migrations one version at a time and refuses a gap', () => {
    const spec: DocumentSpec<{ version: 3; n: number }> = {
      name: 't',
      label: 'test',
      version: 3,
      schema: z.object({ version: z.literal(3), n: z.number() }),
      migrations: [
        { from: 1, migrate: (d) => ({ version: 2, n: (d as { n: number }).n + 1 }) },
        { from: 2, migrate: (d) => ({ version: 3, n: (d as { n: number }).n * 10 }) },
      ],
      empty: () => ({ version: 3, n: 0 }),
    };
    expect(readDocument(spec, { version: 1, n: 1 })).toEqual({
      kind: 'ok',
      doc: { version: 3, n: 20 },
      migratedFrom: 1,
    });
    expect(
      readDocument({ ...spec, migrations: spec.migrations.slice(1) }, { version: 1, n: 1 }),
    ).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/version 1 cannot be upgraded/),
    });
  });
});
