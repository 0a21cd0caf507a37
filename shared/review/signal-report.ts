import type { AnswerAnalysis } from '../analysis/types';
import { clock, pausePlace, per100, percent, plural } from './format';

/** The delivery and content signals as report lines (Markdown export and printed page). */
export function signalReportItems(a: AnswerAnalysis): string[] {
  const { content: c, delivery: d, memorized: m } = a.signals;
  const out: string[] = [];
  if (d) {
    const stretches = d.pace.stretches.map(
      (s) => `${s.band.replace('-', ' ')} ${clock(s.startSec)}–${clock(s.endSec)}`,
    );
    out.push(
      `Pace per 10 s: ${d.pace.windows.map((w) => w.wordsPerMinute).join(', ')} words a minute${stretches.length ? ` (${stretches.join(', ')})` : ''}.`,
      d.pauses.pauses.length
        ? `Pauses over ${d.pauses.thresholdSec} s: ${d.pauses.pauses.map((p) => `${p.durationSec.toFixed(1)} s at ${clock(p.startSec)}${p.beforePart ? ` ${pausePlace(p)}` : ''}`).join('; ')}.`
        : `No pause over ${d.pauses.thresholdSec} s.`,
      `Volume: ${d.volume.speechLevelDb === null ? 'no speech heard' : `${Math.round(d.volume.speechLevelDb)} dBFS`}${d.volume.tooQuiet ? ', too quiet' : ''}${d.volume.clipping ? ', clipping' : ''}${d.volume.trailingOff ? ', trailing off at sentence ends' : ''}.`,
      d.pitch.medianHz === null
        ? 'Pitch: too little voiced speech to judge.'
        : `Pitch: around ${Math.round(d.pitch.medianHz)} Hz, spread ${d.pitch.spreadSemitones} semitones${d.pitch.monotone ? ', monotone' : ''}.`,
    );
  }
  if (c) {
    out.push(
      c.tradeoff.statesTradeoff
        ? `Tradeoffs: ${plural(c.tradeoff.evidence.length, 'choice')} weighed.`
        : 'Tradeoffs: none stated.',
      c.collaboration.hero
        ? 'Collaboration: only you act (a hero story).'
        : `Collaboration: ${plural(c.collaboration.partners.length, 'partner')} credited.`,
      `Engineering and behaviour: ${c.balance.verdict.replace('-', ' ')} (${per100(c.balance.technicalPer100Words)} technical terms per 100 words, ${percent(c.balance.actionSentenceShare)} of sentences with your actions).`,
      `Tangents: ${c.tangents.tangents.length}.`,
      c.repetition.repeatedPhrases.length
        ? `Repeated: ${c.repetition.repeatedPhrases.map((p) => `"${p.phrase}" ${p.count} times`).join(', ')}.`
        : 'Repeated phrases: none.',
    );
  }
  if (m && m.comparedTakes > 0)
    out.push(
      `Word for word from an earlier take: ${percent(m.repeatedShare)}${m.memorized ? ' (sounds memorized: keep the structure, vary the sentences)' : ''}.`,
    );
  return out;
}
