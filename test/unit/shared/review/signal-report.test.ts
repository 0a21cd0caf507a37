import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { buildReport, reportToMarkdown } from '../../../../shared/review/report';

describe('report of the delivery and content signals', () => {
  it('says in the export whether a tradeoff, partners and tangents were heard', () => {
    const text =
      'I owned the checkout service. Instead of sharding the table I added a read replica, and Priya from the data team reviewed the migration. p99 went from 900 ms to 200 ms.';
    const analysis = analyzeAnswer({ text });
    const md = reportToMarkdown(
      buildReport({
        questionText: 'Tell me about a performance problem.',
        dateLabel: 'today',
        recordedSec: 20,
        transcript: {
          version: 1,
          text,
          words: [],
          segments: [],
          audioDurationSec: 20,
          noSpeech: false,
          language: 'en',
          model: 'test',
          createdAt: '2026-01-01T00:00:00Z',
        },
        analysis,
      }),
    );
    expect(md).toContain('## How it sounded and what it showed');
    expect(md).toContain('- Tradeoffs: 1 choice weighed.');
    expect(md).toContain('- Collaboration: 1 partner credited.');
    expect(md).toContain('- Tangents: 0.');
  });
});
