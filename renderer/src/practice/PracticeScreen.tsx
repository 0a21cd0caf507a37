import { useCallback, useState, type RefObject } from 'react';
import type { Attempt } from '../../../shared/contract';
import { findQuestion, questions } from '../../../shared/questions/bank';
import { useNavigation } from '../app/navigation';
import type { AppState } from '../app/use-app-state';
import { useRecording } from '../recording/use-recording';
import { LevelMeter } from './LevelMeter';
import { MicrophonePicker } from './MicrophonePicker';
import { QuestionPicker } from './QuestionPicker';
import { RecordingTimer } from './RecordingTimer';
import { useSpaceKey } from './use-space-key';

/** Practice: the question on top, a big record/stop control (also Space), a live timer against
 * the 90 to 120 s window, and the microphone with its level. Stopping opens the replay. */
export function PracticeScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { settings, updateSettings } = props.state;
  const { route, navigate } = useNavigation();
  const [questionId, setQuestionId] = useState(route.questionId ?? questions[0]!.id);
  const question = findQuestion(questionId) ?? questions[0]!;

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
        questionText: question.text,
        maxSeconds: settings.maxRecordingSec,
      });
    }
  }, [recording, settings, question]);
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
      <p className="eyebrow">Practice</p>
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef} className="question-title">
        {question.text}
      </h1>
      <div className="practice-setup">
        <QuestionPicker value={question.id} onChange={setQuestionId} disabled={busy} />
        {settings && (
          <MicrophonePicker
            value={settings.microphoneDeviceId}
            disabled={busy}
            onChange={(id) => void updateSettings({ microphoneDeviceId: id })}
          />
        )}
      </div>
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
            minSec={settings.targetMinSec}
            maxSec={settings.targetMaxSec}
          />
        )}
        {isRecording && (
          <LevelMeter level={recording.state.phase === 'recording' ? recording.state.level : 0} />
        )}
        {recording.error && (
          <p className="notice notice-error" role="alert">
            {recording.error}
          </p>
        )}
      </div>
    </section>
  );
}
