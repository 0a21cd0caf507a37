import type { Flag } from '../../../shared/analysis/types';

/** DOM id of a flag's tag button (unique: a kind never overlaps itself, so kind + start is). */
export function flagDomId(flag: Pick<Flag, 'kind' | 'start'>): string {
  return `flag-${flag.kind}-${flag.start}`;
}
