import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { Attempt } from '../../../shared/contract';
import type { DrillPick } from '../../../shared/progress/drill';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import type { AppState } from '../app/use-app-state';
import { useHistory } from '../history/use-history';
import { useQuestions } from '../questions/use-questions';
import { useStories } from '../stories/use-stories';
import { DrillRecorder } from './DrillRecorder';
import { DrillSetup } from './DrillSetup';
import { DrillSummaryView } from './DrillSummaryView';
import { useDrillSummary } from './use-drill-summary';

/** Longest answer to a follow-up probe. */
const FOLLOW_UP_MAX_SEC = 180;

type Answered = { questionId: string; attemptId: string };

/** Drill mode: three questions in a row, each recorded and reviewed in the background, then a
 * combined summary and an optional follow-up round on each answer's first probe. */
export function DrillScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { settings } = props.state;
  const { questions } = useQuestions();
  const { stories } = useStories();
  const { rows } = useHistory();
  const { navigate } = useNavigation();
  const [picks, setPicks] = useState<DrillPick[] | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [followUpIndex, setFollowUpIndex] = useState<number | null>(null);

  const onRecorded = useCallback((attempt: Attempt) => {
    void api.call('review/start', { id: attempt.id, force: false });
    setAnswered((list) => [...list, { questionId: attempt.questionId, attemptId: attempt.id }]);
  }, []);

  const ready = settings && questions && stories && rows;
  const current = picks && answered.length < picks.length ? picks[answered.length] : null;
  const question = current ? questions?.find((q) => q.id === current.questionId) : null;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p className="eyebrow">Practice</p>
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        Drill
      </h1>
      <p className="lead">
        Three questions in a row, as in a real loop. Feedback comes at the end.
      </p>
      {!ready ? (
        <p className="muted">Loading…</p>
      ) : !picks ? (
        <DrillSetup questions={questions} stories={stories} rows={rows} onStart={setPicks} />
      ) : current && question ? (
        <>
          <p className="muted">{current.reason}</p>
          <DrillRecorder
            key={question.id}
            settings={settings}
            step={`Question ${answered.length + 1} of ${picks.length}`}
            prompt={question.text}
            questionId={question.id}
            parentId={null}
            maxSeconds={settings.maxRecordingSec}
            onRecorded={onRecorded}
          />
        </>
      ) : (
        <DrillEnd
          answered={answered}
          followUpIndex={followUpIndex}
          setFollowUpIndex={setFollowUpIndex}
          onOpen={(attemptId) => navigate({ screen: 'review', attemptId })}
          settings={settings}
        />
      )}
    </section>
  );
}

function DrillEnd(props: {
  answered: Answered[];
  followUpIndex: number | null;
  setFollowUpIndex: (i: number | null) => void;
  onOpen: (attemptId: string) => void;
  settings: NonNullable<AppState['settings']>;
}) {
  const ids = useMemo(() => props.answered.map((a) => a.attemptId), [props.answered]);
  const { summary, pending, error } = useDrillSummary(ids);
  const { followUpIndex, setFollowUpIndex } = props;
  if (error) return <p className="notice notice-error">{error}</p>;
  if (!summary)
    return (
      <p className="muted" role="status">
        Transcribing and analysing your answers… {pending} to go.
      </p>
    );
  if (followUpIndex !== null) {
    const answer = summary.answers[followUpIndex];
    const probe = answer?.followUps[0];
    if (!answer || !probe || !answer.attemptId) {
      return (
        <>
          <p className="notice notice-info">
            Follow-up round done. Each follow-up is saved with the answer it probes.
          </p>
          <DrillSummaryView summary={summary} onOpen={props.onOpen} />
        </>
      );
    }
    return (
      <DrillRecorder
        key={`follow-${followUpIndex}`}
        settings={props.settings}
        step={`Follow-up ${followUpIndex + 1} of ${summary.answers.length}: about "${answer.questionText}"`}
        prompt={probe}
        questionId={answer.questionId}
        parentId={answer.attemptId}
        maxSeconds={Math.min(FOLLOW_UP_MAX_SEC, props.settings.maxRecordingSec)}
        onRecorded={(attempt) => {
          void api.call('review/start', { id: attempt.id, force: false });
          setFollowUpIndex(followUpIndex + 1);
        }}
      />
    );
  }
  return (
    <>
      <DrillSummaryView summary={summary} onOpen={props.onOpen} />
      <button type="button" className="button primary" onClick={() => setFollowUpIndex(0)}>
        Start the follow-up round
      </button>
    </>
  );
}
