import { memo, type CSSProperties } from 'react';
import type { Flag } from '../../../shared/analysis/types';
import { clock } from '../ui/format';
import { FLAG_KIND_META } from '../../../shared/review/kinds';
import type { PieceGroup } from '../../../shared/review/transcript-pieces';
import type { TranscriptWord } from '../../../shared/transcript';
import { flagDomId } from './flag-ids';

function Pieces(props: { group: PieceGroup; words: readonly TranscriptWord[] }) {
  return props.group.pieces.map((piece) => {
    const word = props.words[piece.word];
    return word ? (
      <span key={piece.start} className="w" data-word={piece.word} data-word-start={word.start}>
        {piece.text}
      </span>
    ) : (
      piece.text
    );
  });
}

/** The transcript text: every word clickable, each run of flags highlighted in its kinds' colours
 * and followed by one tag button per flag (its kind in words, so colour is never the only cue). */
export const TranscriptText = memo(function TranscriptText(props: {
  groups: PieceGroup[];
  flags: readonly Flag[];
  words: readonly TranscriptWord[];
}) {
  const { flags, words } = props;
  return props.groups.map((group) => {
    if (!group.flags.length)
      return <Pieces key={group.pieces[0]!.start} group={group} words={words} />;
    const own = group.flags.map((i) => flags[i]!);
    const startSec = Math.min(...own.map((f) => f.startSec ?? Infinity));
    // The longest flag tints the run; a second kind adds a second underline.
    const kinds = [
      ...new Set([...own].sort((x, y) => y.end - y.start - (x.end - x.start)).map((f) => f.kind)),
    ];
    const style = {
      '--kind': `var(--flag-${kinds[0]})`,
      '--kind2': kinds[1] ? `var(--flag-${kinds[1]})` : undefined,
    } as CSSProperties;
    return (
      <span key={group.pieces[0]!.start} className="flag-group" data-flags={group.flags.join(' ')}>
        <mark
          className={`flag${kinds.length > 1 ? ' is-double' : ''}`}
          style={style}
          data-kinds={kinds.join(' ')}
          data-flag-start={Number.isFinite(startSec) ? startSec : undefined}
        >
          <Pieces group={group} words={words} />
        </mark>
        {own.map((flag) => (
          <button
            key={flagDomId(flag)}
            id={flagDomId(flag)}
            type="button"
            className={`flag-tag k-${flag.kind}`}
            data-kind={flag.kind}
            data-flag-start={flag.startSec}
            aria-label={`${FLAG_KIND_META[flag.kind].name}: ${flag.text}${flag.startSec !== undefined ? `, at ${clock(flag.startSec)}` : ''}`}
            aria-describedby={`${flagDomId(flag)}-why`}
          >
            {FLAG_KIND_META[flag.kind].tag}
            <span id={`${flagDomId(flag)}-why`} hidden>
              {flag.reason} {flag.suggestion ? `Try: ${flag.suggestion}` : ''}
            </span>
          </button>
        ))}
      </span>
    );
  });
});
