import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWhisperArgs } from '../../../../../electron/services/transcription/whisper-args';

describe('buildWhisperArgs', () => {
  const base = { modelPath: 'm.bin', audioPath: 'a.wav', outputBase: '/tmp/out', threads: 2 };

  it('asks for full JSON, progress, threads and English, with absolute paths', () => {
    const args = buildWhisperArgs(base);
    expect(args).toEqual([
      '-m',
      path.resolve('m.bin'),
      '-f',
      path.resolve('a.wav'),
      '-of',
      '/tmp/out',
      '-ojf',
      '-pp',
      '-t',
      '2',
      '-l',
      'en',
    ]);
  });

  it('passes the prompt as one argument, quotes and all (no shell)', () => {
    const prompt = `Umm, let me think like, hmm... "quoted" $(not run) ; rm -rf /`;
    const args = buildWhisperArgs({ ...base, prompt });
    expect(args.slice(-2)).toEqual(['--prompt', prompt]);
  });

  it('never lets an audio file named "-" or "-x.wav" read stdin or pass for a flag', () => {
    for (const audioPath of ['-', '-x.wav']) {
      const args = buildWhisperArgs({ ...base, audioPath });
      expect(args[args.indexOf('-f') + 1]).toBe(path.resolve(audioPath));
    }
  });

  it('keeps at least one thread', () => {
    const args = buildWhisperArgs({ ...base, threads: 0 });
    expect(args[args.indexOf('-t') + 1]).toBe('1');
  });

  it('asks for DTW token times with the model preset, and turns flash attention off for it', () => {
    expect(buildWhisperArgs({ ...base, dtwPreset: 'base.en' }).slice(-3)).toEqual([
      '--dtw',
      'base.en',
      '-nfa',
    ]);
    expect(buildWhisperArgs({ ...base, dtwPreset: null })).not.toContain('--dtw');
  });
});
