import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('blame told through tone', () => {
  it('flags a criticism softened by praise or a blessing first', () => {
    const cases: [string, string][] = [
      ['Our DBA, no offence to him, reviews migrations about once a quarter.', 'once a quarter'],
      ['Our tech lead, bless her, approves every pull request without opening it.', 'approves'],
      [
        'The contractors were nice folks, but they shipped the importer without a single test.',
        'shipped the importer',
      ],
      [
        'Really smart people, but the handover doc was two lines long and never mentioned the cron.',
        'handover doc',
      ],
      [
        'The old owners meant well, but they hard coded every tenant into the config.',
        'hard coded',
      ],
      [
        'Our architect, and I say that with love, draws boxes and never writes code.',
        'draws boxes',
      ],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('does not flag praise on its own or praise before the speaker takes over', () => {
    for (const text of [
      'I had a great team, but we had no budget for a second region.',
      'Priya, a brilliant engineer, rewrote the consumer in a week.',
      'The SRE folks were great people and they helped me set up the dashboards.',
      'They were lovely people, but I still had to explain why the date moved.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags sarcasm about what another party did', () => {
    const cases: [string, string][] = [
      [
        'The identity team rotated the signing keys on a Friday night, love that for us.',
        'rotated the signing keys',
      ],
      [
        'and then a third priority change in a month thanks management so I rebased again',
        'thanks',
      ],
      [
        'Procurement took the renewal to the last day, what could possibly go wrong.',
        'Procurement',
      ],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('does not flag thanks or a light remark about the speaker', () => {
    for (const text of [
      'Thanks to the SRE team we had the dashboards within a day.',
      'I had never written Go before, so that was a steep week.',
      'I thanked the support lead for the logs she pulled.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags rhetorical questions about a party’s reasoning or duty', () => {
    const cases: [string, string][] = [
      [
        'They deleted the staging bucket by hand, and honestly, what did they expect the nightly job to do?',
        'what did they expect',
      ],
      ['Who else would own the certificate if not the platform team?', 'if not the platform team'],
      ['Whose responsibility was the alert routing, if not theirs?', 'if not theirs'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('does not flag a real question or one the speaker asks of themselves', () => {
    for (const text of [
      'What did the customers actually need from the export?',
      'So what did I think was going on? I assumed it was the cache.',
      'I asked the vendor what they thought was causing the timeouts.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });
});
