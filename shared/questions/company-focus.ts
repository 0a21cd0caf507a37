import { z } from 'zod';

/** Companies whose interview style the review can lean towards. */
export const COMPANY_FOCUS_IDS = ['amazon', 'google', 'apple'] as const;

/** A company focus tag. */
export type CompanyFocusId = (typeof COMPANY_FOCUS_IDS)[number];

/** Schema of a company focus tag. */
export const companyFocusIdSchema = z.enum(COMPANY_FOCUS_IDS);

/** Groups of review signals a focus can put first. */
export type FocusSignal =
  | 'ownership'
  | 'tradeoffs'
  | 'impact'
  | 'specificity'
  | 'collaboration'
  | 'structure'
  | 'duration'
  | 'delivery';

/** The analysis gaps (summary fix `gap`, follow-up `gap`, answer-flag kinds) behind each signal. */
export const signalGaps: Record<FocusSignal, readonly string[]> = {
  ownership: ['we-ownership', 'low-ownership', 'blame'],
  tradeoffs: ['no-tradeoff'],
  impact: ['no-metric', 'no-result'],
  specificity: ['too-shallow', 'vague', 'too-architecture', 'too-thin'],
  collaboration: ['blame', 'hero'],
  structure: [
    'no-action',
    'no-result',
    'long-setup',
    'action-not-largest',
    'no-learning',
    'tangent',
    'memorized',
  ],
  duration: ['duration', 'too-short', 'too-long'],
  delivery: [
    'hedge',
    'buzzword',
    'filler',
    'long-pauses',
    'pace',
    'monotone',
    'too-quiet',
    'clipping',
    'trailing-off',
    'repetition',
  ],
};

/** What a company weighs, and how the review changes for it. */
export type CompanyFocus = {
  id: CompanyFocusId;
  label: string;
  /** The short tag, e.g. "Ownership and tradeoffs". */
  emphasis: string;
  /** One sentence for the question screen. */
  description: string;
  /** Signals the review shows first, most important first. */
  signals: FocusSignal[];
  /** Follow-ups this company's interviewers tend to ask, added to the review's probes. */
  probes: string[];
};

/** The three company focus tags. */
export const companyFocus: Record<CompanyFocusId, CompanyFocus> = {
  amazon: {
    id: 'amazon',
    label: 'Amazon',
    emphasis: 'Ownership and tradeoffs',
    description:
      'Interviewers map answers to leadership principles: say what you owned end to end, the tradeoffs you made and the data behind them.',
    signals: ['ownership', 'tradeoffs', 'impact'],
    probes: [
      'What did you own end to end, and what did you decide on your own?',
      'What tradeoff did you make, and what did it cost?',
      'What data told you it worked?',
    ],
  },
  google: {
    id: 'google',
    label: 'Google',
    emphasis: 'Collaboration and problem solving',
    description:
      'Interviewers look at how you break a problem down and how you work with others: show your reasoning, the options you weighed and how you brought people along.',
    signals: ['collaboration', 'specificity', 'tradeoffs', 'structure'],
    probes: [
      'How did you break the problem down?',
      'What alternatives did you consider, and why did you pick this one?',
      'How did you bring the rest of the team along?',
    ],
  },
  apple: {
    id: 'apple',
    label: 'Apple',
    emphasis: 'Quality and cross-functional precision',
    description:
      'Interviewers listen for craft and precision: exact details, measured quality, and how you worked with design, hardware or other teams to get it right.',
    signals: ['specificity', 'impact', 'delivery', 'collaboration'],
    probes: [
      'How did you make sure the quality was right before it shipped?',
      'Which other teams were involved, and how did you keep the details precise between you?',
      'What exactly did you measure?',
    ],
  },
};

/** Something the review ranks by its gap: a summary fix or a follow-up. */
type HasGap = { gap: string };

/** Where a gap ranks for a focus: 0 for the first emphasised signal, Infinity when not emphasised. */
export function focusRank(focus: CompanyFocusId | null, gap: string): number {
  if (!focus) return Infinity;
  const index = companyFocus[focus].signals.findIndex((s) => signalGaps[s].includes(gap));
  return index < 0 ? Infinity : index;
}

/** Reorders a review's fixes and follow-ups so what the company weighs comes first (a stable sort:
 * the engine's own order is kept within each rank), and adds the company's own probes after the
 * engine's follow-ups. Without a focus, everything is returned as it was. */
export function applyFocus<F extends HasGap, U extends HasGap>(
  review: { fixes: readonly F[]; followUps: readonly U[] },
  focus: CompanyFocusId | null,
): { fixes: F[]; followUps: U[]; emphasised: FocusSignal[]; probes: string[] } {
  const byRank = <T extends HasGap>(items: readonly T[]) =>
    items
      .map((item, index) => ({ item, index, rank: focusRank(focus, item.gap) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((entry) => entry.item);
  if (!focus) {
    return {
      fixes: [...review.fixes],
      followUps: [...review.followUps],
      emphasised: [],
      probes: [],
    };
  }
  return {
    fixes: byRank(review.fixes),
    followUps: byRank(review.followUps),
    emphasised: [...companyFocus[focus].signals],
    probes: [...companyFocus[focus].probes],
  };
}
