import type { Doc } from './doc';
import {
  ACTION_CUES,
  ASSIGNMENT_CUES,
  CONSTRAINT_CUES,
  DISCOVERY_CUES,
  FINDING_VERBS,
  HABIT_SINCE_CUES,
  LEARNING_CUES,
  OUTCOME_VERBS,
  REFLECTION_CUES,
  RESULT_CUES,
  SITUATION_CUES,
  STANDING_ROLE_CUES,
  TASK_CUES,
} from './lists/star-cues';
import { around, inChange } from './impact-cues';
import { outcomeAt } from './outcome';
import { conditional } from './outcome-more';
import { phraseAt, phraseSet, type PhraseSet } from './phrase-match';
import { COPULAS, DETERMINERS, MODALS } from './lists/grammar';
import type { Token } from './tokens';
import { requestAt, roleAt, softenedPhraseAt } from './star-role';
import {
  headOf,
  imperative,
  impliedStep,
  isMaxim,
  reflectionFrame,
  subjectless,
} from './star-frame';
import type { StarPart } from './types';
import {
  OPINION_BEFORE,
  PARTY_ASSIGNMENT_CUES,
  PAST_AS_PRESENT,
  PERSONAL,
  CLEFT_HEADS,
  REQUEST_VERBS,
  HABIT_ADVERBS,
  HEDGING_VERBS,
  STANCE_VERBS,
  WHOLE_SPANS,
} from './lists/star-cues';

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result', 'learning'];
const S = 0;
const T = 1;
const A = 2;
const R = 3;
const L = 4;

/** An assignment handed to the speaker ("my job was", "I was asked to"): said after the steps of
 * one story, it opens the next story's task. */
const ASSIGNMENT = phraseSet(ASSIGNMENT_CUES);
const HABIT_SINCE = phraseSet(HABIT_SINCE_CUES);
const WHOLE = phraseSet(WHOLE_SPANS);
const PARTY_ASSIGNMENT = phraseSet(PARTY_ASSIGNMENT_CUES);
const STANDING_ROLE = phraseSet(STANDING_ROLE_CUES);
/** Cost of going back from the steps to a new task: a second story told in the same answer. */
const RESTART_COST = 2;
/** "it turned out", "what was happening was": what the work found, not what it achieved. */
const DISCOVERY = phraseSet(DISCOVERY_CUES);
const CUES: [PhraseSet, number, number][] = [
  [phraseSet(SITUATION_CUES), S, 2],
  [phraseSet(TASK_CUES), T, 3],
  [phraseSet(CONSTRAINT_CUES), T, 2],
  [phraseSet(ACTION_CUES), A, 1],
  [phraseSet(RESULT_CUES), R, 2.5],
  [phraseSet(LEARNING_CUES), L, 4],
];
/** Cues said with the speaker left out, as terse answers do: "Needed to make it faster", "Probably
 * should have profiled first". Matched at the head of a unit that has no subject. */
const IMPLIED_I_CUES: [PhraseSet, number, number][] = CUES.map(([, part, weight], k) => [
  phraseSet(
    [SITUATION_CUES, TASK_CUES, CONSTRAINT_CUES, ACTION_CUES, RESULT_CUES, LEARNING_CUES][k]
      .filter((c) => c.startsWith('i '))
      .map((c) => c.slice(2)),
  ),
  part,
  weight,
]);
/** Every word a phrase of the sets above starts with (IMPLIED_I_CUES are read at unit heads). */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [
    WHOLE,
    HABIT_SINCE,
    ASSIGNMENT,
    PARTY_ASSIGNMENT,
    DISCOVERY,
    STANDING_ROLE,
    ...CUES.map(([set]) => set),
  ].flatMap((set) => [...set.byFirst.keys()]),
);
/** Cost of moving on to a later part: a part is entered only on evidence. */
const STEP_COST = 1;

/** Evidence per unit and part, from cue phrases, action statements, quantities and position. A
 * part's cue counts once per unit (the strongest), and scene-setting late in an answer or a lesson
 * early in it counts less. */
