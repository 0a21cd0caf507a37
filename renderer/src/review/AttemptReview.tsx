import { useCallback, useMemo, type RefObject } from 'react';
import { ANSWER_WINDOW, FOLLOW_UP_WINDOW } from '../../../shared/analysis/signals/duration';
import { buildTimeIndex, timeOfSpan } from '../../../shared/analysis/time-map';
import type { Attempt } from '../../../shared/contract';
import { buildReport } from '../../../shared/review/report';
import { wordAtTime } from '../../../shared/review/transcript-pieces';
import type { Settings } from '../../../shared/settings';
import { useNavigation } from '../app/navigation';
import { ReplayPanel } from '../replay/ReplayPanel';
import { useAttemptAudio } from '../replay/use-attempt-audio';
import { useReplay } from '../replay/use-replay';
import { DurationGauge } from './DurationGauge';
import { ContentSignals } from './ContentSignals';
import { DeliveryStrip } from './DeliveryStrip';
import { ExportMenu } from './ExportMenu';
import { FocusNote } from './FocusNote';
import { FollowUps } from './FollowUps';
import { PrintReport } from './PrintReport';
import { ShortcutHint } from './ShortcutHint';
import { SignalCards } from './SignalCards';
import { StarBand } from './StarBand';
import { SummaryHeader } from './SummaryHeader';
import { TakeContext } from './TakeContext';
import { TranscriptSection } from './TranscriptSection';
import { useFlagFilter } from './use-flag-filter';
import { useFlagRegions } from './use-flag-regions';
import { useFocusedReview } from './use-focused-review';
import { useReview } from './use-review';
import { useReviewKeys } from './use-review-keys';

/** What the summary says while there is no feedback to show. */
function pendingText(review: ReturnType<typeof useReview>, noSpeech: boolean): string {
  if (noSpeech)
    return 'No speech was heard in this recording. Check the microphone and record again.';
  if (review.running) return 'Your feedback appears here once the transcript is ready.';
  if (review.job?.stage === 'failed')
    return 'No feedback yet: the transcription did not finish (see below).';
  return 'No feedback yet.';
}

/** The review of one attempt, laid out to answer "was that good, and what do I fix first?". */
export function AttemptReview(props: {
  attempt: Attempt;
  settings: Settings | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  note?: string;
}) {
  const { attempt } = props;
  const { navigate } = useNavigation();
  const audio = useAttemptAudio(attempt.id);
  const review = useReview(attempt.id);
  const { transcript } = review;
  // Feedback on silence would only be noise: a transcript without speech gets none.
  const analysis = transcript?.noSpeech ? null : review.analysis;
  const window = attempt.parentId ? FOLLOW_UP_WINDOW : ANSWER_WINDOW;
  const replay = useReplay(audio.url, [window.minSec, window.maxSec]);
  const { controls, state } = replay;
  const filter = useFlagFilter(analysis?.flags);
  const focused = useFocusedReview(analysis);
  useFlagRegions(replay.regions, state.ready, filter.flags);
  const recordAgain = useCallback(
    () =>
      navigate(
        attempt.parentId
          ? {
              screen: 'practice',
              questionId: attempt.questionId,
              parentId: attempt.parentId,
              followUp: attempt.questionText,
            }
          : { screen: 'practice', questionId: attempt.questionId },
      ),
    [navigate, attempt],
  );
  useReviewKeys(replay, filter.flags, recordAgain);

  const index = useMemo(() => buildTimeIndex(transcript?.words), [transcript]);
  const timeOf = useCallback(
    (start: number, end: number) => (index ? timeOfSpan(index, start, end).startSec : null),
    [index],
  );
  const tracking = state.playing || state.currentTime > 0;
  const activeWord = transcript && tracking ? wordAtTime(transcript.words, state.currentTime) : -1;
  const source = {
    attemptId: attempt.id,
    questionText: attempt.questionText,
    recordedAt: attempt.createdAt,
  };
  const report = useMemo(
    () =>
      buildReport({
        questionText: attempt.questionText,
        dateLabel: new Date(attempt.createdAt).toLocaleString(undefined, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }),
        recordedSec: attempt.durationSec,
        transcript,
        analysis,
      }),
    [attempt, transcript, analysis],
  );
  const recordFollowUp = useCallback(
    (question: string) =>
      navigate({
        screen: 'practice',
        questionId: attempt.questionId,
        parentId: attempt.id,
        followUp: question,
      }),
    [navigate, attempt],
  );

  const actions = (
    <>
      <button
        type="button"
        className="button primary record-again"
        onClick={recordAgain}
        aria-keyshortcuts="R"
        title="Record this question again (R)"
      >
        <span className="record-dot" aria-hidden="true" />
        Record again
      </button>
      {attempt.parentId && (
        <button
          type="button"
          className="button"
          onClick={() => navigate({ screen: 'review', attemptId: attempt.parentId! })}
        >
          Open the original answer
        </button>
      )}
      <ExportMenu report={report} source={source} transcript={transcript} />
    </>
  );
  const pending = <p className="muted">{pendingText(review, transcript?.noSpeech ?? false)}</p>;
  return (
    <section className="screen review" aria-labelledby="screen-title">
      <div className="review-screen">
        <SummaryHeader
          attempt={attempt}
          summary={focused?.summary ?? null}
          headingRef={props.headingRef}
          actions={actions}
          context={<TakeContext attempt={attempt} />}
          pending={pending}
        />
        <FocusNote note={focused?.focusNote} />
        {props.note && (
          <p className="notice notice-warning" role="status">
            {props.note}
          </p>
        )}
        {audio.error && <p className="notice notice-error">{audio.error}</p>}
        {analysis && <DurationGauge analysis={analysis} recordedSec={attempt.durationSec} />}
        <ReplayPanel replay={replay}>
          {analysis && (
            <StarBand
              segments={analysis.star.segments}
              duration={state.duration}
              onPlayFrom={controls.playFrom}
            />
          )}
          {analysis?.signals.delivery && (
            <DeliveryStrip
              delivery={analysis.signals.delivery}
              duration={state.duration}
              onPlayFrom={controls.playFrom}
            />
          )}
        </ReplayPanel>
        <TranscriptSection
          review={review}
          filter={filter}
          activeWord={activeWord}
          controls={controls}
        />
        {analysis && <SignalCards analysis={analysis} onPlayFrom={controls.playFrom} />}
        {analysis && <ContentSignals analysis={analysis} />}
        {analysis && (
          <FollowUps
            followUps={focused?.followUps ?? analysis.followUps}
            timeOf={timeOf}
            onPlayFrom={controls.playFrom}
            onRecord={recordFollowUp}
          />
        )}
        <ShortcutHint />
      </div>
      <PrintReport report={report} />
    </section>
  );
}
