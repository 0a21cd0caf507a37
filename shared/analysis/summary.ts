import type { AnswerFlag, DurationSignal, Finding, FlagKind, Summary } from './types';

type Fix = Summary['fixes'][number];

/** "1 phrase puts", "3 phrases put": a count with its noun (and verb) agreeing. */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const examples = (flags: readonly Finding[], kind: FlagKind) =>
  flags
    .filter((f) => f.kind === kind)
    .slice(0, 2)
    .map((f) => f.text);

/** The three things to fix first, ordered by what interviewers weigh: ownership, collaboration,
 * impact and specificity, then structure and length, then delivery (hedges, buzzwords, fillers). */
export function summarize(
  flags: readonly Finding[],
  answer: readonly AnswerFlag[],
  duration: DurationSignal,
): Summary {
  // Counted once: the candidates below ask for the same kinds several times.
  const counts = new Map<FlagKind, number>();
  for (const f of flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const count = (k: FlagKind) => counts.get(k) ?? 0;
  const has = (k: string) => answer.find((a) => a.kind === k);
  const perHundred = (n: number) => (duration.wordCount ? (n * 100) / duration.wordCount : 0);
  const candidates: (Fix | null)[] = [
    count('we-ownership') || has('low-ownership')
      ? {
          gap: 'we-ownership',
          title: 'Say what you did, not what the team did',
          // Raised by the answer's I/we balance alone, it quotes that balance: "0 key actions" would
          // contradict the advice.
          detail: `${
            count('we-ownership')
              ? `${counted(count('we-ownership'), 'key action is', 'key actions are')} told with "we".`
              : has('low-ownership')!.reason
          } Interviewers score your part: use "I" for what you decided, built or changed.`,
          examples: examples(flags, 'we-ownership'),
        }
      : null,
    count('blame')
      ? {
          gap: 'blame',
          title: 'Drop the blame and own the response',
          detail: `${counted(count('blame'), 'phrase puts', 'phrases put')} the failure on others. State the cause neutrally, then what you did and what you changed so it cannot recur.`,
          examples: examples(flags, 'blame'),
        }
      : null,
    has('no-metric')
      ? {
          gap: 'no-metric',
          title: 'Add a number for the impact',
          detail:
            'The answer has no numbers. Give the before and after of one metric (latency, error rate, cost, time saved).',
          examples: [],
        }
      : null,
    count('vague')
      ? {
          gap: 'vague',
          title: 'Replace vague claims with specifics',
          detail: `${counted(count('vague'), 'vague phrase', 'vague phrases')}. Say what changed, by how much, and how you did it.`,
          examples: examples(flags, 'vague'),
        }
      : null,
    has('too-shallow')
      ? {
          gap: 'too-shallow',
          title: 'Go one level deeper technically',
          detail: has('too-shallow')?.reason ?? '',
          examples: [],
        }
      : null,
    structureFix(answer),
    has('too-long') || has('too-short')
      ? {
          gap: 'duration',
          title: duration.band === 'long' ? 'Cut it to two minutes' : 'Give it more substance',
          detail: (has('too-long') ?? has('too-short'))?.reason ?? '',
          examples: [],
        }
      : null,
    count('hedge') >= 2
      ? {
          gap: 'hedge',
          title: 'Stop hedging what you did',
          detail: `${count('hedge')} hedges ("kind of", "I think", "maybe") make your own work sound uncertain.`,
          examples: examples(flags, 'hedge'),
        }
      : null,
    count('buzzword')
      ? {
          gap: 'buzzword',
          title: 'Swap buzzwords for concrete words',
          detail: `${counted(count('buzzword'), 'stock phrase says', 'stock phrases say')} nothing checkable.`,
          examples: examples(flags, 'buzzword'),
        }
      : null,
    count('filler') >= 3 && perHundred(count('filler')) >= 1.5
      ? {
          gap: 'filler',
          title: 'Cut the filler words',
          detail: `${count('filler')} fillers (${perHundred(count('filler')).toFixed(1)} per 100 words). Pause silently instead.`,
          examples: examples(flags, 'filler'),
        }
      : null,
  ];
  const all = candidates.filter((c): c is Fix => c !== null);
  const fixes = all.slice(0, 3);
  const length = `${Math.round(duration.seconds)} s${duration.estimated ? ' (estimated)' : ''}, ${duration.band}`;
  const headline = fixes.length
    ? `${length}. Fix first: ${fixes.map((f) => f.title.toLowerCase()).join('; ')}.`
    : `${length}. Clear ownership, numbers and structure: nothing major to fix.`;
  // The rest wait their turn; a company focus may bring one of them forward (shared/review).
  return { headline, fixes, moreFixes: all.slice(3) };
}

function structureFix(answer: readonly AnswerFlag[]): Fix | null {
  const order = ['no-action', 'no-result', 'long-setup', 'action-not-largest', 'no-learning'];
  const found = order
    .map((k) => answer.find((a) => a.kind === k))
    .filter((a): a is AnswerFlag => !!a);
  if (!found.length) return null;
  const titles: Record<string, string> = {
    'no-action': 'Say what you did',
    'no-result': 'Finish with the result',
    'long-setup': 'Shorten the setup',
    'action-not-largest': 'Make the action the biggest part',
    'no-learning': 'End with what you learned',
  };
  return {
    gap: found[0].kind,
    title: titles[found[0].kind],
    detail: found.map((a) => a.reason).join(' '),
    examples: [],
  };
}
