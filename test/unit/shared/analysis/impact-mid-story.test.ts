import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';
import { impactParts } from '../../../../shared/analysis/impact';
import type { StarPart } from '../../../../shared/analysis/types';

/** The impact quantities' texts (taxonomy: "What counts as an impact quantity"). */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

const parts = (s: string): StarPart[] =>
  s
    .split('')
    .map(
      (c) =>
        ({ S: 'situation', T: 'task', A: 'action', R: 'result', L: 'learning' })[c] as StarPart,
    );

describe('a result read before the steps resume is the middle of the work', () => {
  it('reads an early result stretch followed by more steps as steps', () => {
    expect(impactParts(parts('STARAARL'))).toEqual(parts('STAAAARL'));
    expect(impactParts(parts('SARARARL'))).toEqual(parts('SAAAAARL'));
  });

  it('keeps the last result, results after the last steps, and answers with no steps after', () => {
    expect(impactParts(parts('STARL'))).toEqual(parts('STARL'));
    expect(impactParts(parts('SRTARL'))).toEqual(parts('SRTARL'));
  });

  it('reads steps told after the last result, before the lesson, as the result going on', () => {
    expect(impactParts(parts('STARAL'))).toEqual(parts('STARRL'));
    expect(impactParts(parts('STARARAAL'))).toEqual(parts('STAAARRRL'));
    // No result at all: nothing to go on.
    expect(impactParts(parts('STAAL'))).toEqual(parts('STAAL'));
    expect(impactParts(parts('SRTARL'))).toEqual(parts('SRTARL'));
    expect(impactParts(parts('SR'))).toEqual(parts('SR'));
  });
});

describe('the thing a metric is counted per is no knob', () => {
  it('counts a metric per machine that moved', () => {
    expect(
      impact(
        'The image workers kept dying. I found the cache never evicted. I bounded it with an LRU. ' +
          'Heap per worker went from 6 gigabytes to 900 megabytes.',
      ),
    ).toEqual(['6 gigabytes', '900 megabytes']);
    expect(
      impact(
        'Our search bill was growing. I moved cold indexes to cheaper disks. ' +
          'The monthly cost per node dropped from 410 dollars to 150 dollars.',
      ),
    ).toEqual(['410 dollars', '150 dollars']);
  });

  it('still reads the machines themselves as a setting', () => {
    expect(
      impact(
        'The queue was backing up. I profiled the consumers. I raised the workers from 8 to 24, ' +
          'and the backlog was gone by noon.',
      ),
    ).toEqual([]);
  });
});

describe('a noun of lateness that moved is a metric, a date moved is not', () => {
  it('counts the delay as the subject of its change', () => {
    expect(
      impact(
        'Alerts reached the on-call phone late. I replaced the polling with a webhook. ' +
          'The lag went from twelve minutes to 4 seconds.',
      ),
    ).toEqual(['twelve minutes', '4 seconds']);
  });

  it('does not count a launch pushed back', () => {
    expect(
      impact(
        'Legal found a gap in the consent screen. I told the client, and we pushed the launch ' +
          'back by two weeks.',
      ),
    ).toEqual([]);
  });
});

describe('a percentile said in words names the metric', () => {
  it('does not read "p ninety nine" as a number', () => {
    expect(
      impact(
        'so the search page was slow and i added a cache in front of the facet query and p ninety ' +
          'nine dropped from two seconds to three hundred milliseconds',
      ),
    ).toEqual(['two seconds', 'three hundred milliseconds']);
  });
});

describe('how far into an event something happened is the story clock', () => {
  it('does not count "N minutes in" or "N weeks into"', () => {
    expect(
      impact(
        'The ticket sale opened at nine and the queue service fell over about six minutes in. ' +
          'I scaled it out and it held.',
      ),
    ).toEqual([]);
    expect(
      impact(
        'Three weeks into the rewrite, our staging data turned out stale. I rebuilt the snapshot job.',
      ),
    ).toEqual([]);
  });

  it('still counts a time that is measured, followed by a month', () => {
    expect(
      impact(
        'Builds were slow. I split the test suite across runners, and builds went from forty ' +
          'minutes to nine minutes in April.',
      ),
    ).toEqual(['forty minutes', 'nine minutes']);
  });
});

describe('the setup describing the system', () => {
  it('does not count a load or a size with no harm and no change later', () => {
    expect(
      impact(
        'Our image service handled about nine hundred uploads a minute. I was asked to cut its ' +
          'cost. I moved thumbnails to a queue, and the bill went down 30% the next month.',
      ),
    ).toEqual(['30%']);
  });

  it('counts it as the baseline when the same measure changes later', () => {
    expect(
      impact(
        'The ingest API peaked at 500 events a second. I was asked to make it scale. I batched ' +
          'the writes, and we went from 500 events a second to 6,000 events a second.',
      ),
    ).toEqual(['500 events a second', '500 events a second', '6,000 events a second']);
  });
});

