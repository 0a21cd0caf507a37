import { OUTCOME_VERBS } from '../lists/star-cues';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { DISCUSSIONS, MILESTONES, REPORTING, SUBORDINATORS } from '../lists/we-ownership';
import type { Token } from '../tokens';

/** A date right after a verb: "on the twenty-ninth of November", "on March 24", "the date". */
function datedAfter(tokens: readonly Token[], from: number): boolean {
  const near = tokens.slice(from, from + 6).filter((t) => t.sent === tokens[from - 1]?.sent);
  const on = near.findIndex((t) => t.norm === 'on');
  return near.some(
    (t, k) =>
      ((t.tags.has('Month') || t.tags.has('WeekDay')) && k < 4) ||
      (t.tags.has('Ordinal') && on >= 0 && k > on && k - on <= 3) ||
      (['date', 'deadline'].includes(t.norm) && near[k - 1]?.norm === 'the' && k < 3),
  );
}

/** A "we" right after the speaker's own action (within this many sentences) reads as "we, with me". */
const AFTER_I_SENTENCES = 1;
/** ... and within this many words of it. */
const AFTER_I_WORDS = 50;
const REASON = '"We" for a key action: the interviewer cannot tell what you did yourself.';
const SUGGEST =
  'Say what you did: "I decided ...", "I wrote ...". Keep "we" for the shared result.';

/** "We decided", "we built", "we rolled back" in the action part of the answer, when the speaker has
 * not just said what they did themselves. "We" in the situation ("we had a service"), in results
 * with numbers ("we handled 3x the traffic") and talking verbs ("we agreed") are left alone. */
function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  let lastActor: 'i' | 'we' | 'other' | null = null;
  let lastISentence = -Infinity;
  let lastIToken = -Infinity;
  for (const s of doc.statements) {
    const sent = tokens[s.subject].sent;
    const acts = s.sense === 'action' || s.sense === 'interaction';
    // "the first thing I did was ...": a relative clause still tells what the speaker did.
    if (s.relative && s.actor !== 'i') continue;
    if (s.actor === 'i') {
      if (acts) {
        lastActor = 'i';
        lastISentence = sent;
        lastIToken = s.subject;
      }
      continue;
    }
    // "When marketing launched a sale, ...": a background clause does not change who is acting.
    if (s.actor === 'other' && SUBORDINATORS.has(tokens[s.subject - 1]?.norm ?? '')) continue;
    if (s.actor === 'other') {
      if (s.sense === 'action') lastActor = 'other';
      continue;
    }
    // "we ended up shipping it", "we ended up going with passwords": the step is the gerund.
    const endedUp =
      tokens[s.verb].tags.has('Gerund') &&
      tokens[s.verb - 1]?.norm === 'up' &&
      tokens[s.verb - 2]?.norm === 'ended';
    if (s.sense !== 'action' && !endedUp) continue;
    const part = unitParts[doc.unitOf[s.subject]];
    // Within a sentence or the next, and within a few dozen words: a transcript without stops is one
    // sentence, and an "I" at its start does not cover every "we" after it.
    const afterI =
      lastActor === 'i' &&
      sent - lastISentence <= AFTER_I_SENTENCES &&
      s.subject - lastIToken <= AFTER_I_WORDS;
    lastActor = 'we';
    // The setup is the opening of the answer: a past "we + verb of doing" after the first third is
    // a step even where the part reader kept the scene going.
    const u = doc.unitOf[s.subject];
    const lateScene = part === 'situation' && u / Math.max(1, doc.units.length - 1) > 0.3;
    if (!s.past || afterI || (part !== 'action' && part !== 'result' && !lateScene)) continue;
    // "the root cause was that we partitioned by ...", "because we deployed ...": explanation, not a step.
    const before = tokens[s.subject - 1];
    // "after that we added": a time, not a subordinate clause.
    const time =
      before?.norm === 'that' && ['after', 'before'].includes(tokens[s.subject - 2]?.norm);
    if (
      !time &&
      before?.sent === sent &&
      (SUBORDINATORS.has(before.norm) || (REPORTING.has(before.norm) && !/[,;:]/.test(before.post)))
    )
      continue;
    if (
      // The clause, not the sentence: a transcript without stops is one long sentence with a
      // number somewhere in it.
      doc.unitHasMetric[doc.unitOf[s.subject]] &&
      (part === 'result' || OUTCOME_VERBS.has(tokens[s.verb].norm))
    )
      continue;
    if (DISCUSSIONS.some((p) => p.split(' ').every((w, j) => tokens[s.verb + j]?.norm === w)))
      continue;
    if (MILESTONES.has(tokens[s.verb].norm) && datedAfter(tokens, s.verb + 1)) continue;
    out.push(spanFinding(doc, 'we-ownership', s.subject, s.end, REASON, SUGGEST));
  }
  return out;
}

/** Team "we" where the speaker's own part is unclear. */
export const weOwnershipRule: Rule = { kind: 'we-ownership', run: find };