function evidence(doc: Doc): { ev: Float64Array[]; assigned: Uint8Array } {
  const { tokens, units, unitOf } = doc;
  const n = units.length;
  const ev = units.map(() => new Float64Array(5));
  const cue = units.map(() => new Float64Array(5));
  const personal = new Uint8Array(doc.sentences.length);
  const reflective = new Uint8Array(n);
  const inCue = new Uint8Array(tokens.length);
  // Per sentence: first token of a task cue. "I proposed X and I owned it": what comes before the
  // role in the same sentence frames it, it is not yet a step.
  const taskAt = new Int32Array(doc.sentences.length).fill(-1);
  const found = new Uint8Array(n);
  const assigned = new Uint8Array(n);
  const partyAssigned = new Uint8Array(n);
  for (let i = 0; i < tokens.length; i++) {
    const u = unitOf[i];
    // Most words start none of the cue phrases: one look-up rules them all out.
    const cueWord = CUE_FIRST_WORDS.has(tokens[i].norm);
    // "it was my code end to end", "the change was mine start to finish": ownership of the whole.
    if (cueWord && phraseAt(tokens, i, WHOLE) && mineBefore(tokens, i)) {
      cue[u][T] = Math.max(cue[u][T], 3);
      if (taskAt[tokens[i].sent] < 0) taskAt[tokens[i].sent] = i;
    }
    if (cueWord && habitAt(tokens, i)) {
      cue[u][L] = Math.max(cue[u][L], 4);
      personal[tokens[i].sent] = 1;
    }
    if (cueWord && phraseAt(tokens, i, ASSIGNMENT)) assigned[u] = 1;
    if (cueWord && phraseAt(tokens, i, PARTY_ASSIGNMENT)) partyAssigned[u] = 1;
    // "My lead asked me and another new grad, Sam, to figure out why", "he wanted everybody to
    // switch to a new ORM": another party's demand on the speaker or everyone is the task.
    // (Weaker than the speaker's own words of a task: an opening sentence still sets the scene.)
    if (REQUEST_VERBS.has(tokens[i].norm) && requestAt(tokens, i)) {
      cue[u][T] = Math.max(cue[u][T], 2.5);
      partyAssigned[u] = 1;
      if (taskAt[tokens[i].sent] < 0) taskAt[tokens[i].sent] = i;
    }
    const hit = cueWord ? phraseAt(tokens, i, DISCOVERY) : null;
    // "it turned out pretty well" judges the result; "it turned out the LB keeps ..." finds a cause.
    const next = hit && tokens[hit.last]?.sent === tokens[i].sent ? tokens[hit.last] : undefined;
    if (
      hit &&
      !(
        next &&
        (/^(to|well|fine|ok|okay)$/.test(next.norm) ||
          next.tags.has('Adverb') ||
          next.tags.has('Adjective'))
      )
    )
      found[u] = 1;
    if (PERSONAL.has(tokens[i].norm)) personal[tokens[i].sent] = 1;
    // "I was (the) on-call lead", "my first job was to": a role or an assignment, however worded.
    if (roleAt(tokens, i) && !OPINION_BEFORE.has(tokens[i - 1]?.norm ?? '')) {
      cue[u][T] = Math.max(cue[u][T], 3);
      if (tokens[i].norm === 'my') assigned[u] = 1;
      if (taskAt[tokens[i].sent] < 0) taskAt[tokens[i].sent] = i;
    }
    // "what I'd do again is", "the thing I would repeat is": a cleft on what the speaker would do.
    if (reflectiveCleftAt(tokens, i)) {
      cue[u][L] = Math.max(cue[u][L], 4);
      reflective[u] = 1;
    }
    if (cueWord)
      for (const [set, part, weight] of CUES) {
        // "I was kind of responsible for", "I was basically supposed to own": a softener inside a
        // task cue does not undo it.
        const hit = part === T ? softenedPhraseAt(tokens, i, set) : phraseAt(tokens, i, set);
        if (!hit || unitOf[hit.last - 1] !== u) continue;
        // "I thought we needed to ..." is a stance, not the speaker's assignment.
        if (part === T && OPINION_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue;
        cue[u][part] = Math.max(cue[u][part], weight);
        if (part === T || part === L) inCue.fill(1, i, hit.last);
        if (part === L && REFLECTION_CUES.has(hit.phrase)) reflective[u] = 1;
        if (part === T && taskAt[tokens[i].sent] < 0) taskAt[tokens[i].sent] = i;
      }
  }
  // "At my last job I owned the webhook service, and in March it started dropping events": the
  // speaker's standing role, said in the opening sentence while the setup goes on (what went wrong
  // in the same sentence, or a task stated later), is context, not the assignment.
  const standing = standingRole(doc, cue);
  for (let u = 0; u < n; u++)
    if (standing[u]) {
      cue[u][T] = 0;
      cue[u][A] = 0;
      cue[u][S] = Math.max(cue[u][S], 2);
    }
  if (standing.some((x) => x)) taskAt[0] = -1;
  // A unit that opens on a verb has left its subject out, and in an answer that subject is the
  // speaker: "Profiled a week of builds." is a step, "Needed to make it faster." the task.
  const implied = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const h = headOf(doc, u);
    if (h < 0) continue;
    for (const [set, part, weight] of IMPLIED_I_CUES) {
      const hit = phraseAt(tokens, h, set);
      if (!hit || unitOf[hit.last - 1] !== u) continue;
      cue[u][part] = Math.max(cue[u][part], weight);
      if (part === T || part === L) inCue.fill(1, h, hit.last);
      personal[tokens[h].sent] = 1;
    }
    implied[u] = impliedStep(tokens, h) ? 1 : 0;
  }
  const sameSentence = (a: number, b: number) =>
    tokens[units[a].first].sent === tokens[units[b].first].sent;
  // "At my next job, my lead asked me to ...": a request that comes with a new scene.
  for (let u = 0; u < n; u++)
    if (
      partyAssigned[u] &&
      (cue[u][S] > 0 || (u > 0 && cue[u - 1][S] > 0 && sameSentence(u - 1, u)))
    )
      assigned[u] = 1;
  // A lesson's own words are no result: "what I took away is that a benchmark goes better than
  // opinions, and that her pushback made my doc better". The clauses that go on with a lesson's
  // sentence (up to two, with no cue of their own but a step's opener) are the lesson too.
  const lessonTail = new Uint8Array(n);
  const sentOf = (u: number) => tokens[units[u].first].sent;
  for (let u = 0; u < n; u++) {
    if (!cue[u][L] || !(personal[sentOf(u)] || reflective[u])) continue;
    for (
      let v = u + 1;
      v <= u + 2 &&
      v < n &&
      sentOf(v) === sentOf(u) &&
      !cue[v].some((c, p) => c > (p === A ? 1 : 0));
      v++
    )
      lessonTail[v] = 1;
  }
  for (let u = 0; u < n; u++) {
    const lesson = lessonTail[u] || (cue[u][L] > 0 && personal[sentOf(u)]);
    // An outcome stated in the unit is a result cue. outcomeAt is the costliest test here, so it is
    // read only where it could change the cue, and only up to the unit's first outcome.
    if (!lesson && !found[u] && cue[u][R] < 2 && statesOutcome(tokens, units[u])) cue[u][R] = 2;
  }
  const othersAct = new Uint8Array(n);
  for (const s of doc.statements)
    if (!s.relative && s.actor === 'other') othersAct[unitOf[s.subject]] = 1;
  const lastSentence = doc.sentences.length - 1;
  for (let u = 0; u < n; u++) {
    const pos = n > 1 ? u / (n - 1) : 0;
    const early = pos <= 0.5 ? 1 : 0.3;
    // "I wanted our team to ...": scene words inside a stated task are weaker evidence of scene.
    ev[u][S] += cue[u][S] * early * (cue[u][T] > 0 ? 0.5 : 1);
    ev[u][T] += cue[u][T] * (pos <= 0.6 || assigned[u] ? 1 : 0.3);
    ev[u][A] += cue[u][T] > 0 ? 0 : cue[u][A];
    // Numbers in the first quarter describe the problem ("p95 doubled to 250 ms"), not the result.
    ev[u][R] += cue[u][R] * (pos < 0.25 ? 0.3 : 1);
    // A lesson is the speaker's ("I learned", "next time I'd"); "going forward they'll be careful" is not.
    // "It was a really good lesson" needs no "I": the cue itself is reflection.
    // "Check listeners first next time": said with no subject and no past, the advice is the speaker's.
    const mine =
      personal[tokens[units[u].first].sent] ||
      reflective[u] ||
      (cue[u][L] > 0 && subjectless(doc, u));
    ev[u][L] += cue[u][L] * (pos >= 0.4 ? 1 : 0.5) * (mine ? 1 : 0.2);
    if (lessonTail[u]) ev[u][L] += pos >= 0.4 ? 2 : 1;
    // A closing maxim is a lesson with no cue: "Ask what the contract needs", "Priorities are hard,
    // you have to pick".
    if (n >= 3 && tokens[units[u].first].sent === lastSentence && isMaxim(doc, u)) ev[u][L] += 3;
    // Late in the answer, a shift out of the narrative's past is reflection: a rule in the present
    // ("a reachable hole goes first"), a method judged ("tagging failures first is what made it
    // work"), what the speaker would do ("what I'd repeat is ..."), an imperative.
    else if (n >= 3 && pos >= 0.6 && !cue[u][R] && !doc.unitHasMetric[u]) {
      const frame = reflectionFrame(doc, u);
      // A lesson is the speaker's: "they just need to be more careful" is about others.
      const own = mine || !othersAct[u] ? 1 : 0.2;
      if (frame === 'maxim' && pos >= 0.75) ev[u][L] += 3;
      else if (frame === 'method' || frame === 'modal') ev[u][L] += 2 * own;
      else if (frame === 'present') ev[u][L] += 1.5 * own;
    }
  }
  // First token of a lesson cue in each sentence: statements after it belong to the lesson.
  const lessonFrom = new Int32Array(doc.sentences.length).fill(-1);
  for (let u = 0; u < n; u++) {
    const sent = tokens[units[u].first].sent;
    if (cue[u][L] > 0 && lessonFrom[sent] < 0) lessonFrom[sent] = units[u].first;
  }
  const pos = (u: number) => (n > 1 ? u / (n - 1) : 0);
  // Whether a result cue is still to come in a later sentence than unit u's.
  const resultLater = new Uint8Array(n);
  for (let u = n - 2, seen = -1; u >= 0; u--) {
    if (cue[u + 1][R] > 0) seen = sentOf(u + 1);
    resultLater[u] = seen > sentOf(u) ? 1 : 0;
  }
  for (const s of doc.statements) {
    const u = unitOf[s.subject];
    const e = ev[u];
    const lesson = lessonFrom[tokens[s.subject].sent];
    // "What I took away ... when I write it down", "I had to decide ...": the cue says what the clause is.
    // "I volunteered to own it" is the task cue itself, not a step.
    if (
      s.relative ||
      standing[u] ||
      inCue[s.verb] ||
      cue[u][L] > 0 ||
      (lesson >= 0 && s.subject > lesson) ||
      (s.obligation && cue[u][T] > 0)
    )
      continue;
    const late = n > 1 && u / (n - 1) > 0.7;
    // "I proposed the redesign and led it": a role statement that happens to use verbs of doing.
    const roleAt = taskAt[tokens[s.subject].sent];
    const role = cue[u][T] > 0 || (roleAt > s.subject && pos(u) <= 0.6) ? 0.3 : 1;
    if (s.actor === 'i' && STANCE_VERBS.has(tokens[s.verb].norm) && pos(u) >= 0.15) {
      // "I thought the gateway was the wrong first step": the speaker taking a position is the
      // first move of a disagreement, not scene.
      e[A] += 1.5 * role;
    } else if (
      (s.actor === 'i' || s.actor === 'we') &&
      s.sense !== 'modal' &&
      s.sense !== 'negated' &&
      !tokens[s.verb].tags.has('Copula') &&
      findingAfter(tokens, s.end)
    ) {
      // "I went through the consumer logs and spotted ...": a clause that a finding goes on from
      // is an investigative step, whatever its verb.
      e[A] += (s.actor === 'i' ? 2.5 : 1.5) * role;
    } else if (s.sense === 'action' || s.sense === 'interaction') {
      if (s.actor === 'i') e[A] += (s.past ? 2.5 : late ? 0.3 : 1) * role;
      else if (s.actor === 'we') e[A] += (s.past ? 1.5 : 0.5) * role;
      // "Ruth on the infra team fixed the chrony config", "he reviewed the migration": a partner's
      // step told among the speaker's, with a result still to come, is the work.
      // Before the result only: "the managers were not happy, but they lived with it", told last,
      // is how it ended.
      else if (s.actor === 'other' && s.past && resultLater[u]) e[A] += 1;
    } else if (
      (s.sense === 'stative' || s.sense === 'progressive') &&
      (s.actor === 'we' || s.actor === 'other')
    ) {
      e[S] += n > 1 && u / (n - 1) > 0.5 ? 0.1 : 0.5;
    }
  }
  for (let u = 0; u < n; u++) {
    if (implied[u] && !cue[u][T] && !cue[u][L] && !cue[u][R]) ev[u][A] += 2;
    if (found[u] && pos(u) >= 0.15 && !cue[u][L]) ev[u][A] += 1;
  }
  // Before the first step, a bare verb is the assignment, said the way it was handed over: "Make it
  // hold.", "Get it above 99.5% without hammering clients." ("Set up a meeting" may be a past step.)
  for (let u = 1; u < n && pos(u) <= 0.5 && ev[u][A] < 2; u++) {
    const h = headOf(doc, u);
    if (n >= 3 && !cue[u][L] && imperative(doc, u) && !PAST_AS_PRESENT.has(tokens[h].norm))
      ev[u][T] += 3;
  }
  // Once the speaker narrates steps, "I wanted to avoid two writers" or "I had to roll back" is a
  // step's motive, not the assignment.
  let firstStep = -1;
  for (let u = 0; u < n && firstStep < 0; u++)
    if (pos(u) >= 0.15 && ev[u][A] >= 2.5 && ev[u][A] > ev[u][T]) firstStep = u;
  // "My task was to stop losing events. Honestly, the platform team had sat on our ticket for a
  // month. I read the consumer logs ...": between the stated task and the first step, a sentence
  // where neither the speaker acts nor a limit is set (an aside about others, what happened
  // meanwhile) does not go on with the task; the story is under way.
  const speakerActs = new Uint8Array(n);
  for (const s of doc.statements)
    if (!s.relative && (s.actor === 'i' || s.actor === 'we')) speakerActs[unitOf[s.subject]] = 1;
  if (firstStep > 0) {
    const bound = new Uint8Array(n);
    for (const s of doc.statements) {
      const v = unitOf[s.subject];
      // "It also had to cost no more", "partners could not change their feeds": a limit on the task.
      if (s.obligation || s.sense === 'modal' || s.sense === 'negated') bound[v] = 1;
    }
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].norm;
      const must = /^(had|has|have|need|needed)$/.test(w) && tokens[i + 1]?.norm === 'to';
      if (must || LIMIT_WORDS.has(w)) bound[unitOf[i]] = 1;
    }
    let t = firstStep - 1;
    while (t > 0 && !cue[t][T]) t--;
    if (cue[t][T] && sentOf(t) < sentOf(firstStep))
      for (let u = firstStep - 1; u > t && sentOf(u) > sentOf(t); u--)
        if (!speakerActs[u] && !bound[u] && !cue[u].some((c) => c > 0) && ev[u][S] < 1)
          ev[u][A] += 1;
  }
  // An assignment handed over after the steps ("then my manager asked me to ...") keeps its weight:
  // it starts the task of a second story.
  if (firstStep >= 0)
    for (let u = firstStep + 1; u < n; u++)
      ev[u][T] = assigned[u] ? ev[u][T] + 1.5 : ev[u][T] * 0.3;
  // The strongest number of a unit counts once: "from 120 to 250 ms" is one piece of evidence.
  const numberEv = new Float64Array(n);
  for (const q of doc.quantities) {
    // "... before the evening traffic doubled": a number in a time or condition clause is no result.
    if (conditional(tokens, q.first)) continue;
    const u = unitOf[q.first];
    const { first, last } = units[u];
    // "p95 from 11 seconds to 140 ms", "fifteen minutes where it used to be two days": a before and
    // after is an outcome with or without its verb.
    // Said in the second half, by no step of the speaker's.
    const { before, after } = around(tokens, q);
    let outcome = pos(u) >= 0.5 && !speakerActs[u] && inChange(tokens, q, before, after);
    for (let k = Math.max(first, q.first - 6); k < Math.min(last, q.last + 4) && !outcome; k++) {
      outcome =
        OUTCOME_VERBS.has(tokens[k].norm) &&
        !MODALS.has(tokens[k - 1]?.norm ?? '') &&
        tokens[k - 1]?.norm !== 'have';
    }
    // A number in a past-tense clause about something other than the speaker ("all of those
    // customers renewed, about $1.2M", "uploads failed for 25 minutes") reports what happened.
    const event = !outcome && pos(u) >= 0.5 && !speakerActs[u] && pastVerb(tokens, first, last);
    // "it turned out three alerts made up 80% of the noise": a number found on the way is the cause.
    // "I was asked to cut the bill by a third": a number in an assignment is its target.
    const aim = found[u] || assigned[u];
    numberEv[u] = Math.max(numberEv[u], aim ? 0.3 : outcome ? 2.5 : event ? 1.5 : 0.3);
  }
  for (let u = 0; u < n; u++) ev[u][R] += numberEv[u] * (n > 1 && u / (n - 1) < 0.25 ? 0.3 : 1);
  // Answers open with context: even "I set a 24 h TTL on prices" sets the scene for a mistake story.
  // A task stated first ("So I wanted the team to ...") keeps its weight against the prior.
  // (In a one- or two-clause answer there is no scene to set: what it says is all there is.)
  if (n) ev[0][S] += n < 3 ? 0.5 : cue[0][T] >= 3 ? 1 : 3;
  if (n > 1) ev[1][S] += cue[1][T] > 0 ? 0.3 : 1;
  return { ev, assigned };
}

