import { memo } from 'react';
import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { clock, pausePlace, per100, percent, plural } from '../ui/format';
import { SignalCard } from './SignalCard';
import './delivery-signals.css';

const Quotes = (props: { items: { start: number; text: string }[] }) =>
  props.items.length ? (
    <ul className="signal-quotes">
      {props.items.slice(0, 2).map((q) => (
        <li key={q.start}>
          <q>{q.text}</q>
        </li>
      ))}
    </ul>
  ) : null;

/** What the words showed (tradeoffs, collaboration, balance, tangents, repetition, sounding
 * memorized) and how it sounded (pace, pauses, volume, pitch), each with its number. */
export const ContentSignals = memo(function ContentSignals(props: { analysis: AnswerAnalysis }) {
  const { content: c, delivery: d, memorized: m } = props.analysis.signals;
  if (!c && !d) return null;
  const flat = d?.pitch.monotoneStretches
    .map((s) => `${clock(s.startSec)}–${clock(s.endSec)}`)
    .join(', ');
  return (
    <section className="signals content-signals" aria-labelledby="content-signals-title">
      <h2 id="content-signals-title" className="section-title">
        What it showed and how it sounded
      </h2>
      <div className="signal-grid">
        {c && (
          <>
            <SignalCard
              id="tradeoff"
              title="Decisions and tradeoffs"
              figure={
                <b>
                  {c.tradeoff.statesTradeoff
                    ? plural(c.tradeoff.evidence.length, 'choice')
                    : 'None'}
                </b>
              }
              tone={c.tradeoff.statesTradeoff ? 'good' : 'warn'}
              status={
                c.tradeoff.statesTradeoff
                  ? 'You weigh options and say why:'
                  : 'No tradeoff: say what you turned down, why, and what your choice cost.'
              }
            >
              <Quotes items={c.tradeoff.evidence} />
            </SignalCard>
            <SignalCard
              id="collaboration"
              title="Collaboration"
              figure={
                <b>
                  {c.collaboration.hero
                    ? 'Only you act'
                    : plural(c.collaboration.partners.length, 'partner')}
                </b>
              }
              tone={c.collaboration.hero ? 'warn' : 'good'}
              status={
                c.collaboration.hero
                  ? 'A hero story: name who helped and what they did.'
                  : c.collaboration.creditsPartners
                    ? 'Partners credited with their part:'
                    : 'No one else is named; fine for a solo story.'
              }
            >
              <Quotes items={c.collaboration.partners} />
            </SignalCard>
            <SignalCard
              id="balance"
              title="Engineering and behaviour"
              figure={
                <>
                  <b>{per100(c.balance.technicalPer100Words)}</b> terms / 100 words ·{' '}
                  {/* Sentences, not words: not the STAR-L Action share, which counts words. */}
                  <b>{percent(c.balance.actionSentenceShare)}</b> action sentences
                </>
              }
              tone={c.balance.verdict === 'balanced' ? 'good' : 'warn'}
              status={
                c.balance.verdict === 'too-architecture'
                  ? 'Too much architecture: say what you decided and did.'
                  : c.balance.verdict === 'too-thin'
                    ? 'Too thin technically: add what you built and how.'
                    : 'A balance of engineering and your own actions.'
              }
            />
            <SignalCard
              id="tangents"
              title="Tangents"
              figure={<b>{c.tangents.tangents.length}</b>}
              tone={c.tangents.tangents.length ? 'warn' : 'good'}
              status={
                c.tangents.tangents.length
                  ? 'Off the story; cut:'
                  : 'Every sentence stays on the story.'
              }
            >
              <Quotes items={c.tangents.tangents} />
            </SignalCard>
            <SignalCard
              id="repetition"
              title="Repetition"
              figure={<b>{plural(c.repetition.repeatedPhrases.length, 'phrase')}</b>}
              tone={c.repetition.repetitive ? 'warn' : 'good'}
              status={
                c.repetition.repetitive
                  ? 'Said again and again:'
                  : c.repetition.repeatedPhrases.length
                    ? 'Repeated, but not enough to stand out:'
                    : 'No phrase said over and over.'
              }
            >
              {c.repetition.repeatedPhrases.length > 0 && (
                <p className="term-list">
                  {c.repetition.repeatedPhrases
                    .slice(0, 4)
                    .map((p) => `“${p.phrase}” ×${p.count}`)
                    .join(' · ')}
                </p>
              )}
              {/* Crutch words are their own list, without the phrases already shown above. */}
              {crutchWords(c.repetition).length > 0 && (
                <p className="term-list">
                  Crutch words:{' '}
                  {crutchWords(c.repetition)
                    .slice(0, 4)
                    .map((w) => `${w.word} ×${w.count}`)
                    .join(' · ')}
                </p>
              )}
            </SignalCard>
          </>
        )}
        {m && m.comparedTakes > 0 && (
          <SignalCard
            id="memorized"
            title="Sounding memorized"
            figure={<b>{percent(m.repeatedShare)}</b>}
            tone={m.memorized ? 'warn' : 'good'}
            status={
              m.memorized
                ? 'Word for word from an earlier take: keep the structure, vary the sentences.'
                : `Told afresh (compared with ${plural(m.comparedTakes, 'earlier take')}).`
            }
          >
            {m.memorized && m.stretch && <Quotes items={[m.stretch]} />}
          </SignalCard>
        )}
        {d && (
          <>
            <SignalCard
              id="pauses"
              title="Pauses"
              figure={<b>{plural(d.pauses.pauses.length, 'long pause')}</b>}
              tone={d.pauses.pauses.some((p) => p.toFix) ? 'warn' : 'good'}
              status={
                d.pauses.pauses.length
                  ? d.pauses.pauses
                      .map(
                        (p) =>
                          `${p.durationSec.toFixed(1)} s at ${clock(p.startSec)}${p.beforePart ? ` ${pausePlace(p)}` : ''}`,
                      )
                      .join('; ')
                  : `No silence over ${d.pauses.thresholdSec} s.`
              }
            />
            <SignalCard
              id="volume"
              title="Volume"
              figure={
                <b>
                  {d.volume.speechLevelDb === null
                    ? '–'
                    : `${Math.round(d.volume.speechLevelDb)} dBFS`}
                </b>
              }
              tone={
                d.volume.tooQuiet || d.volume.clipping || d.volume.trailingOff ? 'warn' : 'good'
              }
              status={
                d.volume.tooQuiet
                  ? 'Too quiet: speak up or move closer.'
                  : d.volume.clipping
                    ? `Clipping in ${percent(d.volume.clippedShare)} of speech: lower the gain.`
                    : d.volume.trailingOff
                      ? `${d.volume.trailingSentences.length} of ${d.volume.sentencesJudged} sentences trail off.`
                      : 'Clear and steady.'
              }
            />
            <SignalCard
              id="pitch"
              title="Pitch"
              figure={
                <>
                  <b>{d.pitch.spreadSemitones ?? '–'}</b> semitones
                </>
              }
              tone={d.pitch.monotone ? 'warn' : 'good'}
              status={
                d.pitch.medianHz === null
                  ? 'Too little voiced speech to judge.'
                  : d.pitch.monotone
                    ? `Monotone around ${Math.round(d.pitch.medianHz)} Hz: lift the key words.`
                    : `Varied around ${Math.round(d.pitch.medianHz)} Hz${flat ? `; flat ${flat}` : ''}.`
              }
            />
          </>
        )}
      </div>
    </section>
  );
});

/** Crutch words not already listed as a repeated phrase ("you know" shows once, not twice). */
function crutchWords(r: {
  repeatedPhrases: { phrase: string }[];
  crutchWords: { word: string; count: number }[];
}) {
  const phrases = new Set(r.repeatedPhrases.map((p) => p.phrase.toLowerCase()));
  return r.crutchWords.filter((w) => !phrases.has(w.word.toLowerCase()));
}
