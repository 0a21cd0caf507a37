import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { partAt } from './helpers';

const FULL = [
  'At my last company I worked on the search team, and our indexer was falling behind every night.',
  'My job was to get the nightly index under one hour.',
  'I profiled the indexer and found it did one request per document, so I batched the writes into bulk requests of 500 documents.',
  'I also added a checkpoint so a crash would resume instead of restarting, and I rolled it out behind a flag.',
  'Before the rollout I ran both indexers side by side for a week and compared the document counts every morning.',
  'The nightly run dropped from four hours to 35 minutes.',
  'What I learned is to measure before I optimise.',
].join(' ');

describe('STAR-L structure', () => {
  it('finds every part, in order, with word and time shares', () => {
    const star = analyzeAnswer({ text: FULL }).star;
    expect(star.present).toEqual(['situation', 'task', 'action', 'result', 'learning']);
    const starts = star.parts.map((p) => p.start!);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(star.parts.reduce((n, p) => n + p.wordShare, 0)).toBeCloseTo(1, 1);
    expect(star.actionIsLargest).toBe(true);
    expect(star.longSetup).toBe(false);
    expect(star.noLearning).toBe(false);
    expect(FULL.slice(star.parts[3].start!, star.parts[3].end!)).toContain(
      'dropped from four hours',
    );
    expect(star.parts.every((p) => p.timeShare === null)).toBe(true);
  });

  it('flags a long setup and a missing lesson', () => {
    const text = [
      'So at my previous company we had a big monolith written in Rails, and there were about forty engineers working in it.',
      'There was a lot of history in that codebase and the deploys used to take an hour.',
      'Our team owned the checkout part and the business was growing really fast at the time.',
      'I split the checkout code into its own service and moved the deploy to a separate pipeline.',
      'Deploys went from an hour to ten minutes.',
    ].join(' ');
    const a = analyzeAnswer({ text });
    expect(a.star.longSetup).toBe(true);
    expect(a.star.noLearning).toBe(true);
    expect(a.answerFlags.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['long-setup', 'no-learning']),
    );
  });
});

/** The part the engine gives the sentence that contains `phrase`. */

