import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_WINDOW } from '../../../../shared/analysis/signals/duration';
import { signalDeltas } from '../../../../shared/progress/deltas';
import { rowDuration } from '../../../../shared/progress/history-row';
import {
  distanceLabel,
  durationSummary,
  recordedLabel,
  spokenLabel,
  takeDuration,
} from '../../../../shared/review/duration';
import { buildReport, reportToMarkdown } from '../../../../shared/review/report';
import { rowFigures } from '../../../../renderer/src/history/format-row';
import { row, view } from '../progress/view-fixture';
import type { Transcript } from '../../../../shared/transcript';
import { analyzeSpoken } from './helpers';

const signal = (seconds: number, band: 'short' | 'on-target' | 'long', estimated = false) => ({
  seconds,
  estimated,
  band,
  targetMinSec: ANSWER_WINDOW.minSec,
  targetMaxSec: ANSWER_WINDOW.maxSec,
});

describe('the one definition of a take duration', () => {
  it('judges speaking time, labels the recording, and says the distance to the window', () => {
    // The take: 40.2 s recorded, 38.6 s spoken.
    const d = takeDuration({ recordedSec: 40.2, duration: signal(38.6, 'short') });
    expect(recordedLabel(d)).toBe('0:40 recorded');
    expect(spokenLabel(d)).toBe('0:39 spoken');
    expect(distanceLabel(d)).toBe('51 s under 1:30');
    expect(durationSummary(d)).toBe('0:39 spoken · 51 s under 1:30');
  });

  it('says over, inside, estimated, and only the recording before analysis', () => {
    expect(distanceLabel(takeDuration({ recordedSec: 150, duration: signal(144.4, 'long') }))).toBe(
      '24 s over 2:00',
    );
    const inside = takeDuration({ recordedSec: 110, duration: signal(101, 'on-target', true) });
    expect(distanceLabel(inside)).toBe('in the 1:30 to 2:00 window');
    expect(spokenLabel(inside)).toBe('about 1:41 spoken');
    const raw = takeDuration({ recordedSec: 40.2 });
    expect([spokenLabel(raw), distanceLabel(raw), durationSummary(raw)]).toEqual([
      null,
      null,
      '0:40 recorded',
    ]);
  });

  it('never says "0 s under" at the edge of the window', () => {
    const edge = takeDuration({ recordedSec: 95, duration: signal(89.6, 'short') });
    expect(distanceLabel(edge)).toBe('1 s under 1:30');
  });
});

describe('every duration shown for a take comes from it', () => {
  it('History rows and charts use the row duration by the shared definition', () => {
    const r = row(
      '20260301-100000-000-aaaaaaaa',
      '2026-03-01T10:00:00.000Z',
      'pi-incident',
      view({ seconds: 38.6 }),
    );
    const d = rowDuration(r);
    expect(rowFigures(r).find((f) => f.label === 'Length')!.value).toBe(durationSummary(d));
    expect(durationSummary(d)).toBe('0:39 spoken · 51 s under 1:30');
  });

  it('the comparison says the same seconds and distance', () => {
    const [duration] = signalDeltas(view({ seconds: 150.4 }), view({ seconds: 38.6 })).filter(
      (x) => x.key === 'duration',
    );
    const after = takeDuration({ recordedSec: 0, duration: signal(38.6, 'short') });
    expect(duration!.sentence).toBe(
      `duration 150 s to ${after.spokenSec} s: now ${after.outsideSec} s under the window`,
    );
  });

  it('the report shows the recorded length, the speaking time and the distance from it', () => {
    const text = 'We had an outage. I restarted the service and it recovered.';
    const { words, analysis } = analyzeSpoken(text, 20);
    const transcript: Transcript = {
      version: 1,
      text,
      words,
      segments: [{ text, start: 0.5, end: 20.5 }],
      audioDurationSec: 21.4,
      noSpeech: false,
      language: 'en',
      model: 'ggml-tiny.en.bin',
      createdAt: '2026-11-28T16:20:00.000Z',
    };
    const md = reportToMarkdown(
      buildReport({
        questionText: 'Q',
        dateLabel: 'today',
        recordedSec: 21.4,
        transcript,
        analysis,
      }),
    );
    const d = takeDuration({ recordedSec: 21.4, duration: analysis.signals.duration });
    expect(md).toContain(recordedLabel(d));
    expect(md).toContain(`${spokenLabel(d)}, ${distanceLabel(d)}`);
  });

  it('no screen or report formats a take duration by itself', () => {
    // Any m:ss or rounding of a take's seconds outside shared/review/duration.ts would be a second
    // definition that can disagree with it by a second or a label.
    const roots = ['renderer/src', 'shared/review', 'shared/progress'];
    const ownDuration =
      /(clock|Math\.round)\(\s*[\w.?]*(durationSec|recordingSec|recordedSec|spokenSec|duration\.seconds|d\.seconds)\b/;
    // verdict.ts (the analysis engineer's) still words its on-target advice with the seconds; only
    // its advice for answers outside the window is shown, which holds no duration (checked below).
    const exempt = [path.join('review', 'duration.ts'), path.join('review', 'verdict.ts')];
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !exempt.some((e) => file.endsWith(e))) {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (ownDuration.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    for (const root of roots) walk(root);
    expect(offenders).toEqual([]);
    const shown = ['renderer/src/review/DurationGauge.tsx', 'shared/review/report.ts'].map((f) =>
      fs.readFileSync(f, 'utf8'),
    );
    for (const source of shown) {
      expect(source).not.toMatch(
        /verdict\.(headline|sentence)|durationVerdict\([^)]*\)\.(headline|sentence)/,
      );
    }
  });
});
