import { useCallback, useMemo, useState } from 'react';
import type { Flag, FlagKind } from '../../../shared/analysis/types';

/** Which flag kinds are shown (the legend toggles them), and the flags that remain. */
export function useFlagFilter(all: readonly Flag[] | undefined) {
  const [hidden, setHidden] = useState<ReadonlySet<FlagKind>>(new Set());
  const flags = useMemo(() => (all ?? []).filter((f) => !hidden.has(f.kind)), [all, hidden]);
  const toggle = useCallback((kind: FlagKind) => {
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });
  }, []);
  const showAll = useCallback(() => setHidden(new Set()), []);
  return { hidden, flags, toggle, showAll };
}
