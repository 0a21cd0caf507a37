import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Attempt } from '../../../shared/contract';
import { FOLLOW_UP_WINDOW } from '../../../shared/analysis/signals/duration';
import { questions as builtInQuestions } from '../../../shared/questions/bank';
import { useNavigation } from '../app/navigation';
import type { AppState } from '../app/use-app-state';
import { QuestionGuidance } from '../questions/QuestionGuidance';
import { useQuestions } from '../questions/use-questions';
import { useRecording } from '../recording/use-recording';
import { StoryCues } from './StoryCues';
import { LevelMeter } from './LevelMeter';
import { LiveTranscript } from './LiveTranscript';
import { ModelCheck } from './ModelCheck';
import { MicrophonePicker } from './MicrophonePicker';
import { QuestionPicker } from './QuestionPicker';
import { RecordingTimer } from './RecordingTimer';
import { useSpaceKey } from './use-space-key';

/** Longest follow-up answer: interviewers expect a short, direct reply to a probe. */
const FOLLOW_UP_MAX_SEC = 180;

/** Practice: the question on top with how to answer it, a big record/stop control (also Space), a
 * live timer against the 90 to 120 s window, and the microphone with its level. Stopping opens the
 * replay. The question picked is kept in settings, so Practice opens on it again after another
 * screen, a reload or a restart. Opened with a follow-up question (from a review), it records a
 * short answer linked to that attempt once the user presses Start. */
export function PracticeScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { settings, updateSettings } = props.state;
  const { route, navigate } = useNavigation();
  // The built-in bank shows at once; the user's own questions join when the list arrives.
  const questions = useQuestions().questions ?? builtInQuestions;
  const [picked, setPicked] = useState<string | null>(route.questionId ?? null);
  const questionId = picked ?? (settings?.practiceQuestionId || questions[0]!.id);
  const question = questions.find((q) => q.id === questionId) ?? questions[0]!;
  const followUp = route.followUp && route.parentId ? route.followUp : null;
  const pickQuestion = useCallback(
    (id: string) => {
      setPicked(id);
      void updateSettings({ practiceQuestionId: id }).catch(() => undefined);
    },
    [updateSettings],
  );
  // Arriving with a question (Record again, the bank, a story) makes it the remembered one.
  useEffect(() => {
    if (route.questionId && !followUp) pickQuestion(route.questionId);
  }, [route.questionId, followUp, pickQuestion]);

  const onFinished = useCallback(
    (attempt: Attempt, note: string | null) =>
      navigate({ screen: 'review', attemptId: attempt.id, note: note ?? undefined }),
    [navigate],
  );
  const recording = useRecording(onFinished);
  const busy = recording.state.phase !== 'idle';
  const isRecording = recording.state.phase === 'recording';

  const toggle = useCallback(() => {
    if (!settings) return;
    if (recording.state.phase === 'recording') void recording.stop();
    else if (recording.state.phase === 'idle') {
      void recording.start({
        deviceId: settings.microphoneDeviceId,
        questionId: question.id,
        questionText: followUp ?? question.text,
        parentId: followUp ? route.parentId : null,
        maxSeconds: followUp
          ? Math.min(FOLLOW_UP_MAX_SEC, settings.maxRecordingSec)
          : settings.maxRecordingSec,
      });
    }
  }, [recording, settings, question, followUp, route.parentId]);
  useSpaceKey(toggle, settings !== null);

  const elapsed = recording.state.phase === 'recording' ? recording.state.elapsedSec : 0;
  const label = {
    idle: 'Start recording',
    starting: 'Starting…',
    recording: 'Stop',
    stopping: 'Saving…',
  }[recording.state.phase];
  return (
    <section className="screen practice" aria-labelledby="screen-title">
      <p className="eyebrow">{followUp ? 'Follow-up question' : 'Practice'}</p>
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef} className="question-title">
        {followUp ?? question.text}
      </h1>
      {followUp && (
        <p className="muted">
          A follow-up to your answer to “{question.text}” Press Start when you are ready: aim for
          {` ${FOLLOW_UP_WINDOW.minSec} to ${FOLLOW_UP_WINDOW.maxSec} s`}.
        </p>
      )}
      <div className="practice-setup">
        {!followUp && (
          <QuestionPicker
            questions={questions}
            value={question.id}
            onChange={pickQuestion}
            disabled={busy}
          />
        )}
        {settings && (
          <MicrophonePicker
            value={settings.microphoneDeviceId}
            disabled={busy}
            onChange={(id) => void updateSettings({ microphoneDeviceId: id })}
          />
        )}
      </div>
      <ModelCheck />
      <div className="record-panel" data-phase={recording.state.phase}>
        <button
          type="button"
          className={`record-button ${isRecording ? 'is-recording' : ''}`}
          onClick={toggle}
          disabled={
            !settings ||
            recording.state.phase === 'starting' ||
            recording.state.phase === 'stopping'
          }
          aria-pressed={isRecording}
          aria-keyshortcuts="Space"
        >
          <span className="record-dot" aria-hidden="true" />
          {label}
        </button>
        <p className="record-hint">Press Space to {isRecording ? 'stop' : 'start'}.</p>
        {settings && (
          <RecordingTimer
            elapsedSec={elapsed}
            recording={isRecording}
            minSec={followUp ? FOLLOW_UP_WINDOW.minSec : settings.targetMinSec}
            maxSec={followUp ? FOLLOW_UP_WINDOW.maxSec : settings.targetMaxSec}
          />
        )}
        {isRecording && (
          <LevelMeter level={recording.state.phase === 'recording' ? recording.state.level : 0} />
        )}
        {recording.state.phase === 'recording' && settings?.liveTranscript !== false && (
          <LiveTranscript attemptId={recording.state.attemptId} />
        )}
        {recording.error && (
          <p className="notice notice-error" role="alert">
            {recording.error}
          </p>
        )}
      </div>
      {!followUp && (
        <details className="practice-guidance" open>
          <summary>How to answer it</summary>
          <QuestionGuidance guidance={question.guidance} />
        </details>
      )}
      {route.storyId && !followUp && <StoryCues storyId={route.storyId} />}
      {!followUp && (
        <p className="drill-link">
          Ready for more?{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => navigate({ screen: 'practice', drill: true })}
          >
            Drill: three questions in a row
          </button>
        </p>
      )}
    </section>
  );
}
