import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../../../electron/services/app-services';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { MODEL_CATALOG } from '../../../../../shared/models/catalog';
import { tempDir } from '../attempts/helpers';
import { recordAttempt } from '../history/review-fixtures';
import { call, startServices } from './data-fixtures';

describe('bulk deletes', () => {
  let dataDir: string;
  let services: AppServices;
  const modelFile = () => path.join(dataDir, 'models', MODEL_CATALOG[0]!.fileName);

  beforeEach(async () => {
    dataDir = tempDir('rehearse-delete-');
    services = await startServices(dataDir);
    const store = new AttemptStore({ dataDir });
    for (const seed of [1, 2])
      await recordAttempt(
        store,
        'pi-incident',
        'Tell me about a production incident you handled.',
        { seed },
      );
    await recordAttempt(store, 'pp-proud', 'Tell me about a project you are proud of.', {
      seed: 3,
    });
    const bullets = { situation: 'S', task: 'T', actions: 'A', result: 'R', learning: 'L' };
    await call(services, 'stories/create', {
      title: 'A story',
      themes: ['proud-project'],
      bullets,
      questionIds: [],
      followUp: { question: '', answer: '' },
    });
    await call(services, 'questions/add', {
      pattern: 'mistake',
      text: 'What was your worst deploy?',
    });
    await call(services, 'settings/set', { theme: 'dark' });
    fs.mkdirSync(path.dirname(modelFile()), { recursive: true });
    fs.writeFileSync(modelFile(), Buffer.alloc(1024, 7));
  });
  afterEach(async () => {
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('needs the confirmation token', async () => {
    await expect(
      call(services, 'data/delete-question-attempts', { questionId: 'pi-incident' }),
    ).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(call(services, 'data/delete-all', { confirm: 'yes' })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
    expect((await call(services, 'data/summary', {})).attempts).toBe(3);
  });

  it('deletes one question’s attempts and nothing else', async () => {
    const events: string[] = [];
    services.events.subscribe((name) => events.push(name));
    const result = await call(services, 'data/delete-question-attempts', {
      questionId: 'pi-incident',
      confirm: 'delete-question-attempts',
    });
    expect(result).toEqual({ deleted: 2, failed: [] });
    const left = await call(services, 'attempts/list', {});
    expect(left.map((i) => (i.state === 'ok' ? i.attempt.questionId : i.id))).toEqual(['pp-proud']);
    expect(events.filter((e) => e === 'attempts/changed')).toHaveLength(2);
  });

  it('deletes every attempt, story and custom question but keeps settings and models unless asked', async () => {
    const summary = await call(services, 'data/summary', {});
    expect(summary).toMatchObject({ dataDir, attempts: 3, stories: 1, customQuestions: 1 });
    expect(summary.bytes).toBeGreaterThan(3 * 16000 * 2);
    const result = await call(services, 'data/delete-all', { confirm: 'delete-everything' });
    expect(result).toEqual({
      attempts: 3,
      stories: 1,
      customQuestions: 1,
      settingsReset: false,
      modelsRemoved: 0,
      failed: [],
    });
    expect(await call(services, 'data/summary', {})).toMatchObject({
      attempts: 0,
      stories: 0,
      customQuestions: 0,
    });
    expect((await call(services, 'settings/get', {})).theme).toBe('dark');
    expect(fs.existsSync(modelFile())).toBe(true);
  });

  it('resets settings and removes downloaded models when asked', async () => {
    const result = await call(services, 'data/delete-all', {
      confirm: 'delete-everything',
      settings: true,
      models: true,
    });
    expect(result).toMatchObject({
      attempts: 3,
      settingsReset: true,
      modelsRemoved: 1,
      failed: [],
    });
    expect((await call(services, 'settings/get', {})).theme).toBe('system');
    expect(fs.existsSync(modelFile())).toBe(false);
  });
});
