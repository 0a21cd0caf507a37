import { describe, expect, it } from 'vitest';
import {
  classifyWhisperStderr,
  parseAudioInfoLine,
  parseProgressLine,
  stderrTail,
} from '../../../../shared/whisper/stderr';

describe('whisper-cli stderr', () => {
  it('reads -pp progress lines', () => {
    expect(parseProgressLine('whisper_print_progress_callback: progress =   5%')).toBe(5);
    expect(parseProgressLine('whisper_print_progress_callback: progress = 100%')).toBe(100);
    expect(parseProgressLine('whisper_init_from_file: loading model')).toBeNull();
  });

  it('reads the decoded audio length', () => {
    const line =
      "main: processing '/tmp/a b (1).wav' (176000 samples, 11.0 sec), 2 threads, 1 processors, 5 beams + best of 5, lang = en, task = transcribe, timestamps = 1 ...";
    expect(parseAudioInfoLine(line)).toEqual({ samples: 176000, seconds: 11 });
    expect(parseAudioInfoLine('main: done')).toBeNull();
  });

  it('classifies the failures whisper-cli reports', () => {
    expect(classifyWhisperStderr("error: failed to read audio file '/x.wav'")).toBe(
      'audio-unreadable',
    );
    expect(classifyWhisperStderr('error: failed to initialize whisper context')).toBe(
      'model-invalid',
    );
    expect(classifyWhisperStderr("error: input file not found '/x.wav'")).toBe('audio-missing');
    expect(classifyWhisperStderr('./whisper-cli: failed to process audio')).toBe(
      'processing-failed',
    );
    expect(classifyWhisperStderr('something else')).toBe('unknown');
  });

  it('quotes the last lines without progress noise', () => {
    const text = 'a\n\nb\nwhisper_print_progress_callback: progress =  50%\nc\n';
    expect(stderrTail(text, 2)).toBe('b\nc');
  });
});
