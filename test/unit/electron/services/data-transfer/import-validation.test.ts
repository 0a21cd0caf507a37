import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../../../electron/services/app-services';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import type { Attempt } from '../../../../../shared/contract/attempts';
import { tempDir } from '../attempts/helpers';
import { ROUGH_TAKE, recordAttempt, writeReview } from '../history/review-fixtures';
import { call, snapshot, startServices } from './data-fixtures';

const INCIDENT = 'Tell me about a production incident you handled.';

describe('import validates every file', () => {
  const dirs: string[] = [];
  const running: AppServices[] = [];
  let exportPath: string;
  let attempts: Attempt[];
  let target: AppServices;
  let targetDir: string;
  const dir = (prefix: string) => {
    const made = tempDir(prefix);
    dirs.push(made);
    return made;
  };

  beforeEach(async () => {
    const source = dir('rehearse-src-');
    const services = await startServices(source);
    running.push(services);
    const store = new AttemptStore({ dataDir: source });
    attempts = [];
    for (let seed = 1; seed <= 4; seed++) {
      const attempt = await recordAttempt(store, 'pi-incident', INCIDENT, { seed });
      writeReview(store, attempt, ROUGH_TAKE);
      attempts.push(attempt);
    }
    const bullets = { situation: 'S', task: 'T', actions: 'A', result: 'R', learning: 'L' };
    for (const title of ['One', 'Two']) {
      await call(services, 'stories/create', {
        title,
        themes: [],
        bullets,
        questionIds: [],
        followUp: { question: '', answer: '' },
      });
    }
    exportPath = (await call(services, 'data/export', { folder: dir('rehearse-out-') })).path;
    targetDir = dir('rehearse-dst-');
    target = await startServices(targetDir);
    running.push(target);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.dispose()));
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  const folderOf = (a: Attempt) => path.join(exportPath, 'attempts', a.id);

  it('leaves out attempts with a bad attempt.json or audio, and only the bad transcript or analysis of others', async () => {
    fs.writeFileSync(path.join(folderOf(attempts[0]!), 'attempt.json'), '{"id": "nope"');
    fs.truncateSync(path.join(folderOf(attempts[1]!), 'audio.wav'), 30);
    fs.writeFileSync(
      path.join(folderOf(attempts[2]!), 'analysis.json'),
      JSON.stringify({ version: 1, flags: 'many' }),
    );
    fs.writeFileSync(path.join(folderOf(attempts[3]!), 'transcript.json'), '[]');
    fs.mkdirSync(path.join(exportPath, 'attempts', 'not-an-attempt!'));
    const stories = JSON.parse(fs.readFileSync(path.join(exportPath, 'stories.json'), 'utf8'));
    stories.stories[1].themes = ['gossip'];
    fs.writeFileSync(path.join(exportPath, 'stories.json'), JSON.stringify(stories));

    const report = await call(target, 'data/import', { folder: exportPath });
    expect(report.attempts).toEqual({ imported: 2, renamed: 0, skipped: 0, invalid: 2 });
    expect(report.stories).toEqual({ imported: 1, renamed: 0, skipped: 0, invalid: 1 });
    const joined = report.problems.join('\n');
    expect(joined).toMatch(
      new RegExp(
        `Attempt ${attempts[0]!.id} was not imported: The details of this recording \\(attempt.json\\) are damaged`,
      ),
    );
    expect(joined).toMatch(
      new RegExp(
        `Attempt ${attempts[1]!.id} was not imported: The audio file \\(audio.wav\\) is damaged`,
      ),
    );
    expect(joined).toMatch(
      new RegExp(`Attempt ${attempts[2]!.id} was imported without its analysis.json`),
    );
    expect(joined).toMatch(
      new RegExp(`Attempt ${attempts[3]!.id} was imported without its transcript.json`),
    );
    expect(joined).toMatch(/"not-an-attempt!" in the attempts folder is not an attempt/);
    expect(joined).toMatch(/Entry 2 of stories.json is damaged/);
    const files = snapshot(targetDir).attempts;
    expect(Object.keys(files).sort()).toEqual([attempts[2]!.id, attempts[3]!.id].sort());
    expect(Object.keys(files[attempts[2]!.id]!)).toEqual([
      'attempt.json',
      'audio.wav',
      'transcript.json',
    ]);
    expect(Object.keys(files[attempts[3]!.id]!)).toEqual([
      'analysis.json',
      'attempt.json',
      'audio.wav',
    ]);
    // No staging folder is left behind.
    expect(
      fs.readdirSync(path.join(targetDir, 'attempts')).filter((n) => n.startsWith('.')),
    ).toEqual([]);
  });

  it('reads a story bank exported by an older version (format 1)', async () => {
    fs.writeFileSync(
      path.join(exportPath, 'stories.json'),
      JSON.stringify({
        version: 1,
        stories: [
          {
            id: 'story-v1old',
            title: 'Old',
            tags: ['mistake-failure'],
            bullets: ['S', 'T'],
            createdAt: '2025-01-01T00:00:00.000Z',
          },
        ],
      }),
    );
    const report = await call(target, 'data/import', { folder: exportPath });
    expect(report.stories).toEqual({ imported: 1, renamed: 0, skipped: 0, invalid: 0 });
    expect((await call(target, 'stories/list', {})).stories[0]).toMatchObject({
      id: 'story-v1old',
      themes: ['mistake-failure'],
      bullets: { situation: 'S', task: 'T', actions: '' },
    });
  });

  it('refuses folders that are not exports, and says what to choose instead', async () => {
    const empty = dir('rehearse-empty-');
    await expect(call(target, 'data/import', { folder: empty })).rejects.toMatchObject({
      code: 'not-an-export',
      message: expect.stringMatching(/Export all data/),
    });
    await expect(call(target, 'data/import', { folder: 'relative/folder' })).rejects.toMatchObject({
      code: 'not-a-folder',
      message: expect.stringMatching(/full path/),
    });
    await expect(
      call(target, 'data/import', { folder: path.join(empty, 'missing') }),
    ).rejects.toMatchObject({
      code: 'not-a-folder',
      message: expect.stringMatching(/does not exist/),
    });
    await expect(call(target, 'data/import', { folder: targetDir })).rejects.toMatchObject({
      code: 'not-an-export',
      message: expect.stringMatching(/own data folder/),
    });
    fs.writeFileSync(path.join(exportPath, 'manifest.json'), '{"format": "something-else"}');
    await expect(call(target, 'data/import', { folder: exportPath })).rejects.toMatchObject({
      code: 'not-an-export',
    });
    expect(snapshot(targetDir).attempts).toEqual({});
  });

  it('imports a plain copy of a data folder too (no manifest)', async () => {
    fs.rmSync(path.join(exportPath, 'manifest.json'));
    const report = await call(target, 'data/import', { folder: exportPath });
    expect(report.attempts.imported).toBe(4);
  });
});
