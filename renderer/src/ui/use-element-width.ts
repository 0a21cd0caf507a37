import { useCallback, useRef, useState } from 'react';

/** A callback ref and the width in CSS pixels of the element it is attached to, kept current as
 * the element resizes or is replaced (0 until one is laid out). */
export function useElementWidth(): [(el: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    observer.current = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.current.observe(el);
    setWidth(el.getBoundingClientRect().width);
  }, []);
  return [ref, width];
}
