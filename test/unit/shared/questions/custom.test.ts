import { describe, expect, it } from 'vitest';
import { questions } from '../../../../shared/questions/bank';
import {
  allQuestions,
  customQuestionInputSchema,
  customQuestionSchema,
  questionKey,
  toQuestion,
  type CustomQuestion,
} from '../../../../shared/questions/custom';
import { patternGuidance } from '../../../../shared/questions/guidance-patterns';
import { questionSchema } from '../../../../shared/questions/question';

const custom: CustomQuestion = customQuestionSchema.parse({
  id: 'custom-abc123',
  pattern: 'production-incident',
  text: 'Tell me about the worst on-call week you had.',
  notes: 'Use the Kafka lag story.',
  followUps: ['How did you hand over to the next on-call?'],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
});

describe('custom questions', () => {
  it('fills defaults and refuses too short or unknown fields', () => {
    const parsed = customQuestionInputSchema.parse({
      pattern: 'mistake',
      text: '  Tell me about a bad deploy.  ',
    });
    expect(parsed).toEqual({
      pattern: 'mistake',
      text: 'Tell me about a bad deploy.',
      themes: [],
      companies: [],
      notes: '',
      followUps: [],
    });
    expect(customQuestionInputSchema.safeParse({ pattern: 'mistake', text: 'Hi' }).success).toBe(
      false,
    );
    expect(
      customQuestionInputSchema.safeParse({ pattern: 'mistake', text: 'A real question?', id: 'x' })
        .success,
    ).toBe(false);
    expect(
      customQuestionInputSchema.safeParse({ pattern: 'gossip', text: 'A real question?' }).success,
    ).toBe(false);
  });

  it('gets its pattern’s guidance with the user’s follow-ups first and notes to mention', () => {
    const q = toQuestion(custom);
    expect(questionSchema.safeParse(q).success).toBe(true);
    expect(q.source).toBe('custom');
    expect(q.themes).toEqual(['production-incident']);
    expect(q.guidance.tests).toBe(patternGuidance['production-incident'].tests);
    expect(q.guidance.followUps[0]).toBe('How did you hand over to the next on-call?');
    expect(q.guidance.followUps.slice(1)).toEqual(patternGuidance['production-incident'].followUps);
    expect(q.guidance.mention[0]).toBe('Use the Kafka lag story.');
  });

  it('lists built-in questions first, then the user’s', () => {
    const all = allQuestions([custom]);
    expect(all.slice(0, questions.length)).toEqual(questions);
    expect(all.at(-1)?.id).toBe('custom-abc123');
  });

  it('treats wording that differs only in case, spacing and end punctuation as the same question', () => {
    expect(questionKey('Tell me about  a Mistake you made!')).toBe(
      questionKey('tell me about a mistake you made'),
    );
    expect(questionKey('Tell me about a mistake')).not.toBe(
      questionKey('Tell me about a mistake you made'),
    );
  });
});
