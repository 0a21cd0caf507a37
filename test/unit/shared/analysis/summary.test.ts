import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';

const WEAK =
  'um so we had an outage and, like, it was bad. we looked at it and we rolled back some stuff and we fixed it. ' +
  'um it was kind of stressful but uh things got better. so yeah.';

describe('summary and follow-ups', () => {
  it('puts ownership and specificity before fillers in the top three', () => {
    const { summary } = analyzeAnswer({ text: WEAK });
    expect(summary.fixes).toHaveLength(3);
    expect(summary.fixes.map((f) => f.gap)).toEqual(['we-ownership', 'no-metric', 'vague']);
    expect(summary.headline).toMatch(/Fix first/);
  });

  it('asks the follow-ups an interviewer would ask about each gap', () => {
    const questions = analyzeAnswer({ text: WEAK, questionId: 'incident-1' }).followUps.map(
      (f) => f.question,
    );
    expect(questions).toContain('What did you personally do?');
    expect(questions).toContain('What metrics moved, and by how much?');
    expect(questions.length).toBeLessThanOrEqual(5);
  });

  it('says there is little to fix in a strong answer', () => {
    const text = [
      'Last year I owned the payments API, and p99 latency had crept up to 900 ms, over our 300 ms SLO.',
      'My job was to get it back under the SLO before the holiday peak.',
      'I profiled it and found a serializer doing reflection on every request, so I replaced it with generated code and added a cache for the currency table.',
      'I weighed adding hosts instead, but that was 40 thousand dollars a year, so I chose the code change.',
      'p99 dropped from 900 to 180 milliseconds and stayed there through the peak.',
      'I learned to profile before I scale.',
    ].join(' ');
    const a = analyzeAnswer({ text });
    expect(a.summary.fixes.map((f) => f.gap)).not.toContain('we-ownership');
    expect(a.flags.filter((f) => f.kind !== 'filler')).toEqual([]);
  });
});

describe('summary wording', () => {
  it('agrees in number: "1 key action is", "1 phrase puts", never "phrase(s)"', () => {
    const { summary } = analyzeAnswer({
      text: "It was the ops team's fault really. They never test anything. We fixed it and things got better.",
    });
    expect(JSON.stringify(summary)).not.toMatch(/\(s\)/);
    const detail = (gap: string) => summary.fixes.find((f) => f.gap === gap)?.detail;
    expect(detail('we-ownership')).toMatch(/^1 key action is told/);
    expect(detail('blame')).toMatch(/^\d+ phrases? puts? the failure/);
  });

  it('quotes the I/we balance, never "0 key actions", when only that balance asks for ownership', () => {
    // A fake-microphone recording as tiny.en heard it: its "we" steps are not flagged (each
    // follows the speaker's own step), yet "we" outnumbers "I".
    const { summary, flags } = analyzeAnswer({
      text:
        'Last year I was one of six engineers on the search team at the travel company. Our hotel search page was slow, ' +
        'but behind the high latency went about two seconds, and we lost working at peak. My task was to bring it under ' +
        '500 milliseconds before the summer sale. I profiled the service and found that every request made for the calls ' +
        'to the pricing service. I added a match and point with the pricing team, and we cached the results for 30 seconds. ' +
        'We handled the rollout over two weeks. After the change, the latency dropped from two seconds to 300 milliseconds.',
    });
    const fix = summary.fixes.find((f) => f.gap === 'we-ownership');
    expect(flags.filter((f) => f.kind === 'we-ownership')).toEqual([]);
    expect(fix?.detail).toMatch(/^\d+ actions said with "we" against \d+ with "I"\. Interviewers/);
    expect(fix?.detail).not.toMatch(/^0 /);
  });
});
