import { describe, expect, it } from 'vitest';
import {
  deepDiveQuestions,
  findQuestion,
  patternLabels,
  questions,
  QUESTION_PATTERNS,
} from '../../../../shared/questions/bank';
import { DEEP_DIVE_IDS } from '../../../../shared/questions/guidance-deep-dive';
import { patternGuidance } from '../../../../shared/questions/guidance-patterns';
import { questionGuidanceSchema } from '../../../../shared/questions/guidance';
import { questionSchema } from '../../../../shared/questions/question';
import { STORY_THEMES } from '../../../../shared/stories/themes';

const STAR_L = ['Situation:', 'Task:', 'Actions I took:', 'Result:', 'Learning:'];

describe('question bank integrity', () => {
  it('has unique ids and every question passes the bridge schema', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) expect(questionSchema.safeParse(q).success, q.id).toBe(true);
  });

  it('keeps the ids attempts already refer to', () => {
    const ids = questions.map((q) => q.id);
    for (const id of [
      'tp-hardest-bug',
      'pi-incident',
      'dis-technical',
      'perf-latency',
      'mis-mistake',
      'pp-proud',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives every question its guidance: what it tests, a STAR-L structure, what to mention, follow-ups', () => {
    for (const q of questions) {
      const g = q.guidance;
      expect(questionGuidanceSchema.safeParse(g).success, q.id).toBe(true);
      expect(g.tests.length, q.id).toBeGreaterThan(40);
      expect(
        g.structure.map((line) => STAR_L.find((p) => line.startsWith(p))),
        q.id,
      ).toEqual(STAR_L);
      for (const line of g.structure)
        expect(line.length, line).toBeGreaterThan(STAR_L[0]!.length + 15);
      expect(g.mention.length, q.id).toBeGreaterThanOrEqual(3);
      expect(g.followUps.length, q.id).toBeGreaterThanOrEqual(3);
      for (const f of g.followUps) expect(f, q.id).toMatch(/\?$/);
    }
  });

  it('covers every pattern, and maps every question to at least one story theme', () => {
    for (const pattern of QUESTION_PATTERNS) {
      expect(patternLabels[pattern]).toBeTruthy();
      expect(
        questions.some((q) => q.pattern === pattern),
        pattern,
      ).toBe(true);
      expect(patternGuidance[pattern]).toBeDefined();
    }
    for (const q of questions) {
      expect(q.themes.length, q.id).toBeGreaterThan(0);
      for (const t of q.themes) expect(STORY_THEMES).toContain(t);
    }
  });

  it('has seven deep-dive questions, each with guidance of its own rather than its pattern’s', () => {
    expect(deepDiveQuestions.map((q) => q.id)).toEqual([...DEEP_DIVE_IDS]);
    expect(deepDiveQuestions).toHaveLength(7);
    expect(new Set(deepDiveQuestions.map((q) => q.pattern)).size).toBe(7);
    for (const q of deepDiveQuestions) {
      expect(q.guidance).not.toBe(patternGuidance[q.pattern]);
      expect(q.guidance.tests).not.toBe(patternGuidance[q.pattern].tests);
      expect(q.guidance.followUps.length).toBeGreaterThanOrEqual(4);
    }
    for (const q of questions.filter((q) => !q.deepDive)) {
      expect(q.guidance).toEqual(patternGuidance[q.pattern]);
    }
  });

  it('finds built-in questions by id and nothing else', () => {
    expect(findQuestion('pi-incident')?.text).toBe(
      'Tell me about a production incident you handled.',
    );
    expect(findQuestion('custom-0000aaaa')).toBeUndefined();
  });
});
