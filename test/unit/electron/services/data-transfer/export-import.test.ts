import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../../../electron/services/app-services';
import { attemptFolder } from '../../../../../electron/services/attempts/attempt-ids';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import type { Attempt } from '../../../../../shared/contract/attempts';
import { tempDir } from '../attempts/helpers';
import { ROUGH_TAKE, TIGHT_TAKE, recordAttempt, writeReview } from '../history/review-fixtures';
import { call, snapshot, startServices } from './data-fixtures';

const INCIDENT = 'Tell me about a production incident you handled.';
const bullets = {
  situation: 'Checkout p99 at 1.2 s.',
  task: 'I owned checkout.',
  actions: 'Batched queries, added a cache.',
  result: 'p99 180 ms.',
  learning: 'Load test first.',
};

describe('export and import of all data', () => {
  const dirs: string[] = [];
  const running: AppServices[] = [];
  const dir = (prefix: string) => {
    const made = tempDir(prefix);
    dirs.push(made);
    return made;
  };
  const start = async (dataDir: string) => {
    const services = await startServices(dataDir);
    running.push(services);
    return services;
  };
  let source: string;
  let exportsDir: string;
  let parent: Attempt;
  let child: Attempt;
  let customId: string;

  beforeEach(async () => {
    source = dir('rehearse-source-');
    exportsDir = dir('rehearse-exports-');
    const services = await start(source);
    const store = new AttemptStore({ dataDir: source });
    parent = await recordAttempt(store, 'pi-incident', INCIDENT, { seconds: 1.5, seed: 1 });
    writeReview(store, parent, ROUGH_TAKE);
    child = await recordAttempt(store, 'pi-incident', INCIDENT, { seed: 2, parentId: parent.id });
    writeReview(store, child, TIGHT_TAKE, false);
    const custom = await call(services, 'questions/add', {
      pattern: 'influence',
      text: 'How did you get the platform team to adopt tracing?',
    });
    customId = custom.id;
    await recordAttempt(store, customId, custom.text, { seed: 3 });
    await call(services, 'stories/create', {
      title: 'Checkout latency',
      themes: ['scaling-performance'],
      bullets,
      questionIds: ['perf-latency', customId],
      followUp: { question: 'Why Redis?', answer: 'Shared by 12 pods.' },
    });
    await call(services, 'stories/create', {
      title: 'Tracing rollout',
      themes: ['cross-team-influence'],
      bullets,
      questionIds: [customId],
      followUp: { question: '', answer: '' },
    });
    await call(services, 'questions/set-focus', { focus: 'google' });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.dispose()));
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('exports then imports into an empty data folder with the same attempts, stories and questions', async () => {
    const services = running[0]!;
    const exported = await call(services, 'data/export', { folder: exportsDir });
    expect(exported).toMatchObject({ attempts: 3, stories: 2, customQuestions: 1, skipped: [] });
    // The follow-up has a transcript but no analysis, the custom question's take neither: the
    // export counts both as takes without feedback.
    expect(exported.withoutFeedback).toBe(2);
    expect(path.dirname(exported.path)).toBe(exportsDir);
    expect(path.basename(exported.path)).toMatch(
      /^Rehearse export \d{4}-\d\d-\d\d \d\d-\d\d-\d\d$/,
    );
    expect(
      JSON.parse(fs.readFileSync(path.join(exported.path, 'manifest.json'), 'utf8')),
    ).toMatchObject({ format: 'rehearse-export', version: 1, appVersion: '1.2.3', attempts: 3 });

    const target = dir('rehearse-target-');
    const fresh = await start(target);
    const report = await call(fresh, 'data/import', { folder: exported.path });
    expect(report).toMatchObject({
      attempts: { imported: 3, renamed: 0, skipped: 0, invalid: 0 },
      stories: { imported: 2, renamed: 0, skipped: 0, invalid: 0 },
      questions: { imported: 1, renamed: 0, skipped: 0, invalid: 0 },
      problems: [],
    });
    const before = snapshot(source);
    const after = snapshot(target);
    expect(after.attempts).toEqual(before.attempts);
    expect(Object.keys(after.attempts)).toHaveLength(3);
    expect(after.attempts[parent.id]).toHaveProperty(['analysis.json']);
    expect(after.stories).toEqual(before.stories);
    expect(after.questions).toEqual(before.questions);
    // The imported data works through the app, not just on disk.
    const history = await call(fresh, 'history/list', {});
    expect(history.rows.map((r) => r.attemptId).sort()).toEqual(
      Object.keys(before.attempts).sort(),
    );
    expect((await call(fresh, 'questions/list', {})).questions.at(-1)?.id).toBe(customId);

    // Importing the same export again changes nothing.
    const again = await call(fresh, 'data/import', { folder: exported.path });
    expect(again).toMatchObject({
      attempts: { imported: 0, skipped: 3 },
      stories: { imported: 0, skipped: 2 },
      questions: { imported: 0, skipped: 1 },
    });
    expect(snapshot(target)).toEqual(after);
  });

  it('imports from the folder chosen for Export (its parent), picking the newest export in it', async () => {
    const first = await call(running[0]!, 'data/export', { folder: exportsDir });
    // A second export a moment later (its own dated folder) next to the first.
    const second = path.join(exportsDir, 'Rehearse export 2999-01-01 00-00-00');
    fs.cpSync(first.path, second, { recursive: true });
    const fresh = await start(dir('rehearse-parent-'));
    const report = await call(fresh, 'data/import', { folder: exportsDir });
    expect(report.source).toBe(second);
    expect(report.attempts).toMatchObject({ imported: 3 });
    expect(report.problems[0]).toContain(
      'imported the newest, "Rehearse export 2999-01-01 00-00-00"',
    );
    // A folder with no export in it still says what to choose.
    await expect(call(fresh, 'data/import', { folder: dir('rehearse-empty-') })).rejects.toThrow(
      /Choose the folder you exported into/,
    );
  });

  it('never overwrites on a clash: a different item with the same id is renamed, links follow it', async () => {
    const exported = await call(running[0]!, 'data/export', { folder: exportsDir });
    const target = dir('rehearse-busy-');
    const busy = await start(target);
    // The target already has an attempt under the parent's id, with other audio.
    const clash = path.join(target, 'attempts', parent.id);
    fs.mkdirSync(path.join(target, 'attempts'), { recursive: true });
    fs.cpSync(attemptFolder(path.join(source, 'attempts'), parent.id), clash, { recursive: true });
    const otherAudio = fs.readFileSync(
      path.join(attemptFolder(path.join(source, 'attempts'), child.id), 'audio.wav'),
    );
    fs.writeFileSync(path.join(clash, 'audio.wav'), otherAudio);
    fs.writeFileSync(
      path.join(clash, 'attempt.json'),
      JSON.stringify({ ...parent, durationSec: child.durationSec, title: 'Mine' }),
    );
    const mineBefore = snapshot(target).attempts[parent.id];
    // The same custom question wording already exists here under another id, and a story has the same id.
    const own = await call(busy, 'questions/add', {
      pattern: 'influence',
      text: 'How did you get the platform team to adopt tracing',
    });
    const exportedStories = JSON.parse(
      fs.readFileSync(path.join(exported.path, 'stories.json'), 'utf8'),
    ).stories;
    fs.writeFileSync(
      path.join(target, 'stories.json'),
      JSON.stringify({ version: 2, stories: [{ ...exportedStories[0], title: 'My own title' }] }),
    );
    const reopened = await start(target);

    const report = await call(reopened, 'data/import', { folder: exported.path });
    expect(report.attempts).toEqual({ imported: 2, renamed: 1, skipped: 0, invalid: 0 });
    expect(report.questions).toEqual({ imported: 0, renamed: 0, skipped: 1, invalid: 0 });
    expect(report.stories).toEqual({ imported: 1, renamed: 1, skipped: 0, invalid: 0 });
    expect(snapshot(target).attempts[parent.id]).toEqual(mineBefore);
    const list = await call(reopened, 'attempts/list', {});
    const attempts = list.flatMap((i) => (i.state === 'ok' ? [i.attempt] : []));
    expect(attempts).toHaveLength(4);
    const renamedParent = attempts.find(
      (a) => a.id !== parent.id && a.createdAt === parent.createdAt && a.parentId === null,
    )!;
    expect(renamedParent).toBeDefined();
    expect(attempts.find((a) => a.id === child.id)!.parentId).toBe(renamedParent.id);
    // The imported custom question merged into the existing one: attempts and stories point to it.
    expect(attempts.filter((a) => a.questionId === own.id)).toHaveLength(1);
    const stories = (await call(reopened, 'stories/list', {})).stories;
    expect(stories.map((s) => s.title)).toEqual([
      'My own title',
      'Checkout latency',
      'Tracing rollout',
    ]);
    expect(stories[1]!.id).not.toBe(stories[0]!.id);
    expect(stories[1]!.questionIds).toEqual(['perf-latency', own.id]);
    expect(
      (await call(reopened, 'questions/list', {})).questions.filter((q) => q.source === 'custom'),
    ).toHaveLength(1);
  });
});
