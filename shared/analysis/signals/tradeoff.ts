import type { Doc } from '../doc';
import {
  CHOICE_VERBS,
  JUDGEMENT_WORDS,
  REASON_WORDS,
  STANCE_VERBS_PAST,
  TRADEOFF_CUES,
} from '../lists/content-cues';
import type { ContentSignals } from '../schema-content';

/** The cue whose words ("instead of", "rather than") also compare results and describe mistakes:
 * it counts only where the speaker or the team chose ("Instead of sharding I added a replica",
 * "I proposed an outbox instead of acks=all"). */
const INSTEAD_CUE = 'instead of / rather than';

/** Where the answer states a choice with its alternative, reason or cost: cue patterns per
 * sentence (lists/content-cues.ts), and by structure, the speaker's choice or stated position with
 * its reason ("Elasticsearch meant a new cluster, so I went with a trigram index", "I thought it
 * was too risky, because ..."). None is the "no tradeoff" signal. */
export function tradeoffSignal(doc: Doc): ContentSignals['tradeoff'] {
  const evidence: ContentSignals['tradeoff']['evidence'] = [];
  doc.sentences.forEach((s, k) => {
    const text = doc.text.slice(s.start, s.end);
    const lower = text.toLowerCase();
    const hit = TRADEOFF_CUES.find(
      (c) => c.pattern.test(lower) && (c.cue !== INSTEAD_CUE || speakerChoseInstead(doc, k)),
    );
    const cue = hit?.cue ?? choiceWithReason(doc, k);
    if (cue) evidence.push({ start: s.start, end: s.end, text, cue });
  });
  return { statesTradeoff: evidence.length > 0, evidence };
}

/** Statements of the speaker or the team that report a step taken: past tense, not a state, a
 * plan or a negation, not inside a relative clause. */
function speakerSteps(doc: Doc, sent: number) {
  return doc.statements.filter(
    (st) =>
      doc.tokens[st.subject].sent === sent &&
      !st.relative &&
      (st.actor === 'i' || st.actor === 'we') &&
      st.past &&
      // "I used per-tenant keys instead of deleting rows" is a choice, though "used" is a state.
      (st.sense === 'action' ||
        st.sense === 'interaction' ||
        CHOICE_VERBS.has(doc.tokens[st.verb].norm)),
  );
}

/** "instead of" / "rather than" said of a step the speaker or the team took in the same clause,
 * or opening a clause the speaker then completes ("Instead of sharding, I added ..."). A purpose
 * ("so we catch it instead of hearing it from users"), a lesson ("you should take dumps instead
 * of restarting") or a result ("9 s instead of 400 ms") has no such step. */
function speakerChoseInstead(doc: Doc, sent: number): boolean {
  const { tokens, unitOf } = doc;
  const { first, last } = doc.sentences[sent];
  const steps = speakerSteps(doc, sent);
  for (let k = first; k < last - 1; k++) {
    const pair = `${tokens[k].norm} ${tokens[k + 1].norm}`;
    if (pair !== 'instead of' && pair !== 'rather than') continue;
    if (
      steps.some(
        (st) =>
          (st.subject < k && unitOf[st.subject] === unitOf[k]) ||
          (st.subject > k && st.subject - k <= 12),
      )
    )
      return true;
  }
  return false;
}

/** A choice verb of the speaker or team ("went with", "decided against", "kept", "cut") or the
 * speaker's stated position ("I thought it was too risky") with a reason or a cost in the same
 * sentence ("because", "meant", "but"). */
function choiceWithReason(doc: Doc, sent: number): string | undefined {
  const { tokens } = doc;
  const { first, last } = doc.sentences[sent];
  // The reason sits near the choice: a run-on transcript can be one "sentence" long.
  const reasonNear = (k: number) => {
    for (let j = Math.max(first, k - REASON_SPAN); j < Math.min(last, k + REASON_SPAN); j++)
      if (REASON_WORDS.has(tokens[j].norm)) return true;
    return false;
  };
  // "I thought it was too risky" judges a path; "I thought it was the load balancer" guesses.
  const judged = (k: number) => {
    for (let j = k + 1; j < Math.min(last, k + 8); j++)
      if (JUDGEMENT_WORDS.has(tokens[j].norm)) return true;
    return false;
  };
  for (const st of doc.statements) {
    if (tokens[st.subject].sent !== sent) continue;
    if (st.actor !== 'i' && st.actor !== 'we') continue;
    const verb = tokens[st.verb].norm;
    // "we kept tuning it" goes on doing; "we kept RabbitMQ" chooses.
    const goesOn = tokens[st.verb + 1]?.tags.has('Gerund') ?? false;
    // "The part I refused to cut was ...": a choice may sit in a relative clause.
    if (CHOICE_VERBS.has(verb) && st.past && !goesOn && reasonNear(st.verb))
      return 'chose ... because';
    if (
      st.actor === 'i' &&
      !st.relative &&
      STANCE_VERBS_PAST.has(verb) &&
      judged(st.verb) &&
      reasonNear(st.verb)
    )
      return 'position with its reason';
  }
  return undefined;
}

/** Tokens either side of a choice within which its reason or cost must be said. */
const REASON_SPAN = 20;
