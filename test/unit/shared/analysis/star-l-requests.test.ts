import { describe, expect, it } from 'vitest';
import { partAt } from './helpers';

describe('STAR-L: a task handed over by another party, a duty, a result told by its moment', () => {
  it('reads a request that names the speaker past a longer object as the task', () => {
    const text = [
      'In my second month we had a payroll export that kept timing out for big customers.',
      'Support was filing tickets about it every week.',
      'My manager asked me and Priya, the other new hire, to find out why and stop it for good.',
      'I traced the export and saw it loaded every payslip into memory.',
      'I rewrote it to stream rows in pages of a thousand.',
      'The timeouts stopped and tickets went from about ten a week to zero.',
      'I learned to profile before guessing.',
    ].join(' ');
    expect(partAt(text, 'My manager asked me and Priya')).toBe('task');
    expect(partAt(text, 'I rewrote it')).toBe('action');
  });

  it('reads a demand made of everyone as the task, but not a request the speaker makes', () => {
    const text = [
      'I was on the data team at a grocery delivery company.',
      'Our VP wanted everybody to move their dashboards to a new BI tool within a month.',
      'I set up a sandbox and migrated the three busiest dashboards first.',
      'I asked the analysts to try them for a week and send me what broke.',
      'All forty dashboards moved over in five weeks.',
      'Next time I would agree the deadline with the people doing the work.',
    ].join(' ');
    expect(partAt(text, 'Our VP wanted everybody')).toBe('task');
    expect(partAt(text, 'I asked the analysts')).toBe('action');
  });

  it('reads a duty said with "meant to" or "expected to" as the task', () => {
    const text = [
      'We ran the booking site for a chain of climbing gyms.',
      'I was meant to get the new pass checkout live before the winter season.',
      'I split the payment step out and added idempotency keys to every charge.',
      'The checkout went live two weeks early and double charges went to zero.',
      'I learned to ship the risky step first.',
    ].join(' ');
    expect(partAt(text, 'I was meant to')).toBe('task');
  });

  it('starts the result at a moment after the work ("at launch")', () => {
    const text = [
      'Our quiz app expected a big spike from a TV advert.',
      'My job was to keep the answer endpoint under a second.',
      'I moved the scoring into Redis and put the leaderboard behind a cache.',
      'I load tested it with the marketing team watching.',
      'At launch the endpoint served nine thousand answers a second with p99 at 300 ms.',
      'What I took from it is to test with the real traffic shape.',
    ].join(' ');
    expect(partAt(text, 'At launch the endpoint')).toBe('result');
  });

  it('reads a closing piece of advice as the lesson, however the tagger reads its verb', () => {
    const text = [
      'Our nightly invoice job kept failing on the first of the month.',
      'I owned the job that quarter.',
      'I split it per customer and added a retry for each batch.',
      'It has run clean every night since March.',
      'Get the retry policy agreed with finance before you write any code.',
    ].join(' ');
    expect(partAt(text, 'Get the retry policy')).toBe('learning');
    const fronted = [
      'Our partner API had no customers when we started it.',
      'My job was to ship the first version for a trade show.',
      'I built only the read endpoints and a sandbox key flow.',
      'Two partners went live in the first month.',
      'With no partner in hand yet, build the smallest thing one partner would really use.',
    ].join(' ');
    expect(partAt(fronted, 'build the smallest thing')).toBe('learning');
    const nounRead = [
      'Our search index fell behind every Monday.',
      'I was asked to find out why.',
      'I graphed the queue and found one tenant reindexing everything.',
      'We throttled that tenant and the lag went from hours to two minutes.',
      'Ask support for ticket numbers, not a summary.',
    ].join(' ');
    expect(partAt(nounRead, 'Ask support')).toBe('learning');
  });
});
