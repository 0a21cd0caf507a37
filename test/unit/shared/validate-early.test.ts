import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateEarly } from '../../../shared/validate-early';
import { transcriptSchema } from '../../../shared/transcript';

const schema = z.object({
  name: z.string(),
  tags: z.array(z.string()).default([]),
  note: z.string().nullable().optional(),
  items: z.array(z.object({ at: z.number().nonnegative(), why: z.string() })),
});

describe('validateEarly', () => {
  it('returns the data as zod parses it (defaults filled, optional fields absent)', () => {
    expect(validateEarly(schema, { name: 'a', items: [{ at: 1, why: 'b' }] })).toEqual({
      ok: true,
      data: { name: 'a', tags: [], items: [{ at: 1, why: 'b' }] },
    });
  });

  it('names the first problem with its path, and only that one', () => {
    const items = [{ at: 1, why: 'ok' }, { at: -1, why: 2 }, { at: 'x' }];
    expect(validateEarly(schema, { name: 'a', items })).toEqual({
      ok: false,
      problem: 'Too small: expected number to be >=0 at items.1.at',
    });
    expect(validateEarly(schema, { name: 'a', tags: ['x', 3], items: [] })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/at tags\.1$/),
    });
    expect(validateEarly(schema, [])).toMatchObject({ ok: false });
  });

  it('accepts a real transcript exactly as safeParse does', () => {
    const transcript = {
      version: 1,
      text: 'Hello there',
      words: [
        { text: 'Hello', start: 0, end: 0.4, p: 0.9, charStart: 0, charEnd: 5 },
        { text: 'there', start: 0.5, end: 0.9, p: 0.8, charStart: 6, charEnd: 11 },
      ],
      segments: [{ text: 'Hello there', start: 0, end: 0.9 }],
      audioDurationSec: 1,
      noSpeech: false,
      language: 'en',
      model: 'ggml-tiny.en.bin',
      createdAt: '2026-03-14T15:30:00.000Z',
    };
    expect(validateEarly(transcriptSchema, transcript)).toEqual({
      ok: true,
      data: transcriptSchema.parse(transcript),
    });
  });
});