/** Words that set a limit on a task ("must", "without"): a sentence with one goes on with it. */
const LIMIT_WORDS: ReadonlySet<string> = new Set(['must', 'without', 'cannot']);

/** How far into the answer a standing role is read as the setting. */
const OPENING_WORDS = 25;

/** Units of the opening sentence that state the speaker's standing role ("I owned the billing
 * API") while the setup goes on: a later clause of the same sentence, or a task stated in a later
 * sentence. Said alone ("I owned the migration to Postgres."), the role is the task. */
function standingRole(doc: Doc, cue: readonly Float64Array[]): Uint8Array {
  const { tokens, units, unitOf } = doc;
  const out = new Uint8Array(units.length);
  // An unpunctuated transcript is one long "sentence": the role is read in its opening words only.
  for (let i = 0; i < tokens.length && tokens[i].sent === 0 && i < OPENING_WORDS; i++) {
    const hit = CUE_FIRST_WORDS.has(tokens[i].norm) ? phraseAt(tokens, i, STANDING_ROLE) : null;
    // "I was the on-call engineer for the indexer, and the reindex started ...": a role held, said
    // while the setup goes on, is the setting as much as "I owned the indexer" is.
    // Said after the trouble ("we had an outage and I was the incident commander, so ..."), the
    // role is the speaker's part in it: the task.
    const roleHeld =
      !hit &&
      tokens[i].norm === 'i' &&
      tokens[i + 1]?.norm === 'was' &&
      !tokens.slice(0, i).some((t) => t.tags.has('Verb'));
    if (!hit && !(roleHeld && roleAt(tokens, i))) continue;
    const u = unitOf[i];
    // "I thought I owned it": a stance, not the role.
    if (OPINION_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue;
    const goesOn = u + 1 < units.length && tokens[units[u + 1].first].sent === 0;
    let later = false;
    for (let v = u + 1; v < units.length && !later; v++)
      later = tokens[units[v].first].sent > 0 && cue[v][T] >= 2;
    if (goesOn || later) out[u] = 1;
  }
  return out;
}

/** "... and found that", "..., then noticed": a verb of finding with no subject of its own, right
 * after the clause that ends at token `from` (within a few words, in its sentence). */
function findingAfter(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from - 1]?.sent;
  for (let k = from; k < from + 8 && tokens[k]?.sent === sent; k++) {
    const t = tokens[k];
    if (t.tags.has('Pronoun') || t.tags.has('Verb')) {
      if (!(t.norm === 'then' || FINDING_VERBS.has(t.norm))) return false;
    }
    if (
      FINDING_VERBS.has(t.norm) &&
      /^(and|then)$/.test(tokens[k - 1]?.norm ?? '') &&
      k - 1 >= from
    )
      return true;
  }
  return false;
}