describe('STAR-L evidence by structure', () => {
  it('reads a terse answer with the subject left out: past verbs are the steps', () => {
    const text = [
      'Search API at a travel site, tenant pages timing out at peak.',
      'Owned the search service.',
      'Traced the slow calls with the profiler first.',
      'Found a sequential scan on the bookings table.',
      'Added a partial index concurrently and shipped it behind a flag.',
      'Timeouts went from about forty a day to none.',
      'Should have looked at the query plans on day one.',
    ].join(' ');
    expect(partAt(text, 'Owned the search service')).toBe('task');
    expect(partAt(text, 'Traced the slow calls')).toBe('action');
    expect(partAt(text, 'Timeouts went from')).toBe('result');
    expect(partAt(text, 'Should have looked')).toBe('learning');
  });

  it('does not start the result at a change inside a time or condition clause of the task', () => {
    // The walk-through's strong answer: "... find the root cause before the evening traffic doubled."
    const text = [
      'In March our ledger export started failing for the largest merchants.',
      'I was on call, and I had to get exports running again before the order volume tripled at quarter end.',
      'I pulled the failing job logs and found a memory limit on the export worker.',
      'I split the export into pages of ten thousand rows and raised the worker limit.',
      'Failed exports went from about thirty a day to zero.',
      'I learned to load test the export with the biggest merchant first.',
    ].join(' ');
    expect(partAt(text, 'before the order volume tripled')).toBe('task');
    expect(partAt(text, 'Failed exports went from')).toBe('result');
  });

  it('takes a role or an assignment as the task however it is worded', () => {
    const text = [
      'Last winter our payment retries were double charging a handful of customers every week.',
      'I was the release captain that sprint, and my main job was to stop the double charges before the holidays.',
      'I added an idempotency key to every retry and I backfilled keys for the pending ones.',
      'Double charges dropped from about twelve a week to zero.',
      'I learned to make retries safe before making them fast.',
    ].join(' ');
    expect(partAt(text, 'I was the release captain')).toBe('task');
    expect(partAt(text, 'I added an idempotency key')).toBe('action');
    const pickedUp = [
      'Our mobile login kept timing out for users on slow networks, and the ticket sat in the backlog for a month.',
      'I picked it up because I had written the token refresh, and my goal that sprint was to get timeouts under one percent.',
      'I traced the calls and found the refresh ran twice on every cold start, so I made it run once and cached the token.',
      'Login timeouts dropped from 6% to 0.4% of attempts.',
      'I learned to look at cold starts first.',
    ].join(' ');
    expect(partAt(pickedUp, 'I picked it up')).toBe('task');
  });

  it('opens the action of a disagreement on the speaker taking a position', () => {
    const text = [
      'Our architect wanted every team to move to a service mesh within the quarter.',
      'I was the lead for the billing services, so most of that work would have been ours.',
      'I felt the mesh was the wrong fix for our timeouts.',
      'I pulled a month of traces and showed that nine in ten slow calls were one chatty endpoint.',
      'I proposed batching that endpoint first, and he agreed to wait on the mesh.',
      'The timeouts went from 3% of calls to 0.2% in two weeks.',
      'I learned to bring traces to an architecture argument.',
    ].join(' ');
    expect(partAt(text, 'I felt the mesh')).toBe('action');
  });

  it('reports a number in a past clause about the system or the customers as the result', () => {
    const text = [
      'At a parcel company the label printer service crashed during the Monday rush.',
      'I was on call and had to get labels printing again.',
      'I rolled back the morning deploy, then I replayed the failed print jobs from the queue.',
      'I also pinned the font library that had changed.',
      'About 2,300 labels printed late, all of them within the hour.',
      'Now I pin every native dependency in that service.',
    ].join(' ');
    expect(partAt(text, 'About 2,300 labels printed late')).toBe('result');
    // The same kind of clause at the opening describes the problem.
    expect(partAt(text, 'label printer service crashed')).toBe('situation');
  });

  it('hears reflection in a shift out of the narrative past, not in the steps', () => {
    const text = [
      'Our nightly export to the data warehouse kept missing rows after a schema change.',
      'I was asked to find where the rows went.',
      'I diffed one night of source rows against the warehouse and found that nulls were dropped by the loader.',
      'I changed the loader to keep nulls and I reran the last two weeks.',
      'The missing rows went from about 4% to none.',
      'Diffing the output before reading the code is what found it.',
      'Check the data first, then the code.',
    ].join(' ');
    expect(partAt(text, 'I changed the loader')).toBe('action');
    expect(partAt(text, 'Diffing the output')).toBe('learning');
  });

  it('does not take a present-tense description of the system at the start as a lesson', () => {
    const text = [
      'Our gateway routes every partner call through one shared connection pool.',
      'It needs to stay under 200 ms at p99 for the partners.',
      'I split the pool per partner and added a timeout per route.',
      'p99 went from 900 ms to 180 ms.',
    ].join(' ');
    expect(partAt(text, 'Our gateway routes')).toBe('situation');
    expect(analyzeAnswer({ text }).star.noLearning).toBe(true);
  });

  it('gives the setup verdict from the shares it shows', () => {
    for (const text of [FULL, ANSWER_LONG_SETUP]) {
      const star = analyzeAnswer({ text }).star;
      const shown = (p: string) => star.parts.find((x) => x.part === p)!.wordShare;
      expect(star.setupShare).toBeCloseTo(shown('situation') + shown('task'), 5);
      expect(star.longSetup).toBe(shown('situation') + shown('task') > 0.3);
    }
  });
});

const ANSWER_LONG_SETUP = [
  'So this was at a logistics startup, we had a dispatch system written years earlier by a contractor.',
  'There were three teams touching it and nobody really owned the database.',
  'The on-call rotation was painful and deploys happened once a month at the time.',
  'I wanted to get our deploys down to once a day.',
  'I wrote a pipeline with a canary stage.',
  'Deploys went to daily within a month.',
].join(' ');
