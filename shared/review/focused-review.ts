import type { AnswerAnalysis, FollowUp, Summary } from '../analysis/types';
import { applyFocus, companyFocus, type CompanyFocusId } from '../questions/company-focus';
import { signalFixes } from './signal-fixes';

/** The Fix-first list holds this many; the rest wait for the next take. */
const FIXES_SHOWN = 3;

/** What interviewers weigh first when no company is chosen: ownership and collaboration, impact
 * and specificity, judgement (tradeoffs), structure, then how it sounded. Gaps not listed keep
 * the engine's place after these. */
const GAP_ORDER = [
  'we-ownership',
  'blame',
  'hero',
  'no-metric',
  'vague',
  'too-shallow',
  'too-architecture',
  'too-thin',
  'no-tradeoff',
  'no-action',
  'no-result',
  'long-setup',
  'action-not-largest',
  'no-learning',
  'memorized',
  'tangent',
  'duration',
  'long-pauses',
  'pace',
  'monotone',
  'too-quiet',
  'clipping',
  'trailing-off',
  'hedge',
  'repetition',
  'buzzword',
  'filler',
];

/** Follow-ups the signals add: the question an interviewer asks about each gap. */
function signalFollowUps(a: AnswerAnalysis): FollowUp[] {
  const c = a.signals.content;
  const out: FollowUp[] = [];
  if (c && !c.tradeoff.statesTradeoff)
    out.push({
      question: 'What alternatives did you consider, and what did your choice cost?',
      gap: 'no-tradeoff',
      why: 'The answer names no option you turned down and no cost you accepted.',
    });
  if (c?.collaboration.hero)
    out.push({
      question: 'Who else worked on this, and what did they contribute?',
      gap: 'hero',
      why: 'Only you act in the story, though others were involved.',
    });
  return out;
}

/** The review as the user reads it: the engine's and the signals' fixes ranked (by the chosen
 * company's emphasis when there is one), the follow-ups in the same order with the company's own
 * probes after them, and a sentence saying why the order changed. */
export function focusedReview(
  a: AnswerAnalysis,
  focus: CompanyFocusId | null,
): { summary: Summary; followUps: FollowUp[]; focusNote: string | null } {
  const seen = new Set<string>();
  const rank = (gap: string) => {
    const i = GAP_ORDER.indexOf(gap);
    return i < 0 ? GAP_ORDER.length : i;
  };
  const candidates = [...a.summary.fixes, ...(a.summary.moreFixes ?? []), ...signalFixes(a)]
    .filter((f) => !seen.has(f.gap) && seen.add(f.gap))
    .map((fix, index) => ({ fix, index }))
    .sort((x, y) => rank(x.fix.gap) - rank(y.fix.gap) || x.index - y.index)
    .map((x) => x.fix);
  // One question per gap: the engine may already ask about a tradeoff.
  const asked = new Set(a.followUps.map((f) => f.gap));
  const followUps = [...a.followUps, ...signalFollowUps(a).filter((f) => !asked.has(f.gap))];
  const focused = applyFocus({ fixes: candidates, followUps }, focus);
  const fixes = focused.fixes.slice(0, FIXES_SHOWN);
  const company = focus ? companyFocus[focus] : null;
  const focusNote = company
    ? `${company.label} probes ${company.emphasis.toLowerCase()}: ${company.description}`
    : null;
  const length = a.summary.headline.split('. ')[0];
  const headline = fixes.length
    ? `${length}. Fix first: ${fixes.map((f) => f.title.toLowerCase()).join('; ')}.`
    : a.summary.headline;
  // A company probe that asks what a listed question already asks (both about a tradeoff, say)
  // would be the same question twice.
  const topic = (q: string) => {
    const word = q.toLowerCase().match(/tradeoff|alternative|own|data|measure|metric/)?.[0];
    return word === 'metric' || word === 'data'
      ? 'measure'
      : word === 'alternative'
        ? 'tradeoff'
        : word;
  };
  const topics = new Set(focused.followUps.map((f) => topic(f.question)).filter(Boolean));
  const fresh = focused.probes.filter((q) => !topics.has(topic(q)));
  const probes: FollowUp[] = fresh.map((question) => ({
    question,
    gap: 'company-focus',
    why: `${company?.label} interviewers tend to ask this.`,
  }));
  return {
    summary: { headline, fixes, moreFixes: focused.fixes.slice(FIXES_SHOWN) },
    followUps: [...focused.followUps, ...probes],
    focusNote,
  };
}

/** The analysis with its Fix-first list ranked as the review shows it without a company focus
 * (the engine's fixes and the signals' fixes together), so what is stored, and what History,
 * drills and exports read, is the list the review shows. */
export function withRankedFixes(a: AnswerAnalysis): AnswerAnalysis {
  return { ...a, summary: focusedReview(a, null).summary };
}
