import type { Doc } from '../doc';
import {
  CHOICE_VERBS,
  JUDGEMENT_WORDS,
  REASON_WORDS,
  STANCE_VERBS_PAST,
  TRADEOFF_CUES,
} from '../lists/content-cues';
import type { ContentSignals } from '../schema-content';

/** The cue whose words ("instead of", "rather than") also give advice, purposes and results. */
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
      (c) => c.pattern.test(lower) && (c.cue !== INSTEAD_CUE || choseInstead(doc, k)),
    );
    const cue = hit?.cue ?? choiceWithReason(doc, k);
    if (cue) evidence.push({ start: s.start, end: s.end, text, cue });
  });
  return { statesTradeoff: evidence.length > 0, evidence };
}

/** "instead of" / "rather than" is a choice unless its clause is advice ("you should take dumps
 * instead of restarting"), a purpose ("so we catch it ourselves instead of hearing it from users")
 * or a result against the usual ("sat at 9 s instead of the usual 400 ms"). */
function choseInstead(doc: Doc, sent: number): boolean {
  const { tokens, unitOf, units } = doc;
  const { first, last } = doc.sentences[sent];
  for (let k = first; k < last - 1; k++) {
    const pair = `${tokens[k].norm} ${tokens[k + 1].norm}`;
    if (pair !== 'instead of' && pair !== 'rather than') continue;
    if (/^(usual|normal|expected)$/.test(tokens[k + 3]?.norm ?? '')) continue;
    const from = units[unitOf[k]].first;
    let notAChoice = false;
    for (let j = from; j < k; j++) {
      const t = tokens[j];
      // Advice to a listener, or a lesson's "should".
      if (t.norm === 'you' || t.norm === 'should') notAChoice = true;
      // A purpose: "so (that) we catch it", "so a client gets throttled": the first verb after
      // "so" is in the present.
      if (t.norm === 'so') {
        const verb = tokens
          .slice(j + 1, k)
          .find((v) => v.tags.has('Verb') && !v.tags.has('Gerund'));
        if (verb && verb.tags.has('PresentTense') && !verb.tags.has('PastTense')) notAChoice = true;
      }
      if (doc.statementAt.get(j)?.sense === 'negated') notAChoice = true;
    }
    if (!notAChoice) return true;
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
