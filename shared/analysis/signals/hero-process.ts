// Whether the work went through a process with other people (review, approval, pairing, a
// postmortem held together): such a story is not the speaker's alone, so it blocks the hero signal.
import type { Doc } from '../doc';
import { OTHERS_WORDS } from '../lists/content-cues';
import { OTHER_PARTY_WORDS, PARTY_HEADS } from '../lists/blame';
import {
  APPROVAL_VERBS,
  APPROVAL_WORDS,
  NOT_PROCESS_BEFORE_REVIEW,
  NOT_REVIEW_PARTICLES,
  POSTMORTEM_WITH,
  POSTMORTEM_WORDS,
  PROCESS_NEGATORS,
  PROCESS_PHRASES,
  PROCESS_WORDS,
  REVIEW_PHRASAL,
  REVIEW_VERBS,
} from '../lists/hero';
import { NAME_TAGS } from './partner-cues';

/** A negator this many words before a process word denies it ("they don't really do change review"). */
const NEGATOR_WINDOW = 5;
/** How far back the subject of a verb of checking is looked for ("the DBA on call double-checked"). */
const REVIEWER_SPAN = 4;

/** A process the work went through with other people: a review, an approval or sign-off, pairing,
 * a change board, a postmortem held together; not one denied ("pushed it without review"). */
export function processAppears(doc: Doc): boolean {
  const { tokens } = doc;
  const denied = (i: number) => {
    for (
      let k = i - 1;
      k >= Math.max(0, i - NEGATOR_WINDOW) && tokens[k].sent === tokens[i].sent;
      k--
    )
      if (PROCESS_NEGATORS.has(tokens[k].norm)) return true;
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.sent === tokens[i].sent ? tokens[i + 1].norm : '';
    const phrase = PROCESS_PHRASES.some(([a, b]) => a === w && b === next);
    let held = false;
    if (POSTMORTEM_WORDS.has(w)) {
      // Held together: "we", "with", "blameless" in the same sentence.
      const sent = tokens[i].sent;
      for (let k = i - 1; k >= 0 && tokens[k].sent === sent && !held; k--)
        held = POSTMORTEM_WITH.has(tokens[k].norm);
      for (let k = i + 1; k < tokens.length && tokens[k].sent === sent && !held; k++)
        held = POSTMORTEM_WITH.has(tokens[k].norm);
    }
    // "angry reviews" from customers are no process.
    const customers = /^review/.test(w) && NOT_PROCESS_BEFORE_REVIEW.has(tokens[i - 1]?.norm ?? '');
    if (((PROCESS_WORDS.has(w) && !customers) || phrase || held) && !denied(i)) return true;
  }
  // "the DBA on call double-checked the build", "Sam looked over the PR": another party checks
  // the work (the subject, looked for a few words back, is a person or a role, not I or we).
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.sent === tokens[i].sent ? tokens[i + 1].norm : '';
    if (!REVIEW_VERBS.has(w) && !REVIEW_PHRASAL.some(([a, b]) => a === w && b === next)) continue;
    // "the sales guy checked in on me" asks after the work; it does not check it.
    if (denied(i) || (REVIEW_VERBS.has(w) && NOT_REVIEW_PARTICLES.has(next))) continue;
    for (
      let k = i - 1;
      k >= Math.max(0, i - REVIEWER_SPAN) && tokens[k].sent === tokens[i].sent;
      k--
    ) {
      const t = tokens[k];
      if (/^(i|we|it|this|that|which)$/.test(t.norm)) break;
      if (
        OTHERS_WORDS.has(t.norm) ||
        OTHER_PARTY_WORDS.has(t.norm) ||
        PARTY_HEADS.has(t.norm) ||
        NAME_TAGS.some((tag) => t.tags.has(tag))
      )
        return true;
    }
  }
  // "He agreed", "my manager said okay": another party's go-ahead.
  return doc.statements.some((s) => {
    if (s.actor !== 'other' || s.relative) return false;
    const v = tokens[s.verb].norm;
    const after = tokens[s.verb + 1];
    return (
      APPROVAL_VERBS.has(v) ||
      (v === 'said' && after?.sent === tokens[s.verb].sent && APPROVAL_WORDS.has(after.norm))
    );
  });
}
