import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryStore } from '../../../../../electron/services/stories/story-store';
import type { StoryInput } from '../../../../../shared/stories/story';
import { fillDiskForTempFiles, tempFilesIn } from '../storage/full-disk';

const input: StoryInput = {
  title: 'Kafka consumer lag during Black Friday',
  themes: ['production-incident', 'scaling-performance'],
  bullets: {
    situation: 'Order events lagged 40 minutes at peak.',
    task: 'I was the on-call owner of the consumer.',
    actions: 'Scaled partitions from 12 to 48 and fixed a slow DB write.',
    result: 'Lag under 5 s; no lost orders.',
    learning: 'I load-test consumers at 3x peak before sales.',
  },
  questionIds: ['pi-incident'],
  followUp: {
    question: 'Why not just add consumers?',
    answer: 'Partitions capped parallelism at 12.',
  },
};

describe('StoryStore', () => {
  let dir: string;
  const file = () => path.join(dir, 'stories.json');
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-stories-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates, updates and deletes stories, and they persist across instances', () => {
    let clock = new Date('2026-03-01T10:00:00.000Z');
    let changes = 0;
    const store = new StoryStore({ dataDir: dir, now: () => clock, onChange: () => changes++ });
    expect(store.list()).toEqual([]);
    expect(store.notice).toBeNull();
    const created = store.create(input);
    expect(created.id).toMatch(/^story-[0-9a-f]{12}$/);
    expect(created).toMatchObject({
      ...input,
      createdAt: clock.toISOString(),
      updatedAt: clock.toISOString(),
    });
    clock = new Date('2026-03-02T10:00:00.000Z');
    const updated = store.update(created.id, {
      title: 'Consumer lag at peak',
      themes: ['production-incident'],
    });
    expect(updated).toMatchObject({
      title: 'Consumer lag at peak',
      themes: ['production-incident'],
      bullets: input.bullets,
      updatedAt: clock.toISOString(),
      createdAt: created.createdAt,
    });
    const second = store.create({ ...input, title: 'Second' });
    expect(new StoryStore({ dataDir: dir }).list()).toEqual([updated, second]);
    store.delete(created.id);
    expect(new StoryStore({ dataDir: dir }).list()).toEqual([second]);
    expect(changes).toBe(4);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).version).toBe(2);
  });

  it('refuses invalid stories and unknown ids, leaving the file as it was', () => {
    const store = new StoryStore({ dataDir: dir });
    const kept = store.create(input);
    const before = fs.readFileSync(file(), 'utf8');
    expect(() => store.create({ ...input, title: '  ' })).toThrow();
    expect(() => store.create({ ...input, themes: ['gossip' as never] })).toThrow();
    expect(() =>
      store.update(kept.id, { themes: ['mistake-failure', 'mistake-failure'] }),
    ).toThrow();
    expect(() => store.update('story-missing1', { title: 'x' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => store.delete('story-missing1')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
  });

  it('migrates a version-1 file on load, keeps the original as a backup, and says so', () => {
    const v1 = JSON.stringify({
      version: 1,
      stories: [
        {
          id: 'story-old1',
          title: 'Old story',
          tags: ['proud-project'],
          bullets: ['S', 'T', 'A', 'R', 'L'],
          createdAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    });
    fs.writeFileSync(file(), v1);
    const store = new StoryStore({ dataDir: dir });
    expect(store.list()).toEqual([
      expect.objectContaining({
        id: 'story-old1',
        themes: ['proud-project'],
        bullets: { situation: 'S', task: 'T', actions: 'A', result: 'R', learning: 'L' },
        questionIds: [],
      }),
    ]);
    expect(store.notice).toMatchObject({
      level: 'info',
      message: expect.stringMatching(/upgraded from format 1 to 2/),
    });
    expect(fs.readFileSync(path.join(dir, 'stories.v1-backup.json'), 'utf8')).toBe(v1);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toMatchObject({
      version: 2,
      stories: [{ id: 'story-old1' }],
    });
    // The next start reads version 2 with no notice and leaves the backup alone.
    const again = new StoryStore({ dataDir: dir });
    expect(again.notice).toBeNull();
    expect(again.list()).toEqual(store.list());
  });

  it.each([
    ['unparsable JSON', '{"version": 2, "stories": [{"id": "story-'],
    [
      'a story outside the schema',
      JSON.stringify({ version: 2, stories: [{ id: 'story-abcd', title: '' }] }),
    ],
    ['no version', JSON.stringify([{ title: 'x' }])],
  ])('moves a corrupt file aside, starts empty and reports it (%s)', (_label, content) => {
    fs.writeFileSync(file(), content);
    const store = new StoryStore({ dataDir: dir });
    expect(store.list()).toEqual([]);
    expect(store.notice).toMatchObject({
      level: 'warning',
      message: expect.stringMatching(/could not be read/),
    });
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('stories.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(content);
    expect(store.notice!.message).toContain(aside[0]);
    store.create(input);
    expect(new StoryStore({ dataDir: dir }).list()).toHaveLength(1);
  });

  it('names only the first bad entry of a crafted 8 MB stories.json (errors stop early)', () => {
    const bad = '{"id":1,"title":2,"themes":3,"bullets":4,"questionIds":5}';
    const count = Math.floor(8e6 / (bad.length + 1));
    fs.writeFileSync(file(), `{"version":2,"stories":[${new Array(count).fill(bad).join(',')}]}`);
    const store = new StoryStore({ dataDir: dir });
    expect(store.notice).toMatchObject({
      level: 'warning',
      message: expect.stringMatching(
        /^Your story bank could not be read \(Invalid input: expected string, received number at stories\.0\.title\)/,
      ),
    });
  });

  it('leaves a file from a newer Rehearse untouched and refuses to change it', () => {
    const newer = JSON.stringify({ version: 9, stories: [], somethingNew: true });
    fs.writeFileSync(file(), newer);
    const store = new StoryStore({ dataDir: dir });
    expect(store.notice).toMatchObject({
      level: 'warning',
      message: expect.stringMatching(/newer version of Rehearse \(format 9\)/),
    });
    expect(() => store.create(input)).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(fs.readFileSync(file(), 'utf8')).toBe(newer);
    expect(fs.readdirSync(dir)).toEqual(['stories.json']);
  });

  it('does not overwrite a file it cannot read', () => {
    fs.mkdirSync(file());
    const store = new StoryStore({ dataDir: dir });
    expect(store.notice).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/stories\.json could not be used: it is a folder, not a file/),
    });
    expect(() => store.create(input)).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(fs.statSync(file()).isDirectory()).toBe(true);
  });

  it('says a full disk plainly and leaves no temporary file behind', () => {
    const store = new StoryStore({ dataDir: dir });
    fillDiskForTempFiles();
    expect(() => store.create(input)).toThrow(
      expect.objectContaining({
        code: 'write-failed',
        message: expect.stringMatching(/disk holding .*stories\.json is full\. Free some space/),
      }),
    );
    vi.restoreAllMocks();
    expect(store.list()).toEqual([]);
    expect(tempFilesIn(dir)).toEqual([]);
  });
});
