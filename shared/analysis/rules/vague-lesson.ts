import type { Doc } from '../doc';
import { MODALS } from '../lists/grammar';
import { LEARNING_CUES } from '../lists/star-cues';
import { phraseAt, phraseSet } from '../phrase-match';

const LESSONS = phraseSet(LEARNING_CUES);
/** Words past which a sentence is a run-on (as in vague-measure.ts). */
const RUN_ON = 60;
/** Past forms of linking verbs the tagger may leave untagged. */
const PAST_LINKS = new Set(['was', 'were', 'got', 'went', 'became', 'felt', 'seemed', 'looked']);

/** True when tokens [first, last), which the parts put in the learning part, are still told as
 * what happened: a past verb in the sentence up to them, and no lesson cue or modal before them
 * ("we hit some problems", "the merch team was way happier too, what I learned is ..."). "Next
 * time it goes better when ..." and "we wouldn't have had to redo it" are lessons. */
export function toldAsPast(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const s = doc.sentences[tokens[first].sent];
  // In a long run-on only the outcome's own clause and the one before it speak for it: a modal
  // twenty words back ("I would say a few hours, and ...") does not make it a lesson.
  const unit = doc.unitOf[first];
  const from =
    s.last - s.first > RUN_ON ? Math.max(s.first, doc.units[Math.max(0, unit - 1)].first) : s.first;
  let past = false;
  for (let k = from; k < last; k++) {
    if (k < first && (phraseAt(tokens, k, LESSONS) || MODALS.has(tokens[k].norm))) return false;
    if (tokens[k].tags.has('PastTense') || PAST_LINKS.has(tokens[k].norm)) past = true;
  }
  // "The export's a good deal quicker now": a state compared with before, told in the present
  // right after the steps, is still the result.
  return past || nowAfter(doc, last);
}

/** True when "now" or "these days" closes the claim ending at last. */
function nowAfter(doc: Doc, last: number): boolean {
  const t = doc.tokens[last];
  if (!t || t.sent !== doc.tokens[last - 1]?.sent) return false;
  return t.norm === 'now' || (t.norm === 'these' && doc.tokens[last + 1]?.norm === 'days');
}
