import type { Doc } from '../doc';
import {
  ADVICE_WORDS,
  ALTERNATIVE_WORDS,
  CHOICE_BEFORE_FOR,
  CHOICE_VERBS,
  DESIGN_CHANGE_VERBS,
  DISCOVERY_VERBS,
  DISSENT_VERBS,
  EMPTY_REASON_WORDS,
  FASHION_REASONS,
  SO_CHOICE_VERBS,
  LOOKING_BACK,
  MISTAKE_WORDS,
  NOT_CHOSEN,
  UNNAMED_OBJECTS,
  NOT_A_CHOICE_PARTICLES,
  REJECTING,
  RIVAL_WANTS,
  OPTIONS_NAMED,
  PATH_NOUNS,
  PATH_VERDICTS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  JUDGEMENT_WORDS,
  REASON_WORDS,
  STANCE_VERBS_PAST,
  TRADEOFF_CUES,
} from '../lists/content-cues';
import { PEOPLE_HEADS } from '../lists/hero';
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
    // A point inside a number or a name ("patching 3.0 locally", "raised max.poll.interval, but")
    // ends no clause for the cue patterns.
    const lower = text.toLowerCase().replace(INNER_POINT, '$1,$2');
    let how = false as Chooser;
    const hit = TRADEOFF_CUES.find(
      (c) =>
        c.pattern.test(lower) &&
        (c.cue !== INSTEAD_CUE || (how = choseInstead(doc, k)) !== false) &&
        (c.cue !== OPTIONS_CUE || OPTIONS_NAMED.test(lower)) &&
        (!REASONED_CUES.has(c.cue) || !emptyReasons(doc, k)),
    );
    const cue =
      (hit?.cue === INSTEAD_CUE && how === 'design' ? DESIGN_CUE : hit?.cue) ??
      choiceWithReason(doc, k) ??
      cutThenKept(doc, k, lower);
    if (cue) evidence.push({ start: s.start, end: s.end, text, cue });
  });
  return { statesTradeoff: evidence.length > 0, evidence };
}

/** Scope given up in one sentence and kept in the next (terse answers split them): "We cut saved
 * cards and gift cards. We kept guest checkout and Apple Pay." */
function cutThenKept(doc: Doc, k: number, lower: string): string | undefined {
  if (k === 0) return undefined;
  const s = doc.sentences[k - 1];
  const prev = doc.text.slice(s.start, s.end).toLowerCase();
  const pair =
    (SCOPE_CUT.test(prev) && SCOPE_KEPT.test(lower)) ||
    (SCOPE_KEPT.test(prev) && SCOPE_CUT.test(lower));
  return pair ? 'cut X, kept Y' : undefined;
}

/** The speaker or the team cutting a named part (not "cut it down", "cut costs by 30%"). */
const SCOPE_CUT =
  /\b(i|we) (cut|dropped|skipped|deferred|descoped|shelved)\b(?! (it|that|this|them|down|back|over|off|into|through|out|costs?|latency|the (bill|latency|time|cost)|\w+ (by|from|to) \d))/;
/** The speaker or the team keeping a named part (not "kept going", "kept an eye on it"). */
const SCOPE_KEPT =
  /\b(i|we) kept\b(?! \w+ing\b)(?! (it|them|that|this|an eye|track|on|up|at|in touch|pushing|asking)\b)/;

/** A design changed with the thing as its subject ("autoscaling was keyed on concurrency rather
 * than CPU"): a choice stated, but no sentence where the speaker acts (balance reads it so). */
export const DESIGN_CUE = 'design changed instead of';

/** Who makes an "instead of" a choice: a party acting ('agent'), the design itself ('design'), or
 * nobody (false). */
type Chooser = false | 'agent' | 'design';

/** A point inside a number or an identifier ("3.0", "max.poll.interval"), which ends no clause. */
const INNER_POINT = /(\w)\.(\w)/g;

/** Options counted only when named or weighed ("we evaluated a few options and went with X" is
 * neither). */
const OPTIONS_CUE = 'options';
/** Cues that stand on a "because": no choice is stated when every reason is empty. */
const REASONED_CUES: ReadonlySet<string> = new Set(['chose ... because', 'X first because']);

/** Every "because" / "since" in the sentence only restates importance ("because it was the most
 * important thing", "because it felt more important"): the choice is stated with no reason. */
