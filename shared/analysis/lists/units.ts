/** Units that turn a number into a measured quantity, grouped by the kind of quantity. */

/** Percent markers. */
/** "three nines" is availability (99.9%), said as a share. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set([
  '%',
  'percent',
  'pct',
  'percentage',
  'nines',
]);

/** Multiplier markers ("3x", "ten times", "2-fold"). */
export const MULTIPLIER_UNITS: ReadonlySet<string> = new Set(['x', 'times', 'fold', 'folds']);

/** Short time units, the scale of latencies. */
export const LATENCY_UNITS: ReadonlySet<string> = new Set(
  'ms msec msecs millisecond milliseconds millis milli µs us microsecond microseconds ns nanosecond nanoseconds s sec secs second seconds'.split(
    ' ',
  ),
);

/** Longer time units, the scale of durations. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(
  'minute minutes min mins hour hours hr hrs h day days week weeks month months year years quarter quarters sprint sprints night nights weekend weekends'.split(
    ' ',
  ),
);

/** Month names: a period named by its month ("in January"), and dates the tagger may read as
 * other words ("March", "May"). */
export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Money units. */
export const MONEY_UNITS: ReadonlySet<string> = new Set(
  'dollar dollars usd bucks euro euros eur pound pounds gbp k$ grand'.split(' '),
);

/** Data-size units. */
export const SIZE_UNITS: ReadonlySet<string> = new Set(
  'b kb mb gb tb pb byte bytes kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte terabytes petabytes meg megs gig gigs'.split(
    ' ',
  ),
);

/** Rate markers after a count ("requests per second", "rps", "a day"). */
export const RATE_UNITS: ReadonlySet<string> = new Set([
  'rps',
  'qps',
  'tps',
  'rpm',
  'per',
  'a',
  'an',
  'each',
  'every',
]);

/** Scale words inside a number ("2.5 million", "40k"). */
export const SCALE_WORDS: ReadonlySet<string> = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'k',
  'm',
  'mm',
  'bn',
  'b',
  'dozen',
]);

/** Spelled-out numbers. "one" is left out: it is usually a pronoun ("the old one"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
half quarter dozen`.split(/\s+/),
);

/** Words that express a multiplier on their own. */
export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set(
  'twice double doubled doubling triple tripled tripling quadrupled halved halving tenfold'.split(
    ' ',
  ),
);

/** Words before a number that make it a label, not a quantity ("version 2", "SOC 2", "day one"). */
export const LABEL_BEFORE: ReadonlySet<string> = new Set(
  `version v step phase day soc iso tier level series gen python java ipv chapter page pci hipaa top
postgres postgresql mysql node nodejs kafka redis ubuntu debian kubernetes rails react angular spark
php ruby elasticsearch es jdk net ios android windows macos`.split(/\s+/),
);

/** Markers of a latency percentile ("p99", "tp99"). */
export const PERCENTILE_PATTERN = /^t?p\d{2,4}$/;

/** Words that join the parts of one spoken number ("two point five", "two or three"). */
export const JOINERS: ReadonlySet<string> = new Set('and a point or'.split(' '));

/** Words before "a week" / "an hour" that make it a stated duration, not a rate ("once a week"). */
export const SPAN_LEAD: ReadonlySet<string> = new Set(
  'in about around within for by after over than nearly almost roughly under took just only least half from to'.split(
    ' ',
  ),
);

/** Times of day: "at 2 am" is no quantity. */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['am', 'pm', "o'clock", 'a.m', 'p.m']);

/** Words that tie a percentile marker to its value: "p99 of about 800 ms", "p95 at 2 s". */
export const PERCENTILE_TIES: ReadonlySet<string> = new Set(
  'of at about around roughly was is'.split(' '),
);

/** Fractions said as words: "about a third of users", "two-thirds", "dropped by a fifth". */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(
  'half third thirds quarter quarters fifth fifths tenth tenths'.split(' '),
);

/** Words that count a fraction: "a third", "two-thirds". */
export const FRACTION_LEADS: ReadonlySet<string> = new Set('a one two three four'.split(' '));

/** Words before a fraction that make it a measure without "of" after: "dropped by about a third". */
export const FRACTION_BEFORE: ReadonlySet<string> = new Set(
  'by to about around roughly nearly almost than under just only'.split(' '),
);

/** Words that state how often without a digit: "twice a week", "once a month". */
export const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['once', 'twice']);

/** Words between a count and its time unit that make it a rate: "14,000 a second". */
export const RATE_LINKS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each']);

/** Time units in the singular: after a number over one they make a modifier of the noun that
 * follows ("a ten second loop", "the ten week mark"), not a measure. */
export const SINGULAR_UNITS: ReadonlySet<string> = new Set(
  'millisecond second minute hour day week month year quarter sprint night weekend'.split(' '),
);

/** Numbers of one: "a one second delay" is no plural said in the singular. */
export const SINGLE_WORDS: ReadonlySet<string> = new Set('a an one 1 half'.split(' '));

/** Minutes said after a spelled-out hour: "by eight thirty", "at nine fifteen". */
export const CLOCK_MINUTES: ReadonlySet<string> = new Set(
  'oclock fifteen thirty forty-five fortyfive'.split(' '),
);
