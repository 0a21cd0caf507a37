import type { AnswerAnalysis, FlagKind } from '../analysis/types';
import type { Transcript } from '../transcript';
import { distanceLabel, recordedLabel, spokenLabel, takeDuration } from './duration';
import { clock, percent, plural } from './format';
import { signalReportItems } from './signal-report';
import { FLAG_KIND_META, FLAG_KIND_ORDER, STAR_PART_LABEL } from './kinds';
import { durationVerdict, fillersPerMinute, paceVerdict, wordBudgetSentence } from './verdict';

/** One section of the report: a heading, then paragraphs and/or a list. */
type ReportSection = {
  heading: string;
  paragraphs: string[];
  items: string[];
  ordered?: boolean;
};

/** The review of one attempt as plain structured text: the Markdown export and the printed page
 * are both rendered from it, so they always say the same thing. */
export type ReportDoc = { title: string; meta: string[]; sections: ReportSection[] };

/** What the report is built from. `dateLabel` is the attempt's date already formatted for the
 * reader's locale (shared code stays locale-free). */
export type ReportInput = {
  questionText: string;
  dateLabel: string;
  recordedSec: number;
  transcript: Transcript | null;
  analysis: AnswerAnalysis | null;
};

const section = (
  heading: string,
  paragraphs: string[] = [],
  items: string[] = [],
  ordered = false,
): ReportSection => ({
  heading,
  paragraphs,
  items,
  ordered,
});

const quote = (text: string) => `“${text}”`;

function signalItems(a: AnswerAnalysis): string[] {
  const { ownership, impact, specificity } = a.signals;
  const warnings = a.answerFlags.filter((f) =>
    ['long-setup', 'no-learning', 'action-not-largest'].includes(f.kind),
  );
  const shares = a.star.parts.map(
    (p) => `${STAR_PART_LABEL[p.part]} ${p.present ? percent(p.wordShare) : 'missing'}`,
  );
  return [
    `Ownership: ${plural(ownership.iActions, '"I" action')}, ${plural(ownership.weActions, '"we" action')}.`,
    impact.count
      ? `Measured impact: ${impact.quantities.map((q) => quote(q.text)).join(', ')}.`
      : `Measured impact: no numbers stated. ${a.answerFlags.find((f) => f.kind === 'no-metric')?.suggestion ?? ''}`.trim(),
    `Technical specificity: ${specificity.perMinute.toFixed(1)} technical terms a minute (${specificity.distinctTerms} distinct${specificity.terms.length ? `: ${specificity.terms.slice(0, 8).join(', ')}` : ''}).`,
    `STAR-L: ${shares.join(', ')}.${warnings.length ? ` ${warnings.map((w) => w.reason).join(' ')}` : ''}`,
    `Fillers: ${fillersPerMinute(a).toFixed(1)} a minute (${a.flagCounts.filler ?? 0} in all).`,
  ];
}

function flagItems(a: AnswerAnalysis): string[] {
  const order = (k: FlagKind) => FLAG_KIND_ORDER.indexOf(k);
  return [...a.flags]
    .sort((x, y) => order(x.kind) - order(y.kind) || x.start - y.start)
    .map((f) => {
      const at = f.startSec !== undefined ? `${clock(f.startSec)} ` : '';
      const tip = f.suggestion ? ` Try: ${f.suggestion}` : '';
      return `${at}${FLAG_KIND_META[f.kind].name}: ${quote(f.text)}. ${f.reason}${tip}`;
    });
}

/** Builds the report of one attempt; without analysis it says so instead of inventing feedback. */
export function buildReport(input: ReportInput): ReportDoc {
  const { analysis: a, transcript } = input;
  const meta = [
    `Recorded ${input.dateLabel}`,
    recordedLabel(takeDuration({ recordedSec: input.recordedSec })),
  ];
  if (!a || !transcript) {
    return {
      title: input.questionText,
      meta,
      sections: [section('Feedback', ['This answer has not been transcribed and analysed yet.'])],
    };
  }
  const fixes = a.summary.fixes.map(
    (f) =>
      `${f.title}: ${f.detail}${f.examples.length ? ` (${f.examples.map(quote).join(', ')})` : ''}`,
  );
  const d = a.signals.duration;
  const take = takeDuration({ recordedSec: input.recordedSec, duration: d });
  return {
    title: input.questionText,
    meta,
    sections: [
      section('Fix first', [a.summary.headline], fixes, true),
      section('Length and pace', [
        `${spokenLabel(take)}, ${distanceLabel(take)}${take.band === 'on-target' ? '' : `: ${durationVerdict(a).advice}`}.`,
        paceVerdict(a.signals.pace),
        wordBudgetSentence(d),
      ]),
      section('Signals', [], signalItems(a)),
      ...(signalReportItems(a).length
        ? [section('How it sounded and what it showed', [], signalReportItems(a))]
        : []),
      section('Flagged phrases', a.flags.length ? [] : ['Nothing flagged.'], flagItems(a)),
      section(
        'Follow-up questions an interviewer may ask',
        [],
        a.followUps.map((f) => `${f.question} (${f.why})`),
      ),
      section('Transcript', [
        transcript.noSpeech ? 'No speech was heard in this recording.' : transcript.text,
      ]),
    ],
  };
}

/** Escapes the characters Markdown would read as formatting in text that came from speech. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** The report as Markdown. */
export function reportToMarkdown(doc: ReportDoc): string {
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    ...doc.meta.map((m) => `- ${escapeMarkdown(m)}`),
  ];
  for (const s of doc.sections) {
    lines.push('', `## ${escapeMarkdown(s.heading)}`);
    for (const p of s.paragraphs) lines.push('', escapeMarkdown(p));
    if (s.items.length) lines.push('');
    s.items.forEach((item, i) =>
      lines.push(`${s.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
