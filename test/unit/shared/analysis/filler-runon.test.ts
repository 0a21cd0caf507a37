import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('filler in run-on and casual speech', () => {
  it('hears "like" as a pause after a word that joins clauses, with no comma written', () => {
    for (const text of [
      'the deploy finished and like nobody checked the dashboards until monday',
      'we had this sprint where like every ticket was marked urgent',
      'i opened the runbook and like restarted the consumers one by one',
      'it happened on a holiday because like the cron still ran in utc',
    ])
      expect(flagged(text, 'filler'), text).toEqual(['like']);
  });

  it('hears "like" before an approximation or a sweeping amount', () => {
    for (const text of [
      'the importer fell over like twice a night',
      'the replicas were stale for like hours before anyone looked',
      'the vendor wanted us to move the billing service, like all of it, in a month',
      'it was an old cobol batch, like seriously old',
      'we were running this like homegrown scheduler nobody understood',
    ])
      expect(flagged(text, 'filler'), text).toEqual(['like']);
  });

  it('leaves "like" as a verb at the end of a sentence, and comparisons after a joiner', () => {
    expect(flagged('They offered a discount the CFO did not like.', 'filler')).toEqual([]);
    expect(flagged('It was a plan nobody would like. We changed it.', 'filler')).toEqual([]);
    expect(flagged('We added a queue and like Kafka, it kept the order.', 'filler')).toEqual([]);
  });

  it('hears "I mean" as a restart even without commas, but not in a definition or a purpose', () => {
    expect(
      flagged(
        'the latency looked fine in the end i mean the real lesson was to load test',
        'filler',
      ),
    ).toEqual(['i mean']);
    expect(flagged('they picked a new queue which i mean nobody had asked for', 'filler')).toEqual([
      'i mean',
    ]);
    expect(flagged('By done I mean merged, deployed and monitored.', 'filler')).toEqual([]);
    expect(flagged('I mean to write that runbook this quarter.', 'filler')).toEqual([]);
  });

  it('leaves "honestly" that qualifies what the speaker told someone', () => {
    expect(
      flagged('I told my director, Amara, honestly that the date was not realistic.', 'filler'),
    ).toEqual([]);
    expect(flagged('Honestly, the scheduler was the whole problem.', 'filler')).toEqual([
      'Honestly',
    ]);
  });
});