/** An outcome reported in tokens [first, last). "find the cause before the evening traffic
 * doubled": an outcome inside a time or condition clause is not reported, so it is no evidence of
 * the result. */
function statesOutcome(
  tokens: readonly Token[],
  { first, last }: { first: number; last: number },
): boolean {
  for (let i = first; i < last; i++)
    if (outcomeAt(tokens, i) && !conditional(tokens, i)) return true;
  return false;
}

/** "my" or "mine" within a few words before token i, in its sentence. */
function mineBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].sent === tokens[i].sent; k--)
    if (tokens[k].norm === 'my' || tokens[k].norm === 'mine') return true;
  return false;
}

/** "Since then I ask for a load test", "ever since, we always run ...": a habit the story started,
 * told in the present, is the lesson ("since then we have had no pages" is a result). */
function habitAt(tokens: readonly Token[], i: number): boolean {
  const hit = phraseAt(tokens, i, HABIT_SINCE);
  if (!hit) return false;
  const sent = tokens[i].sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
  if (at(hit.last)?.norm !== 'i' && at(hit.last)?.norm !== 'we') return false;
  let k = hit.last + 1;
  while (at(k) && HABIT_ADVERBS.has(at(k)!.norm)) k++;
  const v = at(k);
  return (
    !!v &&
    v.tags.has('Verb') &&
    v.tags.has('PresentTense') &&
    !v.tags.has('Gerund') &&
    !COPULAS.has(v.norm) &&
    !OPINION_BEFORE.has(v.norm) &&
    !HEDGING_VERBS.has(v.norm) &&
    !/^(have|has)$/.test(v.norm)
  );
}