function emptyReasons(doc: Doc, sent: number): boolean {
  const { tokens } = doc;
  const { first, last } = doc.sentences[sent];
  let reasons = 0;
  for (let j = first; j < last; j++) {
    if (!/^(because|since)$/.test(tokens[j].norm)) continue;
    reasons++;
    if (fashionReason(doc, j + 1, last)) continue;
    let k = j + 1;
    while (k < last && EMPTY_REASON_WORDS.has(tokens[k].norm) && !/[,;:]/.test(tokens[k - 1].post))
      k++;
    // The reason ends where its clause does: the sentence, a comma or "and".
    const ends = k >= last || /[,;:]/.test(tokens[k - 1].post) || tokens[k].norm === 'and';
    if (!ends || k === j + 1) return false;
  }
  return reasons > 0;
}

/** The reason clause from `from` (to a comma or the sentence end) appeals only to fashion:
 * "because it's like the best practices option", "because best practices say ...". */
function fashionReason(doc: Doc, from: number, last: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < last - 1; j++) {
    if (FASHION_REASONS.has(`${tokens[j].norm} ${tokens[j + 1].norm}`)) return true;
    if (/[,;:]/.test(tokens[j].post)) return false;
  }
  return false;
}

/** "instead of" / "rather than" is a choice unless its clause is advice ("you should take dumps
 * instead of restarting"), a plan for next time ("next time I'd ask on day one instead of day
 * four"), a purpose ("so we catch it ourselves instead of hearing it from users"), a result
 * against the usual ("sat at 9 s instead of the usual 400 ms"), what a thing did ("the client was
 * opening a channel per request instead of reusing one": nobody chose) or a mistake ("the mistake
 * was, I filtered on X instead of Y"). */
function choseInstead(doc: Doc, sent: number): Chooser {
  const { tokens, unitOf, units } = doc;
  const { first, last } = doc.sentences[sent];
  for (let k = first; k < last - 1; k++) {
    const pair = `${tokens[k].norm} ${tokens[k + 1].norm}`;
    if (pair !== 'instead of' && pair !== 'rather than') continue;
    // The mistake is told before the alternative or in its own clause ("the mistake was, I
    // filtered on X instead of Y"); one told of a later clause ("..., and I set the TTL to a day,
    // which was my mistake") leaves the choice a choice.
    const clauseEnd = units[unitOf[k]].last;
    let mistake = false;
    for (let j = first; j < Math.min(last, clauseEnd); j++)
      if (MISTAKE_WORDS.has(tokens[j].norm)) mistake = true;
    if (mistake) continue;
    if (/^(usual|normal|expected)$/.test(tokens[k + 3]?.norm ?? '')) continue;
    // "..., so instead of patching the join I reran the job": after a clause opener, "instead of"
    // opens its own clause, and what comes before it ("I didn't want to ...") is its reason.
    const opener = k > 0 && CLAUSE_OPENERS.has(tokens[k - 1].norm);
    const from = opener ? k - 1 : units[unitOf[k]].first;
    let notAChoice = false;
    let purpose = false;
    // Somebody acts in the clause before it, or it opens the clause ("Instead of X, I ...").
    let agent = k - from <= 2;
    for (let j = from; j < k; j++) {
      const t = tokens[j];
      // Advice to a listener, or a lesson's "should" / "need to".
      if (ADVICE_WORDS.has(t.norm)) notAChoice = true;
      if (t.norm === 'next' && tokens[j + 1]?.norm === 'time') notAChoice = true;
      const st = doc.statementAt.get(j);
      // A person acts ("the client was opening a channel" names a program, not a party; "Nadia
      // from the SRE team suggested alerting on lag instead of errors" is a colleague's choice).
      if (st && (st.actor !== 'other' || PERSON_PRONOUNS.has(t.norm) || isPerson(t))) agent = true;
      // (A person the statements missed: "Nadia from the SRE team suggested ...".)
      if (isPerson(t) && tokens.slice(j + 1, k).some((v) => v.tags.has('PastTense'))) agent = true;
      // "I'd ask for the contracts on day one instead of": a plan, not a choice made ("the thing
      // I'd repeat is ..." looks back at one).
      if (
        st &&
        (st.actor === 'i' || st.actor === 'we') &&
        !st.relative &&
        tokens[st.verb].norm === 'would' &&
        !LOOKING_BACK.has(tokens[st.verb + 1]?.norm ?? '')
      )
        notAChoice = true;
      // A purpose: "so (that) we catch it", "so a client gets throttled": the first verb after
      // "so" is in the present.
      if (t.norm === 'so') {
        const verb = tokens
          .slice(j + 1, k)
          .find((v) => v.tags.has('Verb') && !v.tags.has('Gerund'));
        if (verb && verb.tags.has('PresentTense') && !verb.tags.has('PastTense')) purpose = true;
      }
      if (st?.sense === 'negated') notAChoice = true;
      // "I read the code and found the swap ran on a timer instead of after the load": a finding.
      if (DISCOVERY_VERBS.has(t.norm) && t.tags.has('Verb')) notAChoice = true;
      // "we redid it with gh-ost, which copies the table instead of locking it": how a tool works.
      // (Not a "which" clause closed before it: "..., which makes every write an upsert, and
      // instead of a full reindex, I wrote ...".)
      if (
        t.norm === 'which' &&
        tokens[j + 1]?.tags.has('PresentTense') &&
        !tokens.slice(j + 1, k).some((v) => /,/.test(v.post))
      )
        notAChoice = true;
    }
    if (!agent) agent = designBehaviour(doc, from, k) || impliedSpeaker(doc, from, sent);
    const design = !agent && designChange(doc, from, k);
    // "I designed it so the SDK pulls the rules and evaluates locally instead of calling the
    // service, because a hop per request ...": a design with its reason, not a purpose.
    if (purpose && !notAChoice && reasonAfter(doc, k + 2, last)) purpose = false;
    if ((agent || design) && !notAChoice && !purpose) return agent ? 'agent' : 'design';
  }
  return false;
}

