import type { Doc } from '../doc';
import { ACTION_PAST } from '../lists/action-verbs';
import { COPULAS, OPENERS } from '../lists/grammar';

/** Clause heads where the speaker's step is told with its subject left out, as terse answers do:
 * "Checked the dashboards first.", "Fix: raised the timeout", "... and then pulled the logs". The
 * head is a past-tense verb of doing (not a copula, not a noun) after any openers and a one-word
 * label; a head that is already the verb of a statement with a subject is not counted. */
export function stepHeads(doc: Doc): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  for (const u of doc.units) {
    let h = u.first;
    while (h < u.last && (OPENERS.has(tokens[h].norm) || tokens[h].text === '')) h++;
    // "Fix: raised ...": a one-word label before the step.
    if (h + 1 < u.last && /:/.test(tokens[h].post)) h++;
    const t = tokens[h];
    if (
      h < u.last &&
      (t.tags.has('PastTense') || ACTION_PAST.has(t.norm)) &&
      !t.tags.has('Noun') &&
      !COPULAS.has(t.norm)
    )
      out.push(h);
  }
  return out;
}