/** A past-tense verb in tokens [first, last). Without compromise's second pass "labels printed
 * late" tags "printed" an adjective: an -ed word not after a determiner counts too. */
function pastVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.tags.has('PastTense') && t.tags.has('Verb')) return true;
    if (/[a-z]ed$/.test(t.norm) && k > first && !DETERMINERS.has(tokens[k - 1].norm)) return true;
  }
  return false;
}

/** "what I'd do again is", "the thing I would keep is", "what I will repeat is": "what" or a noun
 * of reflection, the speaker, a would / will, then a copula within a few words. */
function reflectiveCleftAt(tokens: readonly Token[], i: number): boolean {
  if (!CLEFT_HEADS.has(tokens[i].norm)) return false;
  const sent = tokens[i].sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k].norm : '');
  if (at(i + 1) !== 'i' && at(i + 1) !== 'we') return false;
  if (at(i + 2) !== 'would' && at(i + 2) !== 'will') return false;
  for (let k = i + 3; k <= i + 7; k++) if (at(k) === 'is' || at(k) === 'was') return true;
  return false;
}

/** Parts move forward, except that context and role interleave (S <-> T) and so do steps and their
 * effects (A <-> R): people say "I added an index, p99 dropped to 40 ms, then I ...". */
function canFollow(q: number, p: number): boolean {
  return p >= q || (q <= T && p <= T) || (q >= A && q <= R && p >= A);
}

