import type { CallResponse } from '../../../shared/contract';
import { plural } from '../ui/format';

type Rows = NonNullable<CallResponse<'history/compare'>['sentences']>;

/** The sentences that changed between two takes, old beside new; unchanged ones are counted, not
 * repeated, so the reader sees only what moved. */
export function SentenceCompare({ rows }: { rows: Rows }) {
  const changed = rows.filter((r) => r.kind !== 'same');
  const same = rows.length - changed.length;
  return (
    <div className="sentence-compare">
      <p className="muted small">
        {changed.length === 0
          ? 'The takes say the same sentences.'
          : `${plural(changed.length, 'sentence')} changed, ${plural(same, 'sentence')} the same.`}
      </p>
      {changed.length > 0 && (
        <table className="sentence-table">
          <thead>
            <tr>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((r, i) => (
              <tr key={i} data-kind={r.kind}>
                <td>{r.before ?? <span className="muted">(not said)</span>}</td>
                <td>{r.after ?? <span className="muted">(dropped)</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
