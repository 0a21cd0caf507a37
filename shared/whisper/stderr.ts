/** Reads the lines whisper-cli prints on stderr: progress, the decoded audio length, errors. */

/** The percentage of a `-pp` progress line ("...: progress =  45%"), or null. */
export function parseProgressLine(line: string): number | null {
  const match = /progress\s*=\s*(\d{1,3})%/.exec(line);
  return match ? Math.min(100, Number(match[1])) : null;
}

/** The decoded audio of the "processing '<file>' (N samples, X sec)" line, or null. */
export function parseAudioInfoLine(line: string): { samples: number; seconds: number } | null {
  const match = /processing '.*' \((\d+) samples, ([\d.]+) sec\)/.exec(line);
  if (!match) return null;
  return { samples: Number(match[1]), seconds: Number(match[2]) };
}

/** What a whisper-cli run that wrote no output complained about. */
export type WhisperFailure =
  | 'audio-unreadable'
  | 'audio-missing'
  | 'model-invalid'
  | 'output-unwritable'
  | 'processing-failed'
  | 'unknown';

/** Classifies whisper-cli's stderr after a run that produced no JSON file. */
export function classifyWhisperStderr(stderr: string): WhisperFailure {
  if (
    /failed to read audio (file|data)|failed to open audio|failed to decode audio/i.test(stderr)
  ) {
    return 'audio-unreadable';
  }
  if (/input file not found/i.test(stderr)) return 'audio-missing';
  if (/failed to initialize whisper context|failed to load model|invalid model/i.test(stderr)) {
    return 'model-invalid';
  }
  if (/failed to open '.*' for writing/i.test(stderr)) return 'output-unwritable';
  if (/failed to process audio/i.test(stderr)) return 'processing-failed';
  return 'unknown';
}

/** The last few meaningful lines of stderr, to quote in an error message. */
export function stderrTail(stderr: string, lines = 4): string {
  return stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && parseProgressLine(l) === null)
    .slice(-lines)
    .join('\n');
}