describe('the whole set a result went through, and populations hit', () => {
  it('counts "all N things" done in the result', () => {
    expect(
      impact(
        'The nightly price import had been failing since Tuesday. I found the vendor had moved ' +
          'their endpoint and pointed the job at the new one. The next run finished cleanly and ' +
          'repriced all 8,200 listings.',
      ),
    ).toEqual(['8,200 listings']);
  });

  it('counts staff or visitors denied something, not the people of the story', () => {
    expect(
      impact(
        'The badge system went down on a Monday. I restarted the controller and fixed its ' +
          'certificate. About 1,200 employees could not get into the building that morning.',
      ),
    ).toEqual(['1,200 employees']);
    expect(
      impact(
        'The badge system went down on a Monday. I restarted the controller, and two engineers ' +
          'helped me fix its certificate.',
      ),
    ).toEqual([]);
  });
});

describe('spoken far ends of a change', () => {
  it('reads "one" that goes on as a number', () => {
    expect(
      impact(
        'The sync queue kept growing. I found a consumer stuck on one partition and restarted ' +
          'it. The backlog went from 80 thousand jobs to under one thousand.',
      ),
    ).toEqual(['80 thousand jobs', 'one thousand']);
    expect(
      impact(
        'Page loads were slow. I moved the fonts to our CDN. Load time fell from four seconds ' +
          'to about one and a half.',
      ),
    ).toEqual(['four seconds', 'one and a half']);
    expect(
      impact(
        'Hosting was expensive. I moved the archive to cold storage. The bill went from two ' +
          'point four million a year to one point one million.',
      ),
    ).toEqual(['two point four million a year', 'one point one million']);
  });

  it('does not read "the one" as a number', () => {
    expect(impact('The old dashboard was the one everybody used. I rebuilt it.')).toEqual([]);
  });
});

describe('a need said in a relative clause is no target', () => {
  it('counts the change of things that needed something', () => {
    expect(
      impact(
        'Support fixed stuck orders by hand. I added a retry with backoff. Orders that needed ' +
          'a manual fix went from about thirty a week to two a month.',
      ),
    ).toEqual(['thirty a week', 'two a month']);
  });

  it('still reads a goal the speaker needed as a target', () => {
    expect(
      impact(
        'Support fixed stuck orders by hand. We needed to get it under five a week. I added a ' +
          'retry with backoff.',
      ),
    ).toEqual([]);
  });
});

describe('shapes and settings that are no measure', () => {
  it('does not read a fraction opening a compound as a share', () => {
    expect(
      impact('Our checkout called a third-party tax service. I added a cache in front of it.'),
    ).toEqual([]);
    expect(
      impact('Refunds were slow. I batched them, and refund time dropped by a third.'),
    ).toEqual(['a third']);
  });

  it('does not count how far a stopped job had got', () => {
    expect(
      impact(
        'I was paged for the nightly export. It had stalled at 70 percent, so I looked at the ' +
          'worker logs and found a full disk.',
      ),
    ).toEqual([]);
  });

  it('does not count a requirement said with "must"', () => {
    expect(
      impact(
        'We ran the pricing API for the app, and every quote must come back in 200 ' +
          'milliseconds. I profiled the slow path and added a cache.',
      ),
    ).toEqual([]);
  });

  it('reads a cap the speaker set as a setting', () => {
    expect(
      impact(
        'The worker kept leaking memory. I replaced the map with a cache limited to 2,000 items ' +
          'and restarted it.',
      ),
    ).toEqual([]);
  });

  it('reads a threshold after "without a" as picking things out', () => {
    expect(
      impact(
        'The migrations used to lock the table. I rewrote the template to batch the updates. ' +
          'Since then every migration has run without a lock over two seconds.',
      ),
    ).toEqual([]);
  });
});

describe('a verb of multiplying that closes its clause in the result', () => {
  it('counts what its subject did', () => {
    expect(
      impact(
        'The report service kept running out of memory. I streamed the rows instead of loading ' +
          'them. Peak memory halved, and the crashes stopped.',
      ),
    ).toEqual(['halved']);
  });

  it('does not count resources doubled as a step', () => {
    expect(
      impact('The report service kept running out of memory. I doubled the memory on the pods.'),
    ).toEqual([]);
  });
});

describe('a reading the speaker saw while working is a finding of the steps', () => {
  const story = (step: string) =>
    'Checkout errors spiked every evening. My job was to find out why. ' +
    `${step} I moved the geocoding call off the request path. ` +
    'Checkout errors went from 4% to 0.1%.';

  it('does not count what the speaker saw or watched among the steps', () => {
    expect(
      impact(
        story(
          'I took a heap profile and saw the cache size creep from 200 megabytes to 3 gigabytes.',
        ),
      ),
    ).toEqual(['4%', '0.1%']);
    expect(
      impact(story('I opened the traces and noticed each call waiting about 900 milliseconds.')),
    ).toEqual(['4%', '0.1%']);
  });

  it('still counts things hit that the speaker found', () => {
    expect(
      impact(
        story(
          'I compared the logs with the orders table and found 340 orders that never got a receipt.',
        ),
      ),
    ).toEqual(['340 orders', '4%', '0.1%']);
  });
});
