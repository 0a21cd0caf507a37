import { describe, expect, it } from 'vitest';
import { buildReport, escapeMarkdown, reportToMarkdown } from '../../../../shared/review/report';
import {
  exportFileName,
  transcriptToJson,
  transcriptToText,
} from '../../../../shared/review/transcript-export';
import type { Transcript } from '../../../../shared/transcript';
import { analyzeSpoken } from './helpers';

const TEXT =
  'Um, our checkout kept failing. We handled it. The platform team caused the problem. Things got better.';

function transcriptOf(text: string, seconds: number) {
  const { words, analysis } = analyzeSpoken(text, seconds);
  const transcript: Transcript = {
    version: 1,
    text,
    words,
    segments: [{ text, start: 0.5, end: seconds + 0.5 }],
    audioDurationSec: seconds + 1,
    noSpeech: false,
    language: 'en',
    model: 'ggml-tiny.en.bin',
    createdAt: '2026-11-28T16:20:00.000Z',
  };
  return { transcript, analysis };
}

const input = (t: ReturnType<typeof transcriptOf>) => ({
  questionText: 'Tell me about a production incident.',
  dateLabel: '28 Nov 2026, 16:20',
  recordedSec: 21,
  ...t,
});

describe('the attempt report', () => {
  it('puts the fixes, the verdict, every flag with its time and the transcript in Markdown', () => {
    const t = transcriptOf(TEXT, 20);
    const md = reportToMarkdown(buildReport(input(t)));
    expect(md.startsWith('# Tell me about a production incident.\n')).toBe(true);
    expect(md).toContain('- 0:21 recorded');
    expect(md).toMatch(/## Fix first\n\n.+\n\n1\. /);
    expect(md).toMatch(/0:\d\d spoken, \d+ s under 1:30: /);
    for (const f of t.analysis.flags) expect(md).toContain(`“${escapeMarkdown(f.text)}”`);
    expect(md).toMatch(/- 0:0\d Vague: “We handled it”/);
    expect(md).toMatch(/Blame: “The platform team caused the problem”/);
    expect(md).toContain('## Follow-up questions an interviewer may ask');
    expect(md.trimEnd().endsWith(TEXT)).toBe(true);
  });

  it('says there is no feedback yet rather than inventing it', () => {
    const doc = buildReport({ ...input(transcriptOf(TEXT, 20)), analysis: null });
    expect(doc.sections.map((s) => s.heading)).toEqual(['Feedback']);
    expect(reportToMarkdown(doc)).toContain('not been transcribed and analysed yet');
  });

  it('escapes Markdown in spoken text', () => {
    expect(escapeMarkdown('a *b* _c_ # [d](e) <f>')).toBe(
      'a \\*b\\* \\_c\\_ \\# \\[d\\](e) \\<f\\>',
    );
  });
});

describe('transcript exports', () => {
  const source = {
    attemptId: 'abc12345',
    questionText: 'Tell me about a production incident!',
    recordedAt: '2026-11-28T16:20:00.000Z',
  };

  it('writes text and JSON with every word timing', () => {
    const { transcript } = transcriptOf(TEXT, 20);
    expect(transcriptToText(source, transcript)).toBe(`${source.questionText}\n\n${TEXT}\n`);
    const json = JSON.parse(transcriptToJson(source, transcript));
    expect(json.attemptId).toBe('abc12345');
    expect(json.words).toHaveLength(transcript.words.length);
    expect(json.words[1]).toEqual(transcript.words[1]);
    expect(TEXT.slice(json.words[1].charStart, json.words[1].charEnd)).toBe(json.words[1].text);
  });

  it('names files after the day and the question', () => {
    expect(exportFileName(source, '-transcript', 'json')).toBe(
      'rehearse-2026-11-28-tell-me-about-a-production-incident-transcript.json',
    );
    expect(exportFileName({ ...source, questionText: '???' }, '', 'md')).toBe(
      'rehearse-2026-11-28-answer.md',
    );
  });
});
