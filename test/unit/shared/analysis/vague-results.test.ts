import { describe, expect, it } from 'vitest';
import { flagsPhrase } from './helpers';

const SETUP =
  'The billing sync kept failing every night. My job was to make it reliable. I moved it onto ' +
  'a queue with retries and an idempotency key per invoice.';

/** Results told as a state, a degree or an idiom, with no measure: what a fresh user says. */
describe('vague: results with no measure, by structure', () => {
  it('flags a state told as an idiom', () => {
    const cases: [string, string][] = [
      [`${SETUP} After that the job was rock solid.`, 'rock solid'],
      [`${SETUP} The finance folks were over the moon.`, 'over the moon'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
  });

  it('flags a comparison with the past by degree only, even strung onto another state', () => {
    const text = `${SETUP} then the sync was rock solid way more dependable than before and we moved on`;
    expect(flagsPhrase(text, 'vague', 'way more dependable')).toBe(true);
    expect(
      flagsPhrase(`${SETUP} Month end ran a lot smoother than usual.`, 'vague', 'smoother'),
    ).toBe(true);
  });

  it('does not flag a degree comparison with a figure or a ranking', () => {
    expect(
      flagsPhrase(
        `${SETUP} It ran way faster than before, from 40 minutes to 6.`,
        'vague',
        'way faster',
      ),
    ).toBe(false);
    expect(
      flagsPhrase(
        `${SETUP} Reconciliation became way more important than before for the auditors.`,
        'vague',
        'more important',
      ),
    ).toBe(false);
  });

  it('flags a change made to a longer object by degree only', () => {
    const text = `${SETUP} It made the whole nightly pipeline a lot more reliable.`;
    expect(flagsPhrase(text, 'vague', 'a lot more reliable')).toBe(true);
  });

  it('does not join two clauses into one change', () => {
    const text = `${SETUP} Then the vendor made a patch and the sync got better.`;
    expect(flagsPhrase(text, 'vague', 'made a patch')).toBe(false);
  });

  it('flags morale or trust taking a hit, and a generic recovery', () => {
    expect(flagsPhrase(`${SETUP} Trust in the reports took a hit.`, 'vague', 'took a hit')).toBe(
      true,
    );
    expect(
      flagsPhrase(`${SETUP} Everything recovered fairly fast after that.`, 'vague', 'recovered'),
    ).toBe(true);
    expect(
      flagsPhrase(`${SETUP} The invoice totals were correct again.`, 'vague', 'correct again'),
    ).toBe(true);
  });

  it('flags hiccups and a trailing "that sort of thing" as stand-ins', () => {
    expect(
      flagsPhrase(`${SETUP} A few glitches with the PDF export that week.`, 'vague', 'glitches'),
    ).toBe(true);
    expect(
      flagsPhrase(
        `${SETUP} I ran the standups, kept the vendor in the loop, that kind of thing.`,
        'vague',
        'that kind of thing',
      ),
    ).toBe(true);
  });

  it('reads a party state closed by a time clause or a period tail', () => {
    expect(
      flagsPhrase(
        `${SETUP} The accountants were a lot less anxious once the backlog cleared.`,
        'vague',
        'less anxious',
      ),
    ).toBe(true);
    expect(
      flagsPhrase(
        `${SETUP} The churn figures looked a lot healthier month over month, and we kept it.`,
        'vague',
        'healthier',
      ),
    ).toBe(true);
  });

  it('closes a state where the lesson starts in a run-on with no stops', () => {
    const text =
      'so the billing sync kept failing and i moved it onto a queue with retries and the ' +
      'accountants were a lot less anxious next time i would add the queue from day one';
    expect(flagsPhrase(text, 'vague', 'less anxious')).toBe(true);
  });

  it('flags a duration compared with what was expected', () => {
    const text = `${SETUP} There were surprises in the ledger and it took way longer than we had planned.`;
    expect(flagsPhrase(text, 'vague', 'way longer')).toBe(true);
  });

  it('reads a party after "with" as who was dealt with, not how', () => {
    const text = `${SETUP} Afterwards we handled it with their lead.`;
    expect(flagsPhrase(text, 'vague', 'handled it')).toBe(true);
    expect(flagsPhrase(`${SETUP} We fixed it with a row lock.`, 'vague', 'fixed it')).toBe(false);
  });

  it('reads "a lot" after a liked object as a degree', () => {
    const text = `${SETUP} The finance team liked it a lot.`;
    expect(flagsPhrase(text, 'vague', 'liked it a lot')).toBe(true);
  });

  it('flags a party that barely noticed, but not a problem nobody noticed', () => {
    expect(
      flagsPhrase(`${SETUP} The merchants did not even notice.`, 'vague', 'did not even notice'),
    ).toBe(true);
    const problem =
      'Sends got slower for weeks as the list grew and nobody noticed. I owned the mailer, so ' +
      'I profiled the batch job and replaced the row lock with a queue.';
    expect(flagsPhrase(problem, 'vague', 'nobody noticed')).toBe(false);
  });

  it('flags a party loving the result in the present', () => {
    expect(flagsPhrase(`${SETUP} The accountants love it.`, 'vague', 'love it')).toBe(true);
  });
});
