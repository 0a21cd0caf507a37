import type { TranscriptWord } from '../transcript';
import { answerFlags } from './answer-flags';
import {
  clausesToRead,
  readerInputs,
  type BlameReading,
  type ClauseReader,
} from './clause-model/reading';
import {
  judgeClauses,
  namesTheFault,
  refineWithClauseModel,
  type ClauseJudgement,
} from './clause-model/refine';
import { MODEL_MIN_WORDS } from './clause-model/score';
import { buildDoc, wordCount, type Doc } from './doc';
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
import type { AnswerAnalysis, Finding, Flag, FlagKind, Quantity, StarPart } from './types';

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
 * Pure and synchronous; the result is plain JSON (see answerAnalysisSchema). Blame is judged by
 * the rules and the clause model; analyzeAnswerRead adds the clause reader's opinion. */
export function analyzeAnswer(input: AnalyzeInput): AnswerAnalysis {
  return finishAnalysis(prepareAnalysis(input));
}

/** analyzeAnswer with the clause reader's opinion on the clauses whose blame verdict it can change
 * (clause-model/reading.ts). When the reader cannot run, the answer is judged as analyzeAnswer
 * judges it. */
export async function analyzeAnswerRead(
  input: AnalyzeInput,
  reader: ClauseReader,
): Promise<AnswerAnalysis> {
  const prepared = prepareAnalysis(input);
  const { judged, rules, doc } = prepared;
  if (!judged) return finishAnalysis(prepared, new Map());
  // Asked here, not in prepareAnalysis: analyzeAnswer (live stats while recording) reads nothing.
  const ruleBlame = rules
    .filter((f) => f.kind === 'blame')
    .map((f) => ({ start: f.start, end: f.end, named: namesTheFault(f.text) }));
  const indices = clausesToRead(judged.clauses, judged.scores.blame, ruleBlame);
  if (indices.length === 0) return finishAnalysis(prepared, new Map());
  const read = await reader(readerInputs(doc.text, judged.clauses, indices));
  const reading = read ? new Map(indices.map((i, k) => [i, read[k]])) : undefined;
  return finishAnalysis(prepared, reading);
}

/** The work before the reader: the parsed answer, the rules' findings and the clause model's
 * scores. */
type PreparedAnalysis = {
  input: AnalyzeInput;
  words: AnalyzeInput['words'];
  doc: Doc;
  unitParts: StarPart[];
  rules: Finding[];
  n: number;
  /** The clause model's scores; null for answers too short for the learned models. */
  judged: ClauseJudgement | null;
};

function prepareAnalysis(input: AnalyzeInput): PreparedAnalysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const words = input.words?.filter(
    (w) =>
      w.charEnd <= text.length &&
      w.charStart <= w.charEnd &&
      Number.isFinite(w.start) &&
      Number.isFinite(w.end),
  );
  const doc = buildDoc(text);
  const unitParts = assignParts(doc);
  const rules = runRules({ doc, unitParts });
  const n = wordCount(doc.tokens);
  const judged = n >= MODEL_MIN_WORDS ? judgeClauses(doc, unitParts) : null;
  return { input, words, doc, unitParts, rules, n, judged };
}

/** The analysis from the prepared work and, when the reader has read, its blame reading. */
function finishAnalysis(prepared: PreparedAnalysis, reading?: BlameReading): AnswerAnalysis {
  const { input, words, doc, unitParts, rules, n, judged } = prepared;
  const { text } = doc;
  const index = buildTimeIndex(words);
  const findings = judged ? refineWithClauseModel(doc, rules, judged, reading) : rules;
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
