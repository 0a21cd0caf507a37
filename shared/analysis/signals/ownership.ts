import type { Doc } from '../doc';
import type { OwnershipSignal } from '../types';

/** I-actions against we-actions: subject + verb of doing, not raw pronouns ("we had a service" and
 * "my team" do not count). */
export function ownershipSignal(doc: Doc): OwnershipSignal {
  let iActions = 0;
  let weActions = 0;
  for (const s of doc.statements) {
    if (s.relative || s.sense !== 'action') continue;
    if (s.actor === 'i') iActions++;
    else if (s.actor === 'we') weActions++;
  }
  const total = iActions + weActions;
  return { iActions, weActions, iShare: total ? Math.round((iActions / total) * 100) / 100 : null };
}
