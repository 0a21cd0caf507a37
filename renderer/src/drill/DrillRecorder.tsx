import { useCallback } from 'react';
import type { Attempt } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { RecordingTimer } from '../practice/RecordingTimer';
import { useSpaceKey } from '../practice/use-space-key';
import { useRecording } from '../recording/use-recording';

/** Records one answer of a drill (or of its follow-up round): the prompt, a record/stop button
 * (also Space) and the timer. */
export function DrillRecorder(props: {
  settings: Settings;
  step: string;
  prompt: string;
  questionId: string;
  parentId: string | null;
  maxSeconds: number;
  onRecorded: (attempt: Attempt) => void;
}) {
  const { settings, onRecorded } = props;
  const recording = useRecording(
    useCallback((attempt: Attempt) => onRecorded(attempt), [onRecorded]),
  );
  const isRecording = recording.state.phase === 'recording';
  const toggle = useCallback(() => {
    if (recording.state.phase === 'recording') void recording.stop();
    else if (recording.state.phase === 'idle') {
      void recording.start({
        deviceId: settings.microphoneDeviceId,
        questionId: props.questionId,
        questionText: props.prompt,
        parentId: props.parentId,
        maxSeconds: props.maxSeconds,
      });
    }
  }, [recording, settings, props.questionId, props.prompt, props.parentId, props.maxSeconds]);
  useSpaceKey(toggle);
  const elapsed = recording.state.phase === 'recording' ? recording.state.elapsedSec : 0;
  return (
    <div className="record-panel drill-recorder" data-phase={recording.state.phase}>
      <p className="eyebrow">{props.step}</p>
      <p className="drill-prompt">{props.prompt}</p>
      <button
        type="button"
        className={`record-button ${isRecording ? 'is-recording' : ''}`}
        onClick={toggle}
        disabled={recording.state.phase === 'starting' || recording.state.phase === 'stopping'}
        aria-pressed={isRecording}
        aria-keyshortcuts="Space"
      >
        <span className="record-dot" aria-hidden="true" />
        {isRecording ? 'Stop' : recording.state.phase === 'idle' ? 'Start recording' : 'Saving…'}
      </button>
      <RecordingTimer
        elapsedSec={elapsed}
        minSec={settings.targetMinSec}
        maxSec={settings.targetMaxSec}
        recording={isRecording}
      />
      {recording.error && (
        <p className="notice notice-error" role="alert">
          {recording.error}
        </p>
      )}
    </div>
  );
}
