import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CustomQuestionStore } from '../../../../../electron/services/questions/custom-question-store';
import { questions as builtIn } from '../../../../../shared/questions/bank';

describe('CustomQuestionStore', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-questions-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds, edits and deletes the user’s questions, listed after the built-in ones with guidance', () => {
    const store = new CustomQuestionStore({ dataDir: dir });
    expect(store.all()).toEqual(builtIn);
    const added = store.add({
      pattern: 'influence',
      text: 'How did you get another team to adopt your library?',
    });
    expect(added).toMatchObject({
      source: 'custom',
      themes: ['cross-team-influence'],
      deepDive: false,
    });
    expect(added.id).toMatch(/^custom-[0-9a-f]{12}$/);
    expect(added.guidance.followUps.length).toBeGreaterThan(0);
    const edited = store.update(added.id, {
      pattern: 'influence',
      text: 'How did you get two teams to adopt your library?',
      followUps: ['Who said no first?'],
    });
    expect(edited.guidance.followUps[0]).toBe('Who said no first?');
    const reopened = new CustomQuestionStore({ dataDir: dir });
    expect(reopened.all().at(-1)).toEqual(edited);
    reopened.delete(added.id);
    expect(new CustomQuestionStore({ dataDir: dir }).custom()).toEqual([]);
  });

  it('refuses a question already in the bank, whatever its case and punctuation', () => {
    const store = new CustomQuestionStore({ dataDir: dir });
    expect(() =>
      store.add({
        pattern: 'mistake',
        text: 'tell me about a mistake you made and what you learned',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'duplicate',
        message: expect.stringContaining('Tell me about a mistake you made and what you learned.'),
      }),
    );
    const mine = store.add({ pattern: 'mistake', text: 'What is the worst bug you shipped?' });
    expect(() =>
      store.add({ pattern: 'mistake', text: 'What is the WORST bug you shipped' }),
    ).toThrow(expect.objectContaining({ code: 'duplicate' }));
    // Saving a question under its own wording is not a duplicate of itself.
    expect(
      store.update(mine.id, {
        pattern: 'mistake',
        text: 'What is the worst bug you shipped?',
        notes: 'The billing one.',
      }).id,
    ).toBe(mine.id);
    expect(() =>
      store.update('custom-nothere1', { pattern: 'mistake', text: 'Anything at all?' }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('keeps the company focus, and an unreadable file is moved aside with a notice', () => {
    const store = new CustomQuestionStore({ dataDir: dir });
    expect(store.focus()).toBeNull();
    store.setFocus('amazon');
    expect(new CustomQuestionStore({ dataDir: dir }).focus()).toBe('amazon');
    fs.writeFileSync(
      path.join(dir, 'questions.json'),
      '{"version":1,"questions":[],"focus":"netflix"}',
    );
    const recovered = new CustomQuestionStore({ dataDir: dir });
    expect(recovered.focus()).toBeNull();
    expect(recovered.notice?.message).toMatch(/could not be read.*questions\.corrupt-/);
  });
});
