// The speaker's own steps beyond plain "I" actions, counted by the hero signal's solo test:
// softened subjectless steps, run-on clauses read as relative ones, and steps joined with "and".
import type { Doc } from '../doc';
import { ACTION_PAST } from '../lists/action-verbs';
import { RUN_ON_OBJECT_STARTS, STEP_SOFTENERS } from '../lists/hero';
import { COPULAS, OPENERS } from '../lists/grammar';
import type { Token } from '../tokens';
import type { Statement } from '../actions';

/** Subjectless steps told after a softener ("Sort of pitched it as ...", "Then quickly rolled it
 * back"): the head after the openers and these words is a past verb of doing. */
export function softenedHeads(doc: Doc, counted: ReadonlySet<number>): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  for (const u of doc.units) {
    let h = u.first;
    while (h < u.last && OPENERS.has(tokens[h].norm)) h++;
    const start = h;
    while (h < u.last && STEP_SOFTENERS.has(tokens[h].norm)) h++;
    const t = tokens[h];
    if (
      h > start &&
      h < u.last &&
      !counted.has(h) &&
      (t.tags.has('PastTense') || ACTION_PAST.has(t.norm)) &&
      !t.tags.has('Noun') &&
      !COPULAS.has(t.norm)
    )
      out.push(h);
  }
  return out;
}

/** In speech-to-text without punctuation a new clause can read as a relative one ("... watched
 * the channel i pulled the traces"): an "I" verb of doing taken for a relative clause that has an
 * object of its own right after it is a step. */
export function isRunOnStep(tokens: readonly Token[], s: Statement): boolean {
  if (s.actor !== 'i' || !s.relative || s.sense !== 'action') return false;
  const o = tokens[s.end];
  return (
    o !== undefined &&
    o.sent === tokens[s.verb].sent &&
    !/[,;:.]/.test(tokens[s.end - 1].post) &&
    RUN_ON_OBJECT_STARTS.has(o.norm)
  );
}

/** How far after the speaker's verb a verb joined by "and" still shares its subject. */
const COORDINATED_SPAN = 12;

/** Steps joined to the speaker's own with "and", "then" or a comma and no subject of their own: "I
 * killed the query and restarted the job", "i pulled the traces and then pinged their channel",
 * "I read through it, added logging". */
export function coordinatedSteps(doc: Doc, subjects: ReadonlySet<number>): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  const byVerb = new Map(
    doc.statements.filter((s) => !s.relative || isRunOnStep(tokens, s)).map((s) => [s.verb, s]),
  );
  // The speaker's latest verb in this sentence: a step joined to it shares its subject.
  let anchor = -1;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    const s = byVerb.get(j);
    if (s) {
      anchor = s.actor === 'i' && s.sense === 'action' ? j : -1;
      continue;
    }
    if (anchor < 0 || tokens[anchor].sent !== t.sent || j - anchor > COORDINATED_SPAN) continue;
    // "I read through it, added logging and reran it": a comma joins a step to the list too.
    if (
      !(/^(and|then)$/.test(tokens[j - 1].norm) || /,/.test(tokens[j - 1].post)) ||
      subjects.has(j)
    )
      continue;
    // "and reran the settlements": a verb of doing, even where the tagger took it for a noun.
    if (!ACTION_PAST.has(t.norm) && (!t.tags.has('PastTense') || t.tags.has('Noun'))) continue;
    if (COPULAS.has(t.norm)) continue;
    out.push(j);
    anchor = j;
  }
  return out;
}
