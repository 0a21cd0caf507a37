/** How the speaker's role and assignment are said: a request handed over by another party, a noun
 * of role or task before its copula, and cue phrases with softeners inside ("I was sort of
 * leading"). Read by star-l.ts. */
import { COPULAS, NEGATIONS, OPENERS } from './lists/grammar';
import {
  APPROX_BEFORE,
  REQUEST_OBJECTS,
  ROLE_NOUNS,
  SOFTENERS,
  TASK_NOUNS,
  TIME_BUDGETS,
} from './lists/star-cues';
import { TIME_NOUNS } from './lists/statement-words';
import type { PhraseHit, PhraseSet } from './phrase-match';
import type { Token } from './tokens';

/** "my lead asked me and Sam to find out why", "the CTO wanted everyone to move to Istio",
 * "they told our team to ...": a request verb said by another party (not "I" or "we"), then an
 * object that names the speaker, the speaker's team or everyone, then "to" and a verb, all in one
 * clause. */
export function requestAt(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i].sent;
  const subject = tokens[i - 1];
  if (!subject || subject.sent !== sent || /^(i|we|you)$/.test(subject.norm)) return false;
  if (!subject.tags.has('Noun') && !subject.tags.has('Pronoun')) return false;
  let named = false;
  for (let k = i + 1; k <= i + 8; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || /[;:.]/.test(tokens[k - 1].post)) return false;
    if (t.norm === 'to' && k > i + 1) {
      const verb = tokens[k + 1];
      return named && !!verb && verb.sent === sent && verb.tags.has('Verb');
    }
    if (REQUEST_OBJECTS.has(t.norm)) named = true;
    else if (t.tags.has('Verb') && !t.tags.has('Gerund')) return false;
  }
  return false;
}

const ROLE_STARTS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'the']);

/** "I was (the) incident commander", "I was primary on-call": the speaker's role, a noun of role
 * within a few words of "I was". "My first job was", "the main goal is": a noun of task before its
 * copula. */
export function roleAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Every reading below starts at "I", "we", "my", "the" or a noun of task.
  if (!ROLE_STARTS.has(t.norm) && !TASK_NOUNS.has(t.norm)) return false;
  const sent = t.sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
  if (t.norm === 'i' && at(i + 1)?.norm === 'was') {
    // "I wasn't a manager" says what the speaker was not.
    if (NEGATIONS.has(at(i + 2)?.norm ?? '')) return false;
    // "I was one of (the) six engineers on search": one member of a group holds a role all the
    // same, whatever the group's noun (compromise tags "six engineers" as a verb).
    if (at(i + 2)?.norm === 'one' && at(i + 3)?.norm === 'of') {
      let k = i + 4;
      while (at(k) && (at(k)!.tags.has('Determiner') || at(k)!.tags.has('Value'))) k++;
      return !!at(k) && !at(k)!.tags.has('Pronoun') && !at(k)!.tags.has('Preposition');
    }
    for (let k = i + 2; k <= i + 5; k++) {
      const w = at(k);
      if (!w || w.tags.has('Preposition') || w.tags.has('Verb') || w.tags.has('Pronoun')) {
        // "on call", "on-call": the only preposition a role starts with.
        if (w?.norm === 'on' && at(k + 1)?.norm === 'call') return true;
        return false;
      }
      if (ROLE_NOUNS.has(w.norm) || w.tags.has('Actor')) return true;
    }
    return false;
  }
  // "I had three weeks and one other engineer", "we had about two sprints": the time given is the
  // constraint the task is set in.
  if ((t.norm === 'i' || t.norm === 'we') && at(i + 1)?.norm === 'had') {
    let k = i + 2;
    while (at(k) && APPROX_BEFORE.has(at(k)!.norm)) k++;
    const w = at(k);
    if (w && (w.tags.has('Value') || w.norm === 'a') && TIME_BUDGETS.has(at(k + 1)?.norm ?? ''))
      return true;
  }
  // "Goal: stop losing messages.", "Task was to make the data fresher": a noun of task heading its
  // sentence, as a label or before its copula.
  if (TASK_NOUNS.has(t.norm) && (tokens[i - 1]?.sent !== sent || OPENERS.has(tokens[i - 1].norm)))
    return /:/.test(t.post) || COPULAS.has(at(i + 1)?.norm ?? '');
  // "In my last role I was ...": after a preposition the noun is the setting, not the task.
  if ((t.norm === 'my' || t.norm === 'the') && !tokens[i - 1]?.tags.has('Preposition')) {
    for (let k = i + 1; k <= i + 3; k++) {
      const w = at(k);
      // Without compromise's second pass "job" may be tagged a verb: the noun list decides.
      const noun = w && (TASK_NOUNS.has(w.norm) || w.tags.has('Noun') || w.tags.has('Adjective'));
      if (!w || !(noun || w.tags.has('Value'))) return false;
      // "my job that quarter was": a time may sit between the noun and its copula.
      if (TASK_NOUNS.has(w.norm)) {
        // "my job there was": a place or time adverb may sit before the copula.
        const adverb = /^(there|then|here|now)$/.test(at(k + 1)?.norm ?? '') ? 1 : 0;
        if (COPULAS.has(at(k + 1 + adverb)?.norm ?? '')) return true;
        // "the goal I set was", "the job we got was": the speaker's relative clause before it.
        const own = at(k + 1)?.norm === 'i' || at(k + 1)?.norm === 'we';
        if (own && COPULAS.has(at(k + 3)?.norm ?? '')) return true;
        const time =
          /^(that|this)$/.test(at(k + 1)?.norm ?? '') && TIME_NOUNS.has(at(k + 2)?.norm ?? '');
        return time && COPULAS.has(at(k + 3)?.norm ?? '');
      }
    }
  }
  return false;
}

/** phraseAt, letting softeners sit between the phrase's words ("I was sort of leading"). */
export function softenedPhraseAt(
  tokens: readonly Token[],
  i: number,
  set: PhraseSet,
): PhraseHit | null {
  const first = tokens[i];
  const candidates = first && set.byFirst.get(first.norm);
  if (!candidates) return null;
  const sent = first.sent;
  outer: for (const words of candidates) {
    let k = i + 1;
    for (let w = 1; w < words.length; w++) {
      for (;;) {
        const t = tokens[k];
        if (!t || t.sent !== sent) continue outer;
        if (t.norm === words[w]) break;
        const pair = (t.norm === 'kind' || t.norm === 'sort') && tokens[k + 1]?.norm === 'of';
        if (pair) k += 2;
        else if (SOFTENERS.has(t.norm)) k++;
        else continue outer;
      }
      k++;
    }
    return { first: i, last: k, phrase: words.join(' ') };
  }
  return null;
}
