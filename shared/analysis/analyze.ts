import type { TranscriptWord } from '../transcript';
import { answerFlags } from './answer-flags';
import { refineWithClauseModel } from './clause-model/refine';
import { MODEL_MIN_WORDS } from './clause-model/score';
import { buildDoc, wordCount } from './doc';
import { followUps } from './follow-ups';
import { distinctImpact, impactQuantities } from './impact';
import { quantitySpan } from './quantities';
import { runRules } from './rules';
import { FLAG_KINDS } from './schema';
import { ANSWER_WINDOW, durationSignal, type TargetWindow } from './signals/duration';
import { contentSignals, type ContentContext } from './signals/content';
import { ownershipSignal } from './signals/ownership';
import { paceSignal } from './signals/pace';
import { specificitySignal } from './signals/specificity';
import { assignParts } from './star-l';
import { starReport } from './star-report';
import { summarize } from './summary';
import { buildTimeIndex, withTimes } from './time-map';
import type { AnswerAnalysis, Flag, FlagKind, Quantity } from './types';

/** What to analyse: the transcript text, and its word timings when it came from audio. */
export type AnalyzeInput = {
  text: string;
  /** Word timings; charStart/charEnd must index into `text`. */
  words?: readonly TranscriptWord[];
  questionId?: string;
  audioDurationSec?: number;
  /** Target length; 90 to 120 s unless given (a follow-up answer is judged on a shorter one). */
  window?: TargetWindow;
  /** The question's text and the story's bullets, to tell a tangent from the story. */
  context?: ContentContext;
};

/** Analyses one spoken answer: span flags, answer-level signals, STAR-L, follow-ups and a summary.
 * Pure and synchronous; the result is plain JSON (see answerAnalysisSchema). */
export function analyzeAnswer(input: AnalyzeInput): AnswerAnalysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const words = input.words?.filter(
    (w) =>
      w.charEnd <= text.length &&
      w.charStart <= w.charEnd &&
      Number.isFinite(w.start) &&
      Number.isFinite(w.end),
  );
  const doc = buildDoc(text);
  const index = buildTimeIndex(words);
  const unitParts = assignParts(doc);
  const rules = runRules({ doc, unitParts });
  const n = wordCount(doc.tokens);
  const findings = n >= MODEL_MIN_WORDS ? refineWithClauseModel(doc, unitParts, rules) : rules;
  const duration = durationSignal(n, words, input.audioDurationSec, validWindow(input.window));
  const impact = impactQuantities(doc, unitParts);
  const quantities: Quantity[] = impact.map((q) => {
    const { start, end } = quantitySpan(doc.tokens, q);
    return { kind: q.kind, start, end, text: text.slice(start, end) };
  });
  const specificity = specificitySignal(doc, duration.seconds);
  const ownership = ownershipSignal(doc);
  const star = starReport(doc, unitParts, index);
  const answer = answerFlags({
    duration,
    ownership,
    quantityCount: quantities.length,
    specificity,
    star,
  });
  const flagCounts = {} as Record<FlagKind, number>;
  for (const k of FLAG_KINDS) flagCounts[k] = 0;
  for (const f of findings) flagCounts[f.kind]++;
  const flags: Flag[] = withTimes(index, findings);
  const content = contentSignals(
    doc,
    {
      words: n,
      specificity,
      impactCount: quantities.length,
      buzzwords: flagCounts.buzzword,
      vague: flagCounts.vague,
    },
    input.context,
    findings.filter((f) => f.kind === 'blame'),
    unitParts,
  );
  const result: AnswerAnalysis = {
    version: 1,
    wordCount: n,
    hasWordTimings: index !== null,
    flags,
    flagCounts,
    answerFlags: answer,
    signals: {
      duration,
      pace: paceSignal(n, words),
      ownership,
      impact: {
        count: distinctImpact(doc, impact),
        quantities: withTimes(index, quantities),
      },
      specificity,
      content,
    },
    star,
    // The tradeoff signal is read once: the follow-ups take it from the content signals.
    followUps: followUps(doc, findings, answer, input.questionId, content.tradeoff),
    summary: summarize(findings, answer, duration),
  };
  if (input.questionId !== undefined) result.questionId = input.questionId;
  return result;
}

/** The window to judge against: the given one when it is a sane range, else the answer window. */
function validWindow(window: TargetWindow | undefined): TargetWindow {
  if (!window) return ANSWER_WINDOW;
  const { minSec, maxSec } = window;
  const ok = Number.isFinite(minSec) && Number.isFinite(maxSec) && minSec > 0 && maxSec >= minSec;
  return ok ? window : ANSWER_WINDOW;
}
