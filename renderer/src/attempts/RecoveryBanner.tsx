import { useEffect, useState } from 'react';
import type { Attempt } from '../../../shared/contract';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import { takeDuration } from '../../../shared/review/duration';
import { attemptSubtitle } from '../ui/format';

/** Offers back recordings that a crash interrupted and that start-up repaired. */
export function RecoveryBanner() {
  const [recovered, setRecovered] = useState<Attempt[]>([]);
  const { navigate } = useNavigation();

  useEffect(() => {
    api
      .call('attempts/recovered', {})
      .then(setRecovered)
      .catch(() => setRecovered([]));
  }, []);

  const acknowledge = async (attempt: Attempt, open: boolean) => {
    setRecovered((list) => list.filter((a) => a.id !== attempt.id));
    await api.call('attempts/acknowledge-recovery', { id: attempt.id }).catch(() => undefined);
    if (open) navigate({ screen: 'review', attemptId: attempt.id });
  };

  if (recovered.length === 0) return null;
  return (
    <div className="recovery" role="region" aria-label="Recovered recordings">
      {recovered.map((attempt) => (
        <div key={attempt.id} className="notice notice-info recovery-item">
          <span>
            A recording was interrupted and has been recovered:{' '}
            <strong>{attempt.questionText}</strong> (
            {attemptSubtitle(attempt.createdAt, takeDuration({ recordedSec: attempt.durationSec }))}
            ).
          </span>
          <span className="recovery-actions">
            <button
              type="button"
              className="button"
              onClick={() => void acknowledge(attempt, true)}
            >
              Open it
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void acknowledge(attempt, false)}
            >
              Keep for later
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
