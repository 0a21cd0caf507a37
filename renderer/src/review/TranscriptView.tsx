import { useEffect, useMemo, useRef, useState } from 'react';
import type { Flag } from '../../../shared/analysis/types';
import { groupPieces, transcriptPieces } from '../../../shared/review/transcript-pieces';
import type { Transcript } from '../../../shared/transcript';
import { FlagTooltip, type TooltipAnchor } from './FlagTooltip';
import { TranscriptText } from './TranscriptText';

const TOOLTIP_WIDTH = 340;

/** The transcript with its flags: click a word to seek there, click a highlight or its tag to
 * hear it, hover or focus for the reason and a better way to say it. The word being spoken is
 * marked while the replay moves. */
export function TranscriptView(props: {
  transcript: Transcript;
  flags: readonly Flag[];
  activeWord: number;
  onSeek: (seconds: number) => void;
  onPlayFrom: (seconds: number) => void;
}) {
  const { transcript, flags } = props;
  const body = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const groups = useMemo(
    () => groupPieces(transcriptPieces(transcript.text, transcript.words, flags)),
    [transcript, flags],
  );

  // The active word is marked directly in the DOM, so playback does not re-render the text.
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const nodes = root.querySelectorAll(`[data-word="${props.activeWord}"]`);
    nodes.forEach((n) => n.classList.add('is-active'));
    return () => nodes.forEach((n) => n.classList.remove('is-active'));
  }, [props.activeWord, groups]);

  const show = (group: HTMLElement) => {
    window.clearTimeout(hideTimer.current);
    const root = body.current!;
    const indices = (group.dataset.flags ?? '').split(' ').map(Number);
    const r = group.getBoundingClientRect();
    const c = root.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - c.left, c.width - TOOLTIP_WIDTH));
    setAnchor({ flags: indices.map((i) => flags[i]!), top: r.bottom - c.top + 6, left });
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setAnchor(null), 200);
  };
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const groupOf = (target: EventTarget) =>
    (target as HTMLElement).closest<HTMLElement>('.flag-group');
  // Clicks and hovers are delegated here; every flag is also a focusable tag button and the
  // keyboard has J/K, so the pointer handlers leave no keyboard-only gap.
  return (
    <div
      className="transcript-body"
      ref={body}
      data-testid="transcript"
      onClick={(e) => {
        const target = e.target as HTMLElement;
        const flag = target.closest<HTMLElement>('[data-flag-start]');
        if (flag?.dataset.flagStart) return props.onPlayFrom(Number(flag.dataset.flagStart));
        const word = target.closest<HTMLElement>('[data-word-start]');
        if (word?.dataset.wordStart) props.onSeek(Number(word.dataset.wordStart));
      }}
      onPointerOver={(e) => {
        const group = groupOf(e.target);
        if (group) show(group);
      }}
      onPointerOut={(e) => {
        if (groupOf(e.target) && !groupOf(e.relatedTarget ?? document.body)) hideSoon();
      }}
      onFocus={(e) => {
        const group = groupOf(e.target);
        if (group) show(group);
      }}
      onBlur={hideSoon}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAnchor(null);
      }}
    >
      <p className="transcript-text">
        <TranscriptText groups={groups} flags={flags} words={transcript.words} />
      </p>
      <FlagTooltip
        anchor={anchor}
        onPointerEnter={() => window.clearTimeout(hideTimer.current)}
        onPointerLeave={hideSoon}
      />
    </div>
  );
}
