import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../electron/services/app-services';
import { attemptFolder } from '../../../../../electron/services/attempts/attempt-ids';
import { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { dispatchCall } from '../../../../../electron/services/bridge/dispatch';
import { FileSettingsStore } from '../../../../../electron/services/settings/file-settings-store';
import type { CallName, CallResponse } from '../../../../../shared/contract';
import { tempDir } from '../attempts/helpers';
import { ROUGH_TAKE, TIGHT_TAKE, recordAttempt, writeReview } from './review-fixtures';

const INCIDENT = 'Tell me about a production incident you handled.';

describe('history through the bridge', () => {
  let dataDir: string;
  let services: AppServices;
  let store: AttemptStore;
  beforeEach(async () => {
    dataDir = tempDir('rehearse-history-');
    services = createAppServices({
      dataDir,
      settings: new FileSettingsStore(dataDir),
      transport: 'preview',
      version: '1.0.0',
    });
    // Start-up repair first, so it never mistakes a recording made below for an interrupted one.
    await services.ready;
    // A second store on the same folder writes attempts the way a recording does.
    store = new AttemptStore({ dataDir });
  });
  afterEach(async () => {
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function call<N extends CallName>(name: N, payload: unknown): Promise<CallResponse<N>> {
    const result = await dispatchCall(services.handlers, name, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as CallResponse<N>;
  }

  it('lists every attempt with its figures; unanalysed and damaged ones do not break it', async () => {
    const analysed = await recordAttempt(store, 'pi-incident', INCIDENT);
    writeReview(store, analysed, TIGHT_TAKE);
    const transcribed = await recordAttempt(store, 'pi-incident', INCIDENT);
    writeReview(store, transcribed, ROUGH_TAKE, false);
    const recorded = await recordAttempt(
      store,
      'mis-mistake',
      'Tell me about a mistake you made and what you learned.',
    );
    const broken = await recordAttempt(store, 'pi-incident', INCIDENT);
    fs.writeFileSync(
      path.join(attemptFolder(store.root, broken.id), 'analysis.json'),
      '{"version": 1, "flags": [',
    );
    fs.mkdirSync(path.join(store.root, '20260101-000000-000-deadbeef'));
    fs.writeFileSync(
      path.join(store.root, '20260101-000000-000-deadbeef', 'attempt.json'),
      'garbage',
    );

    const { rows, damaged } = await call('history/list', {});
    expect(damaged).toBe(1);
    const byId = new Map(rows.map((r) => [r.attemptId, r]));
    expect(byId.get(analysed.id)).toMatchObject({
      state: 'analysed',
      pattern: 'production-incident',
      verdict: expect.any(String),
    });
    expect(byId.get(analysed.id)!.metricsStated).toBeGreaterThanOrEqual(3);
    expect(byId.get(analysed.id)!.starComplete).toBeGreaterThanOrEqual(4);
    expect(byId.get(transcribed.id)).toMatchObject({
      state: 'transcribed',
      verdict: null,
      flagsPerMinute: null,
    });
    expect(byId.get(recorded.id)).toMatchObject({
      state: 'recorded',
      pattern: 'mistake',
      durationSec: 1,
    });
    expect(byId.get(broken.id)).toMatchObject({
      state: 'recorded',
      note: expect.stringMatching(/analysis\.json.*analyse the take again/),
    });
  });

  it('compares two takes: word diff, every signal’s change, and one summary line', async () => {
    const first = await recordAttempt(store, 'pi-incident', INCIDENT);
    writeReview(store, first, ROUGH_TAKE);
    const second = await recordAttempt(store, 'pi-incident', INCIDENT, { parentId: first.id });
    writeReview(store, second, TIGHT_TAKE);
    // Given newest first, the comparison still reads older to newer.
    const comparison = await call('history/compare', { a: second.id, b: first.id });
    expect(comparison.before.attemptId).toBe(first.id);
    expect(comparison.after.attemptId).toBe(second.id);
    expect(comparison.problems).toEqual([]);
    expect(
      comparison.diff!.parts.some((p) => p.kind === 'added' && p.text.includes('Redis cache')),
    ).toBe(true);
    expect(
      comparison.diff!.parts.some((p) => p.kind === 'removed' && p.text.includes('we fixed it')),
    ).toBe(true);
    const filler = comparison.deltas!.find((d) => d.key === 'filler')!;
    expect(filler.before).toBeGreaterThan(filler.after!);
    expect(comparison.deltas!.find((d) => d.key === 'quantities')).toMatchObject({
      before: 0,
      direction: 'better',
    });
    expect(comparison.summary).toContain(`fillers ${filler.before} to ${filler.after}`);
    expect(comparison.summary).toMatch(/metrics stated 0 to \d+/);
  });

  it('explains what is missing when a take has no transcript or feedback yet, and refuses mismatched takes', async () => {
    const first = await recordAttempt(store, 'pi-incident', INCIDENT);
    const second = await recordAttempt(store, 'pi-incident', INCIDENT);
    writeReview(store, second, TIGHT_TAKE);
    const partial = await call('history/compare', { a: first.id, b: second.id });
    expect(partial).toMatchObject({ diff: null, deltas: null, summary: '' });
    expect(partial.problems).toEqual([
      'The earlier take has no transcript yet: open it (its review transcribes it), then compare again to see the sentences side by side.',
    ]);
    const other = await recordAttempt(
      store,
      'pp-proud',
      'Tell me about a project you are proud of.',
    );
    await expect(call('history/compare', { a: first.id, b: other.id })).rejects.toMatchObject({
      code: 'different-questions',
    });
    await expect(call('history/compare', { a: first.id, b: first.id })).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(
      call('history/compare', { a: first.id, b: '20990101-000000-000-00000000' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('sums up a drill of three answers with probes for the follow-up round', async () => {
    const a = await recordAttempt(store, 'pi-incident', INCIDENT);
    writeReview(store, a, ROUGH_TAKE);
    const b = await recordAttempt(
      store,
      'mis-mistake',
      'Tell me about a mistake you made and what you learned.',
    );
    writeReview(
      store,
      b,
      'Um, so basically we kind of broke the login page. We fixed it. It was fine in the end, I guess.',
    );
    const c = await recordAttempt(store, 'custom-gone1', 'A question the user deleted since');
    const summary = await call('history/drill-summary', { attemptIds: [a.id, b.id, c.id] });
    expect(summary).toMatchObject({ total: 3, analysed: 2 });
    expect(summary.answers.map((x) => x.questionId)).toEqual([
      'pi-incident',
      'mis-mistake',
      'custom-gone1',
    ]);
    expect(summary.answers[0]!.followUps.length).toBeGreaterThan(0);
    expect(summary.answers[2]).toMatchObject({
      questionText: 'A question the user deleted since',
      verdict: null,
      followUps: [],
    });
    expect(summary.recurringGaps.length).toBeGreaterThan(0);
    expect(summary.headline).toMatch(/^2 of 3 answers with feedback/);
  });
});
