import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts (taxonomy: "What counts as an impact quantity"). */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

/** A short answer whose last sentence is the result. */
const story = (result: string) =>
  'Our clinic app sent appointment reminders from a cron job. I owned the reminder service and ' +
  `rewrote the scheduler myself. We shipped it in April. ${result}`;

describe('impact: the ends of a change and the things counted', () => {
  it('reads "X versus Y" as two ends of one before/after', () => {
    expect(
      impact(story('Finding a lost reminder took forty minutes versus about three minutes now.')),
    ).toEqual(['forty minutes', 'three minutes']);
    expect(impact(story('Builds ran 12 vs 4 minutes after the change.'))).toEqual([
      '12',
      '4 minutes',
    ]);
  });

  it('takes "none", and "one" past an approximator, as the far end of a change', () => {
    expect(impact(story('Missed reminders went from roughly thirty a week to none.')).at(-1)).toBe(
      'none',
    );
    expect(impact(story('Support calls went from about fifteen a day to one.')).at(-1)).toBe('one');
    // No change: "none" and "one" are pronouns.
    expect(impact(story('None of the nurses complained and one of them thanked me.'))).toEqual([]);
  });

  it('counts a ratio and its far end, the ratio noun being what was counted, not a knob', () => {
    expect(
      impact(story('Failed sends went from one in fifty batches to zero over the next quarter.')),
    ).toEqual(['one in fifty batches', 'zero']);
    // A knob raised is still a setting.
    expect(impact(story('I raised the batches from 10 to 30 batches.'))).toEqual([]);
  });

  it('reads a count with a participle before its noun ("two expiring certificates")', () => {
    expect(impact(story('Since then the check has caught three failing migrations.'))).toEqual([
      'three failing migrations',
    ]);
    // Found by a person, or in the speaker's own code while building: a finding.
    expect(
      impact(story('Dana from QA went through it with me, and she caught two unwritten rules.')),
    ).toEqual([]);
    expect(
      impact('We ran both paths side by side, which caught two mapping bugs in my consumer.'),
    ).toEqual([]);
  });

  it('reads a cost added to a named metric as a measure, not a knob', () => {
    expect(
      impact(
        story(
          'The cost is that each send now waits on a lock, which added about 40 ms to the batch time.',
        ),
      ),
    ).toEqual(['40 ms']);
  });

  it('counts whom a harm reached and things a mechanism recovered', () => {
    expect(
      impact('The bug sent about 9,000 duplicate texts to 2,500 patients before I caught it.'),
    ).toEqual(['9,000 duplicate texts', '2,500 patients']);
    expect(
      impact(story('The retries recovered about 300 reminders a day that used to be dropped.')),
    ).toEqual(['300 reminders a day']);
  });

  it('does not carry a goal across "and" + a new adverbial in a run-on', () => {
    expect(
      impact(
        story(
          'i did not want it in the request path and in the first week 2,400 patients used the new link',
        ),
      ),
    ).toEqual(['2,400 patients']);
    expect(impact('The goal was to keep p95 under 300 ms and in line with the old one.')).toEqual(
      [],
    );
  });

  it('does not count a plan sized by the speaker', () => {
    expect(
      impact('I estimated each piece with the team, and the total came to about nine weeks.'),
    ).toEqual([]);
    expect(
      impact('So I costed the second cluster, roughly four thousand dollars a month.'),
    ).toEqual([]);
    // A sum saved after the change is a result.
    expect(impact(story('It now saves about four thousand dollars a month.'))).toEqual([
      'four thousand dollars',
    ]);
  });

  it('reads adoption past a leading adverbial of time, not adoption given as a reason', () => {
    expect(
      impact(story('By the end of it all, in the first week 2,100 patients confirmed by text.')),
    ).toEqual(['2,100 patients']);
    expect(
      impact('I dropped the SMS fallback from the plan because only nine clinics used it.'),
    ).toEqual([]);
  });

  it('does not count a share that opens a finding after "and about"', () => {
    expect(
      impact('I read every ticket from March and about a third were duplicates of one bug.'),
    ).toEqual([]);
  });

  it('counts a share that failed, what went through, and who went live', () => {
    expect(
      impact('Our SMS gateway sent reminders and about 1.5 percent of them never arrived.'),
    ).toEqual(['1.5 percent']);
    expect(impact(story('Forty-two stuck claims went through that night.'))).toEqual([
      'Forty-two stuck claims',
    ]);
    expect(impact(story('Six clinics were live on it within a month.'))).toEqual(['Six clinics']);
    // A span of time the things went through is not what was processed.
    expect(
      impact(story('The twelve clinics went through the winter without a missed slot.')),
    ).toEqual([]);
  });

  it('gives a second amount of the same kind joined by "and" the first one\'s role', () => {
    expect(
      impact(
        story('The sync now finishes in 12 minutes on a weekday and about 20 minutes on Mondays.'),
      ),
    ).toEqual(['12 minutes', '20 minutes']);
    // Bare numbers have no unit to share: "those two" names things already counted.
    expect(
      impact(
        story('Failed sends went from 40 a month to 2, and those two were from one old phone.'),
      ),
    ).toEqual(['40 a month', '2']);
  });

  it('reads a metric named at the head of its subject and read by a copula, among the steps too', () => {
    const text = [
      'Our login service started rejecting people on a Monday morning.',
      'I was on call, so I opened the incident and pulled up the dashboards.',
      'The error rate on the token endpoint was around 40%.',
      'I rolled back the morning deploy.',
    ].join(' ');
    expect(impact(text)).toEqual(['40%']);
  });
});
