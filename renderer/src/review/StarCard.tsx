import type { AnswerAnalysis } from '../../../shared/analysis/types';
import { percent } from '../ui/format';
import { STAR_PART_LABEL } from '../../../shared/review/kinds';
import { structureVerdict } from '../../../shared/review/verdict';
import { SignalCard } from './SignalCard';

const STRUCTURE_FLAGS = [
  'no-action',
  'no-result',
  'long-setup',
  'action-not-largest',
  'no-learning',
];

/** STAR-L: each part's share of the answer, with the long-setup, no-learning and action warnings. */
export function StarCard(props: { analysis: AnswerAnalysis }) {
  const { star, answerFlags } = props.analysis;
  const warnings = answerFlags.filter((f) => STRUCTURE_FLAGS.includes(f.kind));
  return (
    <SignalCard
      id="star"
      title="STAR-L structure"
      figure={<b>{star.present.length} of 5 parts</b>}
      tone={warnings.length ? 'warn' : 'good'}
      status={
        warnings.length
          ? warnings.map((w) => w.reason).join(' ')
          : structureVerdict(props.analysis.star)
      }
    >
      <ul className="star-shares">
        {star.parts.map((p) => (
          <li key={p.part} className={`p-${p.part}`} data-present={p.present}>
            <span className="star-share-name">{STAR_PART_LABEL[p.part]}</span>
            <span className="star-share-bar" aria-hidden="true">
              <span style={{ width: percent(p.wordShare) }} />
            </span>
            <span className="star-share-value">{p.present ? percent(p.wordShare) : 'missing'}</span>
          </li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <ul className="star-advice">
          {warnings.map((w) => (
            <li key={w.kind}>{w.suggestion}</li>
          ))}
        </ul>
      )}
    </SignalCard>
  );
}