/** Words that open a clause right before "instead of" / "rather than". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then']);

/** The clause tells a design changed with the thing as its subject: "the rules engine was moved
 * to a precomputed table, so the request path became a key lookup instead of ...", "autoscaling
 * was keyed on request concurrency rather than CPU". */
function designChange(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < k; j++) {
    const t = tokens[j];
    if (!DESIGN_CHANGE_VERBS.has(t.norm) || t.tags.has('Noun')) continue;
    if (t.norm === 'became' || /^(to|on|from|into)$/.test(tokens[j + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** A reason follows the alternative: "because", "since", or what it "would have" done. */
function reasonAfter(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const w = tokens[j].norm;
    if (w === 'because' || w === 'since') return true;
    if (w === 'would' && tokens[j + 1]?.norm === 'have') return true;
  }
  return false;
}

/** A terse answer drops the "I": "Opened PRs into their repos myself instead of asking them to
 * migrate." The sentence opens with a past-tense verb taking an object ("Turned out ..." takes
 * a particle and tells what happened). */
function impliedSpeaker(doc: Doc, from: number, sent: number): boolean {
  const { tokens } = doc;
  if (from !== doc.sentences[sent].first) return false;
  const verb = tokens[from];
  const next = tokens[from + 1];
  return (
    verb.tags.has('PastTense') &&
    !verb.tags.has('Copula') &&
    !!next &&
    !next.tags.has('Particle') &&
    (next.tags.has('Noun') || next.tags.has('Determiner'))
  );
}

/** A person named or named by role ("Carl", "the SRE", "our architect"). */
function isPerson(t: Doc['tokens'][number]): boolean {
  return (
    ['Person', 'FirstName', 'MaleName', 'FemaleName'].some((tag) => t.tags.has(tag)) ||
    PERSON_ROLES.has(t.norm) ||
    PEOPLE_HEADS.has(t.norm)
  );
}

/** "I put a breaker around the client and when it's open the charge goes into an outbox instead of
 * failing": the present tense tells how the speaker's design behaves (a chosen behaviour), where
 * the past ("the client was opening a channel per request instead of ...") tells what a thing did. */
function designBehaviour(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  const speakerActs = doc.statements.some(
    (st) =>
      (st.actor === 'i' || st.actor === 'we') &&
      st.subject < from &&
      tokens[st.subject].sent === tokens[k].sent,
  );
  if (!speakerActs) return false;
  let present = false;
  for (let j = from; j < k; j++) {
    const t = tokens[j];
    if (!t.tags.has('Verb') || t.tags.has('Gerund')) continue;
    if (t.tags.has('PastTense')) return false;
    if (t.tags.has('PresentTense')) present = true;
  }
  return present;
}

/** A choice verb of the speaker or team ("went with", "decided against", "kept", "cut") or the
 * speaker's stated position ("I thought it was too risky") with a reason or a cost in the same
 * sentence ("because", "meant", "but"). */
function choiceWithReason(doc: Doc, sent: number): string | undefined {
  const { tokens } = doc;
  const { first, last } = doc.sentences[sent];
  // Only a statement of the speaker or the team in the sentence can state a choice: most
  // sentences have none, and the readers below are not set up for them.
  const speaker = doc.statements.some(
    (st) => tokens[st.subject].sent === sent && (st.actor === 'i' || st.actor === 'we'),
  );
  if (!speaker) return undefined;
  // The reason sits near the choice: a run-on transcript can be one "sentence" long.
  const reasonNear = (k: number) => {
    for (let j = Math.max(first, k - REASON_SPAN); j < Math.min(last, k + REASON_SPAN); j++)
      if (REASON_WORDS.has(tokens[j].norm)) return true;
    return false;
  };
  // "I thought it was too risky" judges a path; "I thought it was the load balancer" guesses.
  // The judgement sits in the clause the verb reports: "I thought shipping it into the month-end
  // run was too risky" (to the clause's end, a comma or "because").
  const judged = (k: number) => {
    for (let j = k + 1; j < Math.min(last, k + JUDGED_SPAN); j++) {
      if (JUDGEMENT_WORDS.has(tokens[j].norm)) return true;
      if (j > k + 1 && /^(because|since)$/.test(tokens[j].norm)) return false;
      if (/[,;:]/.test(tokens[j].post)) return false;
    }
    return false;
  };
  // "a debate about buying or building it ... we ended up building it": the paths were named.
  const alternativeBefore = (k: number) => {
    for (let j = first; j < k; j++) if (ALTERNATIVE_WORDS.has(tokens[j].norm)) return true;
    return false;
  };
  // "I thought a rewrite was the wrong fix / overkill": a path judged outright.
  const verdict = (k: number) => {
    for (let j = k + 1; j < Math.min(last, k + 8); j++) {
      const w = tokens[j].norm;
      if (PATH_VERDICTS.has(w)) return true;
      if ((w === 'wrong' || w === 'bad') && PATH_NOUNS.has(tokens[j + 1]?.norm ?? '')) return true;
    }
    return false;
  };
  // "I picked the upgrade first": an order chosen, within a few words of the verb.
  const firstAfter = (k: number) => {
    for (let j = k + 1; j < Math.min(last, k + FIRST_SPAN); j++)
      if (tokens[j].norm === 'first') return true;
    return false;
  };
  const reasonBefore = (k: number) => {
    const from = doc.sentences[Math.max(0, k - REASON_SENTENCES_BEFORE)].first;
    for (let j = from; j < first; j++) if (REASON_WORDS.has(tokens[j].norm)) return true;
    return false;
  };
  // `from`: the first token searched (the sentence's own start unless told otherwise).
  const rivalBefore = (k: number, from = first) => {
    for (let j = from; j < k; j++) {
      if (!RIVAL_WANTS.has(tokens[j].norm)) continue;
      // Another party wants it: a statement of theirs, or a person named just before the verb.
      for (let h = Math.max(from, j - 3); h < j; h++) {
        const st = doc.statementAt.get(h);
        if (st?.actor === 'i' || st?.actor === 'we') break;
        if ((st && st.verb === j) || isPerson(tokens[h]) || PERSON_PRONOUNS.has(tokens[h].norm))
          return true;
      }
    }
    return false;
  };
  const reasonBeforeSo = (subject: number) => {
    const so = subject - 1;
    return tokens[so]?.norm === 'so' && so - first >= MIN_REASON_WORDS;
  };
  for (const st of doc.statements) {
    if (tokens[st.subject].sent !== sent) continue;
    if (st.actor !== 'i' && st.actor !== 'we') continue;
    const verb = tokens[st.verb].norm;
    // "we kept tuning it" goes on doing; "we kept RabbitMQ" chooses.
    const goesOn = tokens[st.verb + 1]?.tags.has('Gerund') ?? false;
    // "we ended up building it because of cost", "I pushed for plain rules first, because".
    const next = tokens[st.verb + 1]?.norm ?? '';
    const rejected = REJECTING.get(verb);
    const rejects =
      !!rejected &&
      (rejected.has(next) || rejected.has(`${next} ${tokens[st.verb + 2]?.norm ?? ''}`));
    // "we ended up going with Prometheus" (a choice said in the gerund after "ended up").
    const endedUp = tokens[st.verb - 1]?.norm === 'up' && tokens[st.verb - 2]?.norm === 'ended';
    // "I made the call to swap the cert by hand": a decision said as a noun.
    const madeCall =
      verb === 'made' &&
      /^(the|a|that)$/.test(next) &&
      tokens[st.verb + 2]?.norm === 'call' &&
      tokens[st.verb + 3]?.norm === 'to';
    const chose =
      madeCall ||
      (CHOICE_VERBS.has(verb) &&
        !NOT_A_CHOICE_PARTICLES.has(next) &&
        (verb !== 'went' || next === 'with' || next === 'for')) ||
      (endedUp && (alternativeBefore(st.subject) || (verb === 'going' && next === 'with'))) ||
      (CHOICE_BEFORE_FOR.has(verb) && next === 'for') ||
      rejects;
    // "My manager wanted the launch out first and I argued for the patch": the alternative is
    // another party's, named before.
    if (CHOICE_BEFORE_FOR.has(verb) && next === 'for' && st.past && rivalBefore(st.subject))
      return "argued for X over another's Y";
    // "My manager wanted us on the new stream processor. I disagreed, because the batch jobs were
    // cheap": the speaker's dissent with its reason, against another party's wanted path told in
    // this sentence or the one before.
    if (
      st.actor === 'i' &&
      st.past &&
      DISSENT_VERBS.has(verb) &&
      reasonNear(st.verb) &&
      rivalBefore(st.subject, doc.sentences[Math.max(0, sent - 1)].first)
    )
      return "disagreed with another's X, with a reason";
    // "Sam suggested a Redis lock, but I thought that just moves the problem, because ...": the
    // speaker's view set against another party's path, with its reason.
    if (
      st.actor === 'i' &&
      STANCE_VERBS_PAST.has(verb) &&
      tokens[st.subject - 1]?.norm === 'but' &&
      reasonNear(st.verb) &&
      rivalBefore(st.subject, doc.sentences[Math.max(0, sent - 1)].first)
    )
      return "disagreed with another's X, with a reason";
    // "The part I refused to cut was ...": a choice may sit in a relative clause.
    // ... nor does "we cut a bunch of stuff": the object names no path.
    const chosen =
      !NOT_CHOSEN.has(next) &&
      !tokens
        .slice(st.verb + 1, Math.min(last, st.verb + 1 + OBJECT_SPAN))
        .some((t) => UNNAMED_OBJECTS.has(t.norm));
    if (chose && st.past && !goesOn && chosen && reasonNear(st.verb) && !emptyReasons(doc, sent))
      return 'chose ... because';
    // "Redis was already in our stack, so I went with it": the clause before "so" is the reason.
    const picks =
      SO_CHOICE_VERBS.has(verb) &&
      (verb !== 'went' || tokens[st.verb + 1]?.norm === 'with') &&
      // "picked it up" takes a job on; it picks no path.
      !/^(up|out)$/.test(tokens[st.verb + 1]?.norm ?? '') &&
      !/^(up|out)$/.test(tokens[st.verb + 2]?.norm ?? '');
    if ((picks || rejects) && st.past && !goesOn && chosen && reasonBeforeSo(st.subject))
      return 'chose ... because';
    // Terse answers give the reason in the sentences before: "Upgrade risk was real. ... I picked
    // the upgrade first."
    if (chose && st.past && chosen && firstAfter(st.verb) && reasonBefore(sent))
      return 'X first because';
    if (
      st.actor === 'i' &&
      // "the fix I thought was wrong" is relative; in a run-on "... my pager i thought skipping
      // the test was a bad bet" the view follows.
      !(st.relative && tokens[st.verb + 1]?.tags.has('Copula')) &&
      STANCE_VERBS_PAST.has(verb) &&
      ((judged(st.verb) && reasonNear(st.verb)) || verdict(st.verb))
    )
      return 'position with its reason';
  }
  return undefined;
}

/** Words after a stance verb within which its judgement must be said. */
const JUDGED_SPAN = 14;
/** Words after a choice verb that make its object ("a bunch of stuff"). */
const OBJECT_SPAN = 4;
/** Tokens either side of a choice within which its reason or cost must be said. */
const REASON_SPAN = 20;
/** Words after a choice verb within which "first" orders the choice ("picked the upgrade first"). */
const FIRST_SPAN = 6;
/** Words a clause before "so I went with ..." needs to give a reason. */
const MIN_REASON_WORDS = 4;
/** Sentences before an order chosen in which its reason may be said, in a terse answer. */
const REASON_SENTENCES_BEFORE = 3;
