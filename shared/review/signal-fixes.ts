import type { AnswerAnalysis, Summary } from '../analysis/types';
import { clock, pausePlace, per100, percent } from './format';

type Fix = Summary['fixes'][number];

/** `text` up to `max` characters, cut at a word boundary (never mid-word) with an ellipsis. */
const cut = (text: string, max = 90) => {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;.]+$/, '')}…`;
};

/** Fixes from the content signals (tradeoff, hero, balance, tangent, repetition) and the take's
 * history (memorized). */
function contentFixes(a: AnswerAnalysis): Fix[] {
  const c = a.signals.content;
  const out: Fix[] = [];
  const memorized = a.signals.memorized;
  if (memorized?.memorized)
    out.push({
      gap: 'memorized',
      title: 'Keep the structure, vary the sentences',
      detail: `${percent(memorized.repeatedShare)} of this take repeats an earlier take word for word: it will sound recited. Memorise the story's bullets, not its sentences.`,
      examples: memorized.stretch ? [cut(memorized.stretch.text)] : [],
    });
  if (!c) return out;
  if (c.collaboration.hero)
    out.push({
      gap: 'hero',
      title: 'Credit the people who helped',
      detail: `Only you act in a story that mentions others ${c.collaboration.othersMentioned} times. Name one partner and what they contributed; it shows judgement, not weakness.`,
      examples: [],
    });
  if (!c.tradeoff.statesTradeoff)
    out.push({
      gap: 'no-tradeoff',
      title: 'Say what you chose and what it cost',
      detail:
        'No choice is weighed. Name the option you turned down, why, and what your choice cost: "instead of X I chose Y because Z; the downside was ...".',
      examples: [],
    });
  if (c.balance.verdict === 'too-architecture')
    out.push({
      gap: 'too-architecture',
      title: 'Say what you decided, not only how the system works',
      detail: `${per100(c.balance.technicalPer100Words)} technical terms per 100 words, but only ${percent(c.balance.actionSentenceShare)} of sentences say what you did. Keep one sentence of architecture, then your decisions.`,
      examples: [],
    });
  if (c.balance.verdict === 'too-thin' && !a.answerFlags.some((f) => f.kind === 'too-shallow'))
    out.push({
      gap: 'too-thin',
      title: 'Add the engineering',
      detail: 'Almost no technical content: say what you built or changed, and how.',
      examples: [],
    });
  if (c.tangents.tangents.length)
    out.push({
      gap: 'tangent',
      title: 'Cut the tangent',
      detail: `${
        c.tangents.tangents.length === 1
          ? 'One stretch leaves the story: it shares'
          : `${c.tangents.tangents.length} stretches leave the story: they share`
      } nothing with the question or the rest of the answer. Every sentence should move the story on.`,
      examples: c.tangents.tangents.slice(0, 2).map((t) => cut(t.text)),
    });
  if (c.repetition.repetitive)
    out.push({
      gap: 'repetition',
      title: 'Vary the repeated phrases',
      detail: [
        ...c.repetition.repeatedPhrases.slice(0, 3).map((p) => `"${p.phrase}" ${p.count} times`),
        ...c.repetition.crutchWords.slice(0, 2).map((w) => `"${w.word}" ${w.count} times`),
      ].join(', '),
      examples: [],
    });
  return out;
}

/** Fixes from what the recording itself says: pace, pauses, volume, pitch. */
function deliveryFixes(a: AnswerAnalysis): Fix[] {
  const d = a.signals.delivery;
  if (!d) return [];
  const out: Fix[] = [];
  const costly = d.pauses.pauses.filter((p) => p.toFix);
  if (costly.length)
    out.push({
      gap: 'long-pauses',
      title: 'Close the pause before the payoff',
      detail: `${costly.map((p) => `${p.durationSec.toFixed(1)} s at ${clock(p.startSec)} ${pausePlace(p)}`).join('; ')}. Know your result and lesson cold so they come without a search.`,
      examples: [],
    });
  if (d.pitch.monotone)
    out.push({
      gap: 'monotone',
      title: 'Vary your pitch',
      detail: `Your pitch stays within ${d.pitch.spreadSemitones ?? 0} semitones for ${d.pitch.monotoneStretches.map((m) => `${clock(m.startSec)}–${clock(m.endSec)}`).join(', ')}. Lift the key words (the number, the decision).`,
      examples: [],
    });
  if (d.pace.stretches.length) {
    const s = d.pace.stretches[0];
    out.push({
      gap: 'pace',
      title: s.band === 'too-fast' ? 'Slow down' : 'Pick up the pace',
      detail: `${d.pace.stretches.map((x) => `${x.band.replace('-', ' ')} ${clock(x.startSec)}–${clock(x.endSec)}`).join(', ')} (comfortable: ${d.pace.minWordsPerMinute} to ${d.pace.maxWordsPerMinute} words a minute).`,
      examples: [],
    });
  }
  if (d.volume.tooQuiet)
    out.push({
      gap: 'too-quiet',
      title: 'Speak up or move closer to the microphone',
      detail: `Speech sits at ${d.volume.speechLevelDb} dBFS, under ${d.volume.quietBelowDb}.`,
      examples: [],
    });
  if (d.volume.clipping)
    out.push({
      gap: 'clipping',
      title: 'Lower the microphone gain',
      detail: `${percent(d.volume.clippedShare)} of speech hits full scale and distorts.`,
      examples: [],
    });
  if (d.volume.trailingOff)
    out.push({
      gap: 'trailing-off',
      title: 'Finish your sentences strongly',
      detail: `${d.volume.trailingSentences.length} of ${d.volume.sentencesJudged} sentences fade at the end (${d.volume.trailingDropDb} dB or more).`,
      examples: [],
    });
  return out;
}

/** Everything the signals add to the Fix-first list, in the order the review weighs them. */
export function signalFixes(a: AnswerAnalysis): Fix[] {
  return [...contentFixes(a), ...deliveryFixes(a)];
}
