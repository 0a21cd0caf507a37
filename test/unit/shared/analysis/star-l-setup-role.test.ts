import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { partAt } from './helpers';

describe('STAR-L: the standing role in the opening sentence is the setting', () => {
  it('reads "I was in charge of X, and then X broke" as Situation when a task follows', () => {
    const text = [
      'At a logistics startup I was in charge of the label printing service, and one Monday it began timing out for every warehouse.',
      'My goal was to get labels printing again before the afternoon trucks left.',
      'I split the print batches into pages and added a size cap on new jobs.',
      'Labels were printing again within forty minutes, and no truck left late.',
      'Next time I would put a limit on job size from day one.',
    ].join(' ');
    expect(partAt(text, 'I was in charge of')).toBe('situation');
    expect(partAt(text, 'one Monday it began')).toBe('situation');
    expect(partAt(text, 'My goal was')).toBe('task');
    expect(partAt(text, 'I split the print')).toBe('action');
  });

  it('reads "I ran X" as the setting when the opening sentence goes on to the trouble', () => {
    const text = [
      'So at my previous company I ran the on-call rotation for the data team, and last winter our nightly exports kept failing.',
      'I had to get them reliable before the audit.',
      'I added a schema check before each export and a retry with backoff.',
      'Failures went from three a week to none.',
      'I learned to check the inputs before blaming the job.',
    ].join(' ');
    expect(partAt(text, 'I ran the on-call')).toBe('situation');
    expect(partAt(text, 'I had to get them')).toBe('task');
    expect(partAt(text, 'I added a schema')).toBe('action');
  });

  it('reads "I was the <role> for X, and X broke" as the setting, but a role named after the trouble as the task', () => {
    const opening = [
      'Two winters ago I was the primary on-call engineer for our pricing service, and one evening its error rate climbed to twelve percent.',
      'I needed to stop the errors before the morning sale.',
      'I rolled back the config push and added a canary stage for config changes.',
      'Errors were back under a tenth of a percent within twenty minutes.',
      'I learned to treat config like code.',
    ].join(' ');
    expect(partAt(opening, 'I was the primary on-call')).toBe('situation');
    expect(partAt(opening, 'I needed to stop')).toBe('task');
    const afterTrouble = [
      'so the pricing service started failing one evening and i was the incident commander that night so i opened a bridge and split the work.',
      'i rolled back the config push and errors dropped to almost nothing within twenty minutes.',
    ].join(' ');
    expect(partAt(afterTrouble, 'i was the incident commander')).toBe('task');
  });

  it('keeps "I owned the migration" as the Task when it is the assignment, later in the answer', () => {
    const text = [
      'Our billing database was nearly out of disk, and the vendor was ending support for that version in June.',
      'My manager picked me for it, and I owned the migration from then on.',
      'I copied a snapshot to the new cluster and replayed a week of writes against it.',
      'Then I switched reads over one service at a time.',
      'We finished two weeks early with no downtime.',
      'I learned to rehearse the cutover on real traffic.',
    ].join(' ');
    expect(partAt(text, 'I owned the migration')).toBe('task');
    expect(partAt(text, 'I copied a snapshot')).toBe('action');
  });

  it('keeps an opening "I owned X" as the Task when it is all the setup there is', () => {
    const text = [
      'I owned the move of our search cluster to a managed service.',
      'I wrote a runbook and tested the restore on a copy of the data.',
      'I moved the indexes over one at a time during quiet hours.',
      'The bill went down by a third.',
      'I learned to test the restore before anything else.',
    ].join(' ');
    expect(partAt(text, 'I owned the move')).toBe('task');
    expect(partAt(text, 'I wrote a runbook')).toBe('action');
  });
});

describe('STAR-L: the first step after the task starts the Action', () => {
  it('starts the Action at a step a finding goes on from, past a complaint about others', () => {
    const text = [
      'At a logistics startup our label printing service began timing out for every warehouse one Monday.',
      'My goal was to get labels printing again before the afternoon trucks left.',
      'Frankly, the vendor had ignored our support emails for weeks.',
      'Typical vendor.',
      'I read the spooler output and spotted that every job was stuck behind one giant batch.',
      'I might have bought a second printer server, but that meant a week of waiting, so I split the batch into pages instead.',
      'Labels were printing again within forty minutes, and no truck left late.',
      'Next time I would put a limit on job size from day one.',
    ].join(' ');
    expect(partAt(text, 'My goal was')).toBe('task');
    expect(partAt(text, 'I read the spooler')).toBe('action');
    expect(partAt(text, 'so I split the batch')).toBe('action');
    expect(partAt(text, 'Labels were printing again')).toBe('result');
  });

  it('keeps a Task of several sentences in the Task until the first step', () => {
    const text = [
      'At a travel site our fares cache kept serving stale prices to customers.',
      'My job was to make prices fresh within a minute of a change.',
      'It also had to cost no more than the current setup, and the airline partners could not change their feeds.',
      'I measured how often fares actually changed per route.',
      'I moved the busiest routes to a change feed and kept a long cache for the rest.',
      'Stale price complaints dropped from about forty a week to two.',
      'I learned to measure the churn before picking a cache strategy.',
    ].join(' ');
    expect(partAt(text, 'It also had to cost')).toBe('task');
    expect(partAt(text, 'the airline partners could not')).toBe('task');
    expect(partAt(text, 'I measured how often')).toBe('action');
  });

  it('does not make a step of a finding by someone else in the setup', () => {
    const text = [
      'At a bank the night operator read the job log and found the statement export was waiting on a lock.',
      'My task was to get statements out by six every morning.',
      'I moved the export to a read replica and added an alert on lock waits.',
      'Statements have gone out on time every day since.',
    ].join(' ');
    expect(partAt(text, 'the night operator read')).toBe('situation');
    expect(partAt(text, 'My task was')).toBe('task');
    expect(partAt(text, 'I moved the export')).toBe('action');
  });

  it('does not let a complaint about others between the task and the first step extend the Task', () => {
    const text = [
      'Our mobile release pipeline took three hours and failed about one build in five.',
      'My job was to get release builds under forty minutes before the holiday freeze.',
      'The build infra folks had promised faster runners since spring.',
      'Never happened.',
      'I timed every stage of the pipeline and saw that the signing step re-downloaded the whole toolchain.',
      'I cached the toolchain in the runner image and split the tests across four shards.',
      'Release builds now take thirty-five minutes and fail about one in fifty.',
      'I learned to time the stages before asking for more hardware.',
    ].join(' ');
    const star = analyzeAnswer({ text }).star;
    expect(partAt(text, 'My job was')).toBe('task');
    expect(partAt(text, 'The build infra folks')).not.toBe('task');
    expect(partAt(text, 'I timed every stage')).toBe('action');
    expect(star.longSetup).toBe(false);
  });

  it('reads "I was one of the N <group>" as a role held in the setting, before the stated task', () => {
    const text = [
      'Two years ago I was one of the four backend developers at a ticketing startup.',
      'Our seat map endpoint got slow every time a big concert went on sale, and fans were giving up.',
      'My job was to keep it under a second during the next big on-sale.',
      'I moved the seat map into Redis and pushed changes to clients instead of having them poll.',
      'At the next on-sale it answered in 180 milliseconds at the peak.',
    ].join(' ');
    expect(partAt(text, 'I was one of the four')).toBe('situation');
    expect(partAt(text, 'Our seat map endpoint')).toBe('situation');
    expect(partAt(text, 'My job was to keep')).toBe('task');
    expect(partAt(text, 'I moved the seat map')).toBe('action');
  });
});