function stepCost(q: number, p: number): number {
  if (q === p) return 0;
  const bothSetup = q <= T && p <= T;
  const bothDoing = q >= A && q <= R && p >= A && p <= R;
  return bothSetup || bothDoing ? STEP_COST / 2 : STEP_COST;
}

/** Assigns each unit a STAR-L part: the best-scoring sequence that never goes back to an earlier
 * part (Viterbi over five ordered states). Answers that loop back are read at their main order. */
export function assignParts(doc: Doc): StarPart[] {
  const { ev, assigned } = evidence(doc);
  const n = ev.length;
  if (!n) return [];
  const score = new Float64Array(5);
  const back: Uint8Array[] = [];
  for (let p = 0; p < 5; p++) score[p] = ev[0][p] - (p <= T ? 0 : STEP_COST * 0.5);
  for (let u = 1; u < n; u++) {
    const from = new Uint8Array(5);
    const next = new Float64Array(5);
    for (let p = 0; p < 5; p++) {
      let best = -Infinity;
      for (let q = 0; q < 5; q++) {
        const restart = assigned[u] && p === T && (q === A || q === R);
        if (!canFollow(q, p) && !restart) continue;
        const s = score[q] - (restart ? RESTART_COST : stepCost(q, p));
        if (s > best) {
          best = s;
          from[p] = q;
        }
      }
      next[p] = best + ev[u][p];
    }
    score.set(next);
    back.push(from);
  }
  let p = 0;
  for (let q = 1; q < 5; q++) if (score[q] > score[p]) p = q;
  const out: StarPart[] = new Array(n);
  for (let u = n - 1; u >= 0; u--) {
    out[u] = PARTS[p];
    if (u > 0) p = back[u - 1][p];
  }
  return out;
}
