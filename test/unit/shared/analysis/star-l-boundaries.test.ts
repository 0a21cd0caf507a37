import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';
import { partAt } from './helpers';

describe('STAR-L: a lesson inside a run-on', () => {
  it('starts the lesson at a "what I learned" cleft in the middle of an unpunctuated sentence', () => {
    const text = [
      'so we ran the billing sync on one cron box and it kept missing invoices and my lead asked me',
      'to make it reliable so i moved the job onto a queue with retries and i added a dead letter',
      'topic and missed invoices went from about forty a week to zero what i learned is when',
      'i own a batch job i ask how it fails before i ask how fast it runs',
    ].join(' ');
    expect(partAt(text, 'missed invoices went')).toBe('result');
    expect(partAt(text, 'what i learned is')).toBe('learning');
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

describe('STAR-L: terse tasks and closing lines', () => {
  it('reads a bare verb early in a terse answer as the task, the way it was handed over', () => {
    const text = [
      'Search service for a grocery app. Elasticsearch behind a Go API. Peak was dinner time.',
      'Keep p99 under 300 ms during the holiday promo.',
      'Profiled the slow queries first. Moved the facet counts to a cache. Added a second replica.',
      'p99 went from 900 ms to 240 ms.',
    ].join(' ');
    expect(partAt(text, 'Keep p99 under')).toBe('task');
    expect(partAt(text, 'Profiled the slow')).toBe('action');
  });

  it('reads a noun of task heading a sentence, as a label or before its copula, as the task', () => {
    const label = [
      'Order service at a pharmacy chain. Python, Postgres, one big cron job.',
      'Objective: stop double refunds.',
      'I added an idempotency key to every refund call and moved the job to a queue.',
      'Double refunds went from a dozen a week to zero.',
    ].join(' ');
    expect(partAt(label, 'Objective: stop')).toBe('task');
    const copula = [
      'We ran the billing exports on a single VM that nobody patched.',
      'Assignment was to move them to the cluster before the audit.',
      'I wrote the job spec and ran both versions side by side for a week.',
      'The exports finished an hour earlier after the move.',
    ].join(' ');
    expect(partAt(copula, 'Assignment was to')).toBe('task');
  });

  it('does not read a list label or a noun phrase that opens like a verb as the task', () => {
    const text = [
      'Two requests landed in the same sprint for a team of three.',
      'Audit: nine findings, two of them blockers. Export: about four weeks of work.',
      'I went through the audit with security and moved two people onto the blockers.',
      'The audit passed with no blocking findings.',
    ].join(' ');
    expect(partAt(text, 'Export: about')).not.toBe('task');
  });

  it('does not read a subject that could be a verb ("Support ... showed up") as a closing rule', () => {
    const text = [
      'I was on call when the checkout pods started failing DNS lookups.',
      'I checked the dashboards. I found the CoreDNS pods getting killed for memory.',
      'I raised their memory limit. I scaled them from two to six replicas. I restarted checkout.',
      'Support and the payments team only showed up the next morning.',
      'Errors went away after that.',
      'Learned to check DNS first.',
    ].join(' ');
    expect(partAt(text, 'Support and the payments')).not.toBe('learning');
    expect(partAt(text, 'Errors went away')).toBe('result');
  });

  it('does not take "I would say" before a report as a reflection', () => {
    const text = [
      'I was the incident commander when our gateway certificate expired.',
      'I pulled in networking and we rotated the certificate zone by zone.',
      "I'd say the rollback went more or less to plan.",
      'Things recovered quickly and the postmortem was calm.',
      'What I took away is that every certificate needs an owner and an expiry alert.',
    ].join(' ');
    expect(partAt(text, "I'd say the rollback")).not.toBe('learning');
  });
});

describe('STAR-L: the task said as ownership, an order or a budget', () => {
  it('reads "I pitched it and then owned ..." and "I was told to ..." as the task', () => {
    const owned = [
      'At a media startup our image resizer ran on a single large VM that fell over every launch day.',
      'I pitched the move to a queue, and then owned getting it done before the spring launch.',
      'I built the worker pool on SQS and load tested it at three times the launch peak.',
      'Launch day passed with no resizer alerts at all.',
    ].join(' ');
    expect(partAt(owned, 'I pitched the move')).toBe('task');
    const told = [
      'Our team ran the internal admin tools for a bank.',
      'I was told to move the reports off the old cron server before it was shut down.',
      'I rewrote the three heaviest reports as Airflow jobs and ran them next to the old ones for a week.',
      'All twelve reports moved two days before the shutdown.',
    ].join(' ');
    expect(partAt(told, 'I was told to')).toBe('task');
  });

  it('reads "I got pulled in" as the speaker taking the task', () => {
    const text = [
      'The invoicing job at my last company started sending duplicate emails after a release.',
      'It was not my service, but I got pulled in because I knew the mailer.',
      'I traced the duplicates to a retry that ignored the sent flag and added an idempotency check.',
      'Duplicates stopped that same day.',
    ].join(' ');
    expect(partAt(text, 'I got pulled in')).toBe('task');
    expect(partAt(text, 'I traced the duplicates')).toBe('action');
  });

  it('reads "the target we agreed was" and "I had two sprints" as the task', () => {
    const goal = [
      'So our search index rebuild took a whole night and blocked every morning deploy.',
      'The target we agreed was a rebuild under an hour.',
      'I split the rebuild by shard and ran the shards in parallel on spot nodes.',
      'The rebuild went from nine hours to forty minutes.',
    ].join(' ');
    expect(partAt(goal, 'The target we agreed')).toBe('task');
    const budget = [
      'Sales promised a partner a bulk import feature for their catalogue.',
      'I had two sprints and one designer to make it happen.',
      'I wrote a streaming CSV parser and validated rows in batches of a thousand.',
      'The partner imported forty thousand products on day one.',
    ].join(' ');
    expect(partAt(budget, 'I had two sprints')).toBe('task');
  });

  it('does not read a time span of the story as a budget', () => {
    const text = [
      'At a logistics company our route planner slowed down every Monday.',
      'I profiled it and found a missing index on the stops table, and I added it.',
      'We had two weeks of calm after that, and the Monday runs went from forty minutes to six.',
    ].join(' ');
    expect(partAt(text, 'We had two weeks')).not.toBe('task');
  });
});

describe('STAR-L: what the work found is not the result', () => {
  it('keeps a cause found on the way, with its number, in the action', () => {
    const text = [
      'Our nightly billing export at a telecom kept timing out.',
      'My manager asked me to get it under the two hour window.',
      'I traced a week of runs and it turned out one customer table took about 70% of the run time.',
      'I split that table into monthly partitions and streamed the rows instead of loading them.',
      'The export went from three hours to forty minutes.',
    ].join(' ');
    const star = analyzeAnswer({ text }).star;
    const results = star.segments.filter((s) => s.part === 'result');
    expect(results).toHaveLength(1);
    expect(text.slice(results[0].start, results[0].end)).toContain('went from three hours');
    expect(partAt(text, 'it turned out one')).toBe('action');
  });

  it('still reads "it turned out well" as the result', () => {
    const text = [
      'We had a release train that shipped once a month.',
      'I moved the team to trunk based development and added feature flags to every risky change.',
      'It turned out really well, and releases went from monthly to daily.',
      'What I learned is to change the process one team at a time.',
    ].join(' ');
    expect(partAt(text, 'It turned out really well')).toBe('result');
  });
});

describe('STAR-L: two stories in one answer', () => {
  it("reads an assignment after the first story's steps as the second story's task", () => {
    const text = [
      'I have two quick ones. At my first job the deploy script for billing failed about once a week.',
      'I rewrote it in Python with a dry run mode and a rollback step, and failed deploys went to almost none.',
      'Later, at a data company, I was tasked with cutting the cloud bill of our Spark pipeline by a third.',
      'I moved the batch jobs onto spot nodes and compacted the small files every night.',
      'The bill dropped by 40 percent within two months.',
      'What I learned from both is to measure the failure before touching the code.',
    ].join(' ');
    expect(partAt(text, 'I was tasked with')).toBe('task');
    expect(partAt(text, 'I moved the batch jobs')).toBe('action');
    expect(partAt(text, 'The bill dropped')).toBe('result');
  });

  it('reads "at my next company my lead asked me to" and "my job there was" as a new task', () => {
    const first = [
      'Two examples. At my first job the deploy script for billing failed about once a week.',
      'I rewrote it in Python with a dry run mode, and failed deploys went to almost none.',
    ];
    const rest = [
      'I moved the batch jobs onto spot nodes and compacted the small files.',
      'The bill dropped by 40 percent.',
      'What I learned is to measure first.',
    ];
    const asked = [
      ...first,
      'At my current company, my manager asked me to cut the Spark bill by a third.',
      ...rest,
    ].join(' ');
    expect(partAt(asked, 'my manager asked me')).toBe('task');
    const job = [
      ...first,
      'The second one is from my current team.',
      'My job there was to cut the Spark bill by a third.',
      ...rest,
    ].join(' ');
    expect(partAt(job, 'My job there was')).toBe('task');
    expect(partAt(job, 'The bill dropped')).toBe('result');
  });

  it('keeps a follow-on request from someone in the story in the action', () => {
    const text = [
      'Our architect wanted every service on one ORM, including the reporting service.',
      'I owned reporting, so I benchmarked three of our reports in the ORM and in plain SQL.',
      'I showed the numbers in the architecture review and the architect agreed to an exception.',
      'He also asked me to write the rule for exceptions in the wiki, and I did that the same week.',
      'Two other teams used the exception rule that quarter.',
    ].join(' ');
    expect(partAt(text, 'He also asked me')).not.toBe('task');
  });
});

describe('STAR-L: a before and after with no verb', () => {
  it('reads a late "from X to Y" with no verb as the result', () => {
    const text = [
      'Nightly reconciliation at a payments company ran on one big cron box.',
      'The finance team needed the numbers by nine. I owned the job.',
      'Split it by merchant. Moved the heavy joins into the warehouse.',
      'Ran old and new side by side for a week. Switched over on a Monday.',
      'Run time from four hours to twenty five minutes.',
      'Splitting work by its natural key is usually the first win.',
    ].join(' ');
    expect(partAt(text, 'Run time from')).toBe('result');
  });

  it('keeps a before and after told in the setup in the situation', () => {
    const text = [
      'Our checkout p99 went from 300 ms to over two seconds after a holiday sale.',
      'My job was to bring it back before the next sale.',
      'I found an unindexed coupon lookup and added a composite index.',
      'Checkout p99 went back under 300 ms.',
    ].join(' ');
    expect(partAt(text, 'Our checkout p99')).toBe('situation');
  });
});

describe('STAR-L: a habit the story started', () => {
  const story = [
    'I was on call when our geo search started timing out for couriers in big cities.',
    'I found a radius query with no limit and shipped a cap of two hundred results.',
    'Latency was back under 300 ms within twenty minutes.',
  ];

  it('reads "since then I + present verb" as the lesson, and the step that goes on with it', () => {
    const text = [
      ...story,
      'Ever since, I always ask for a load test on anything that touches the location store, and I put unbounded queries on our review checklist.',
    ].join(' ');
    expect(partAt(text, 'Ever since, I always ask')).toBe('learning');
    expect(partAt(text, 'I put unbounded queries')).toBe('learning');
    expect(partAt(text, 'Latency was back')).toBe('result');
  });

  it('keeps "since then we have had" as the result', () => {
    const text = [...story, 'Since then we have had no timeouts at all.'].join(' ');
    expect(analyzeAnswer({ text }).star.present).not.toContain('learning');
  });

  it('splits a run-on at "the real lesson" and "the takeaway"', () => {
    const text = [
      'so our price cache had a one minute ttl and i raised it to two hours to cut load before a promo',
      'and then merch edited prices mid promo and about three hundred orders were charged the wrong',
      'price and we refunded them all i guess the real lesson is when a cache holds prices the ttl',
      'comes from how often they change',
    ].join(' ');
    expect(partAt(text, 'the real lesson')).toBe('learning');
  });
});

describe('STAR-L: ownership of the whole and limits on the speaker', () => {
  it('reads "it was my change start to finish" as the task', () => {
    const text = [
      'Two years ago I wrote a cleanup job that purged expired carts from our Redis cluster.',
      'The rollout was my change from start to finish, the script, the tests and the schedule.',
      'The first run deleted live carts because I compared a UTC time to a local one.',
      'I disabled the job, restored the carts from the snapshot and fixed the comparison.',
      'We lost no orders in the end, and now every purge job I write has a dry run flag.',
    ].join(' ');
    expect(partAt(text, 'The rollout was my change')).toBe('task');
  });

  it('reads "I had no say over their roadmap" as the task without hiding the opening scene', () => {
    const text = [
      'At a retail company the search team owned the query service that every product page called.',
      'I was on the checkout team with no say over their roadmap, but I needed their p99 halved.',
      'I pulled a week of traces, wrote a one page proposal and offered to build the cache myself.',
      'Their p99 went from 800 ms to 150 ms.',
      'What I learned is that an offer to do the work moves another team faster than an escalation.',
    ].join(' ');
    const star = analyzeAnswer({ text }).star;
    expect(partAt(text, 'At a retail company')).toBe('situation');
    expect(star.present).toContain('task');
  });
});

describe('STAR-L: softeners inside a task cue', () => {
  it('reads "I was, like, basically responsible for" and "I was sort of leading" as the task', () => {
    const intro = 'Um, so at a ticketing startup our seat map API fell over on every big on-sale.';
    const rest = [
      'I added a read replica for the seat map and moved the holds into Redis.',
      'The next on-sale ran with no errors at 4,000 requests a second.',
    ];
    for (const role of [
      'I was, like, basically responsible for the seat map service.',
      'I was sort of leading the backend side of the fix.',
    ]) {
      const text = [intro, role, ...rest].join(' ');
      expect(partAt(text, role.slice(0, 8))).toBe('task');
    }
  });
});

describe('STAR-L: terse and run-on lessons', () => {
  it('reads "Maybe should have ..." and "... next time" said with no subject as the lesson', () => {
    const text = [
      'Admin dashboard took twelve seconds to load. Ops complained daily.',
      'Owned the fix. Added an index on the audit table. Cached the totals for a minute.',
      'Load time went from twelve seconds to under one.',
      'Maybe should have looked at the query plan on day one.',
    ].join(' ');
    expect(partAt(text, 'Maybe should have')).toBe('learning');
    const terse = [
      'Websocket gateway leaked memory every few days. Pages at night.',
      'Took a heap dump. Found listeners never removed on reconnect. Removed them on close.',
      'Memory flat since.',
      'Profile the reconnect path first next time.',
    ].join(' ');
    expect(partAt(terse, 'Profile the reconnect')).toBe('learning');
  });

  it('opens the lesson at "the thing I would do again is" inside a run-on', () => {
    const text = [
      'so our product search rebuilt its whole index every night and it took six hours and i was',
      'asked to fix it so i moved us to change data capture and i ran both paths side by side for',
      'three weeks and we cut the cluster from twelve to seven nodes the thing i would do again is',
      'that side by side run because it caught two mapping bugs before any user saw them',
    ].join(' ');
    expect(partAt(text, 'the thing i would do again')).toBe('learning');
    expect(partAt(text, 'we cut the cluster')).toBe('result');
  });
});

describe('STAR-L: failed and restored outcomes', () => {
  it('reads "it never really took off" and "everything was working again" as results', () => {
    const failed = [
      'At my last company we built a shared GraphQL layer for the web and mobile apps.',
      'I was leading the backend side of it.',
      'We designed the schema and built resolvers for most of the services.',
      'Adoption never really took off, and the project got shelved in a reorg.',
      'What I would do differently is start with one screen and one team.',
    ].join(' ');
    expect(partAt(failed, 'Adoption never really')).toBe('result');
    const restored = [
      'Our payment provider rotated a certificate and every settlement call started failing.',
      'I was on call, so I swapped in the new certificate and replayed the failed calls.',
      'By noon everything was working again.',
      'Since then I keep a calendar of every certificate we depend on.',
    ].join(' ');
    expect(partAt(restored, 'By noon everything')).toBe('result');
  });
});
