import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';

/** The STAR-L part the engine gives the words at `phrase`. */
function partAt(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const seg = analyzeAnswer({ text }).star.segments.find((s) => s.start <= at && at < s.end);
  return seg?.part;
}

describe('STAR-L: a lesson inside a run-on', () => {
  it('starts the lesson at a "what I learned" cleft in the middle of an unpunctuated sentence', () => {
    const text = [
      'so we ran the billing sync on one cron box and it kept missing invoices and my lead asked me',
      'to make it reliable so i moved the job onto a queue with retries and i added a dead letter',
      'topic and missed invoices went from about forty a week to zero what i learned is whenever',
      'i own a batch job i ask how it fails before i ask how fast it runs',
    ].join(' ');
    expect(partAt(text, 'missed invoices went')).toBe('result');
    expect(partAt(text, 'i ask how it fails')).toBe('learning');
  });

  it('reads "what I took away / what worked was" clefts as the lesson wherever they sit', () => {
    const text = [
      'Our mobile team shipped a release that broke the search filters for older clients.',
      'I was asked to fix the contract between us.',
      'I added consumer tests to our pipeline and walked their lead through them.',
      'The filters never broke again over the next two quarters.',
      'What worked was showing them the failing test instead of filing a ticket.',
    ].join(' ');
    expect(partAt(text, 'What worked was')).toBe('learning');
    expect(partAt(text, 'The filters never broke')).toBe('result');
  });

  it('keeps the outcome words of a lesson, and the clause that goes on with it, in the lesson', () => {
    const text = [
      'At a payments startup our platform lead wanted to move every service to gRPC in one quarter.',
      'I owned the payouts service, which partners call over REST.',
      'I benchmarked both protocols on the internal path and wrote up the numbers.',
      'We kept REST at the edge and the internal migration finished on time.',
      'My main takeaway is that an argument goes better with a benchmark than with opinions,',
      'and that his pushback made the plan stronger.',
    ].join(' ');
    expect(partAt(text, 'My main takeaway')).toBe('learning');
    expect(partAt(text, 'his pushback made')).toBe('learning');
  });

  it("does not read what the team learned, beside an outcome, as the speaker's lesson", () => {
    const text = [
      'We had a monolith that took an hour to deploy.',
      'I split the checkout code into its own service and set up its own pipeline.',
      'The team learned a lot and deploys got much easier.',
      'So it was a big success.',
    ].join(' ');
    expect(analyzeAnswer({ text }).star.present).toContain('result');
  });
});
