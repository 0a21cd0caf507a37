import type { AnswerAnalysis, Flag, FlagKind, StarPart } from './types';

/** Colour hooks: identity functions for plain text, ANSI codes for a terminal. */
export type Paint = {
  bold: Fmt;
  dim: Fmt;
  red: Fmt;
  yellow: Fmt;
  green: Fmt;
  cyan: Fmt;
  magenta: Fmt;
  mark: Fmt;
};
type Fmt = (s: string) => string;

const id: Fmt = (s) => s;
/** No colours. */
export const PLAIN: Paint = {
  bold: id,
  dim: id,
  red: id,
  yellow: id,
  green: id,
  cyan: id,
  magenta: id,
  mark: (s) => `[${s}]`,
};
const ansi =
  (code: number, reset: number): Fmt =>
  (s) =>
    `\u001b[${code}m${s}\u001b[${reset}m`;
/** ANSI colours for terminals. */
export const ANSI: Paint = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
  magenta: ansi(35, 39),
  mark: (s) => ansi(1, 22)(ansi(33, 39)(s)),
};

/** Kinds in the order interviewers weigh them, with a label for the report. */
const KIND_ORDER: [FlagKind, string][] = [
  ['we-ownership', 'Team "we"'],
  ['blame', 'Blame'],
  ['vague', 'Vague'],
  ['hedge', 'Hedges'],
  ['buzzword', 'Buzzwords'],
  ['filler', 'Fillers'],
];
const PART_LETTER: Record<StarPart, string> = {
  situation: 'S',
  task: 'T',
  action: 'A',
  result: 'R',
  learning: 'L',
};

/** "1:05" for 65 seconds. */
function clock(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function context(text: string, f: Flag, p: Paint): string {
  const before = text.slice(Math.max(0, f.start - 30), f.start).replace(/\s+/g, ' ');
  const after = text.slice(f.end, f.end + 30).replace(/\s+/g, ' ');
  return `${p.dim('…' + before.trimStart())}${p.mark(f.text)}${p.dim(after.trimEnd() + '…')}`;
}

/** A readable, terminal-friendly report of one analysis: summary first, then the details. */
export function renderReport(
  a: AnswerAnalysis,
  text: string,
  title: string,
  p: Paint = PLAIN,
): string {
  const out: string[] = [];
  const h = (s: string) => out.push('', p.bold(p.cyan(s)));
  out.push(p.bold(`Rehearse feedback: ${title}`));
  h('Fix these first');
  out.push(`  ${a.summary.headline}`);
  a.summary.fixes.forEach((f, i) => {
    out.push(`  ${p.bold(`${i + 1}. ${f.title}`)}`, `     ${f.detail}`);
    if (f.examples.length)
      out.push(`     ${p.dim('e.g.')} ${f.examples.map((e) => `"${e}"`).join(', ')}`);
  });
  const d = a.signals.duration;
  const pace = a.signals.pace;
  h('Length and pace');
  const band =
    d.band === 'on-target'
      ? p.green('on target')
      : p.red(
          `${d.band}, ${Math.round(d.secondsOutside)} s ${d.band === 'short' ? 'under' : 'over'}`,
        );
  out.push(
    `  Duration   ${Math.round(d.seconds)} s${d.estimated ? p.dim(` (estimated: ${d.wordCount} words at 150 wpm)`) : ''}: ${band} (target ${d.targetMinSec} to ${d.targetMaxSec} s)`,
  );
  const change = d.wordsToChange
    ? `, ${d.band === 'long' ? 'cut' : 'add'} about ${d.wordsToChange} words`
    : '';
  out.push(
    `  Budget     ${d.wordBudget.min} to ${d.wordBudget.max} words at ${d.wordBudget.wordsPerMinute} wpm${change}`,
  );
  if (pace.wordsPerMinute !== null) {
    const pauses = pace.longPauses
      .map((x) => `${clock(x.startSec)} (${x.durationSec} s)`)
      .join(', ');
    out.push(`  Pace       ${pace.wordsPerMinute} wpm; long pauses: ${pauses || 'none'}`);
  }
  h('Structure (STAR-L)');
  const bar = a.star.segments
    .map((s) =>
      PART_LETTER[s.part].repeat(
        Math.max(1, Math.round(((s.end - s.start) / Math.max(1, text.length)) * 50)),
      ),
    )
    .join('');
  out.push(`  [${bar}]`);
  out.push(
    `  ${a.star.parts.map((x) => `${x.part} ${x.present ? Math.round(x.wordShare * 100) + '%' : p.red('missing')}`).join(' · ')}`,
  );
  const checks = [
    [a.star.actionIsLargest, 'action is the largest part'],
    [!a.star.longSetup, `setup ${Math.round(a.star.setupShare * 100)}% (under 30%)`],
    [!a.star.noLearning, 'ends with a lesson'],
  ] as const;
  out.push(
    `  ${checks.map(([ok, label]) => (ok ? p.green('✓ ') : p.red('✗ ')) + label).join('   ')}`,
  );
  const s = a.signals;
  h('Impact and specificity');
  const qs = s.impact.quantities
    .slice(0, 8)
    .map((q) => `"${q.text}"`)
    .join(', ');
  out.push(`  Numbers    ${s.impact.count ? `${s.impact.count}: ${qs}` : p.red('none')}`);
  out.push(
    `  Technical  ${s.specificity.perMinute} terms/min, ${s.specificity.distinctTerms} distinct${s.specificity.terms.length ? p.dim(': ' + s.specificity.terms.slice(0, 10).join(', ')) : ''}`,
  );
  const share =
    s.ownership.iShare === null ? '' : ` (${Math.round(s.ownership.iShare * 100)}% "I")`;
  out.push(
    `  Ownership  ${s.ownership.iActions} I-actions, ${s.ownership.weActions} we-actions${share}`,
  );
  h(`Highlights (${a.flags.length})`);
  for (const [kind, label] of KIND_ORDER) {
    const list = a.flags.filter((f) => f.kind === kind);
    if (!list.length) continue;
    out.push(`  ${p.bold(p.magenta(`${label} (${list.length})`))}  ${p.dim(list[0].reason)}`);
    let said = '';
    for (const f of list.slice(0, 8)) {
      const at = f.startSec !== undefined ? p.dim(` ${clock(f.startSec)}`) : '';
      out.push(`    ${context(text, f, p)}${at}`);
      // One suggestion per run of identical ones: the list stays readable.
      if (f.suggestion && f.suggestion !== said) out.push(`      ${p.green('→')} ${f.suggestion}`);
      said = f.suggestion ?? said;
    }
    if (list.length > 8) out.push(p.dim(`    … and ${list.length - 8} more`));
  }
  if (a.followUps.length) {
    h('What the interviewer may ask next');
    for (const f of a.followUps) out.push(`  • ${f.question} ${p.dim(`(${f.why})`)}`);
  }
  return out.join('\n') + '\n';
}
