import { FILLER_CLOSERS, FILLER_SOUNDS, PADDING_ANYWHERE, PADDING_OPENERS } from '../lists/fillers';
import { DETERMINERS } from '../lists/grammar';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Finding } from '../types';
import { spanFinding, type Rule } from './context';
import { isClauseStart, pauseAfter, sameSentence } from '../token-context';
import { isRestart, likeIsFiller, realCandour, youKnowIsFiller } from './filler-context';

const CLOSERS = phraseSet(FILLER_CLOSERS);
const UMM = 'Filler sound. A silent pause sounds more confident than "um": breathe instead.';

function find(ctx: Parameters<Rule['run']>[0]): Finding[] {
  const { doc } = ctx;
  const { tokens } = doc;
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '') continue;
    const closer = phraseAt(tokens, i, CLOSERS);
    if (closer) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          closer.last,
          'Trailing filler: it tells the listener you ran out of things to say.',
          'End on your result or lesson, then stop.',
        ),
      );
      i = closer.last - 1;
    } else if (FILLER_SOUNDS.has(t.norm)) {
      out.push(spanFinding(doc, 'filler', i, i + 1, UMM));
    } else if (t.norm === 'like' && likeIsFiller(tokens, i)) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          '"Like" used as a pause. Drop it; the sentence works without it.',
        ),
      );
    } else if (
      t.norm === 'you' &&
      tokens[i + 1]?.norm === 'know' &&
      sameSentence(tokens, i + 1, i) &&
      youKnowIsFiller(tokens, i)
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 2,
          '"You know" as a pause: the interviewer does not know yet, so tell them.',
        ),
      );
      i++;
    } else if (t.norm === 'i' && tokens[i + 1]?.norm === 'mean' && isRestart(tokens, i)) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 2,
          '"I mean" restarts the sentence. Say the point directly.',
        ),
      );
      i++;
    } else if (
      (PADDING_OPENERS.has(t.norm) &&
        (isClauseStart(tokens, i) || (pauseAfter(tokens[i - 1]) && pauseAfter(t))) &&
        !realCandour(tokens, i)) ||
      PADDING_ANYWHERE.has(t.norm)
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          `"${t.text}" adds nothing here. Start with the point.`,
        ),
      );
    } else if (
      t.norm === 'yeah' &&
      isClauseStart(tokens, i) &&
      // In a monologue nobody asked a yes-no question: an opening "yeah" is filler.
      (tokens[i + 1]?.norm === 'so' || pauseAfter(t) || i === 0 || tokens[i - 1].sent !== t.sent)
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          '"Yeah" as an opener is filler. Start with the first fact.',
        ),
      );
    } else if (
      t.norm === 'right' &&
      /\?/.test(t.post) &&
      !DETERMINERS.has(tokens[i - 1]?.norm ?? '')
    ) {
      out.push(
        spanFinding(
          doc,
          'filler',
          i,
          i + 1,
          'Tag question "right?" asks for approval. State it and move on.',
        ),
      );
    }
  }
  return out;
}

/** Filler words: hesitation sounds, pause "like", "you know", "I mean", "so yeah", padding openers. */
export const fillerRule: Rule = { kind: 'filler', run: find };
