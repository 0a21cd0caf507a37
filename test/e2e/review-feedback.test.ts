import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjacentFlag } from '../../shared/review/transcript-pieces';
import { MODEL, SKIP_ENGINE_TESTS, requireEngine } from '../integration/helpers/engine';
import { PracticePage } from './pages/practice-page';
import { ReviewPage } from './pages/review-page';
import { ShellPage } from './pages/shell-page';
import type { ComposedAnswer } from './support/answer-audio';
import { recordedTimeOf, recordingOffsetInSource } from './support/audio-offset';
import { seriousViolations } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { startPreview, type PreviewProcess } from './support/preview-process';
import { answerAudio, WEAK_INCIDENT } from './support/review-answers';
import { wavInfo } from './support/wav-info';

// A real recording through Chromium's fake microphone, transcribed by the real whisper-cli with
// the converted tiny.en model, analysed, and shown on the review screen.
describe.skipIf(SKIP_ENGINE_TESTS)(
  'review of a fresh recording (real whisper-cli, tiny.en)',
  () => {
    let preview: PreviewProcess;
    let browser: Browser;
    let page: Page;
    let review: ReviewPage;
    let answer: ComposedAnswer;
    let attemptDir = '';
    let recordedSec = 0;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      requireEngine();
      answer = await answerAudio('review-weak-incident', WEAK_INCIDENT);
      preview = await startPreview({ env: { REHEARSE_MODEL: MODEL } });
      browser = await launchChromium({ fakeAudioFile: answer.file });
      // A context of its own: axe-core's Playwright runner needs one.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      review = new ReviewPage(page);
      await new ShellPage(page).open(preview.url);
    });
    afterAll(async () => {
      await browser?.close();
      await preview?.stop();
      if (preview) fs.rmSync(preview.dataDir, { recursive: true, force: true });
    });

    it('transcribes on stop, showing progress, then highlights the vague and blame phrases', async () => {
      await page.getByLabel('Question').selectOption('pi-incident');
      const practice = new PracticePage(page);
      await review.watchProgress();
      const startedAt = await practice.start();
      // Stop in the trailing silence, before Chromium loops the file back to its start.
      await page.waitForTimeout((answer.durationSec - 1.5) * 1000);
      const stoppedAt = await practice.stop();
      recordedSec = (stoppedAt - startedAt) / 1000;
      await review.waitForTranscript();
      expect(await review.stages()).toContain('transcribing');

      const attempts = path.join(preview.dataDir, 'attempts');
      attemptDir = path.join(attempts, fs.readdirSync(attempts)[0]!);
      expect(fs.existsSync(path.join(attemptDir, 'analysis.json'))).toBe(true);

      await expect.poll(() => review.flagMark('vague', /we handled it/i).count()).toBe(1);
      await expect.poll(() => review.flagMark('blame', /caused the problem/i).count()).toBe(1);
      expect(await review.flagTags('vague').first().textContent()).toMatch(/^vague/);
      expect(await review.flagTags('blame').first().getAttribute('aria-label')).toMatch(
        /^Blame: .*caused the problem/i,
      );
      await saveScreenshot(page, 'review-fresh-recording');
    });

    it('moves the playhead to where a clicked phrase is spoken, within 0.5 s', async () => {
      await review.waitForWaveform();
      const wav = path.join(attemptDir, 'audio.wav');
      const whole = recordingOffsetInSource(wav, answer.file);
      const phrases = [
        { kind: 'vague', text: /we handled it/i, sentence: 1 },
        { kind: 'blame', text: /caused the problem/i, sentence: 2 },
      ];
      for (const phrase of phrases) {
        const fileSec = answer.sentences[phrase.sentence]!.startSec;
        // Lined up around the sentence itself: the recording must hold that stretch of speech.
        const local = recordedTimeOf(wav, answer.file, fileSec, { offsetSec: whole.offsetSec });
        expect(local.correlation).toBeGreaterThan(0.8);
        const spokenAt = local.recordedSec;
        const mark = review.flagMark(phrase.kind, phrase.text).first();
        const playhead = await review.playheadAfter(() => mark.locator('.w').first().click());
        console.log(
          `[review e2e] ${phrase.kind}: spoken at ${spokenAt.toFixed(2)} s in the recording ` +
            `(file ${fileSec.toFixed(2)} s; whole-file offset ${whole.offsetSec.toFixed(2)} s, ` +
            `r ${whole.correlation.toFixed(2)}; local r ${local.correlation.toFixed(2)}), ` +
            `playhead moved to ${playhead.toFixed(2)} s (${(playhead - spokenAt).toFixed(2)} s)`,
        );
        expect(Math.abs(playhead - spokenAt)).toBeLessThan(0.5);
        await review.pause();
      }
    });

    it('states a duration verdict that matches the recording', async () => {
      const wav = wavInfo(path.join(attemptDir, 'audio.wav'));
      expect(Math.abs(wav.durationSec - recordedSec)).toBeLessThan(0.1);
      const { offsetSec } = recordingOffsetInSource(
        path.join(attemptDir, 'audio.wav'),
        answer.file,
      );
      const first = answer.sentences[0]!.startSec - offsetSec;
      const last = Math.min(answer.sentences.at(-1)!.endSec - offsetSec, wav.durationSec);
      const speaking = last - Math.max(0, first);
      const verdict = await review.verdict();
      console.log(
        `[review e2e] recorded ${recordedSec.toFixed(2)} s, speech in it ${speaking.toFixed(2)} s, ` +
          `verdict based on ${verdict.seconds} s: "${verdict.text}"`,
      );
      // The engine counts from the first word's start to the last word's end. tiny.en stretches the
      // last word into the trailing silence, so the count lies between the speech and the recording.
      expect(verdict.seconds).toBeGreaterThan(speaking - 0.5);
      expect(verdict.seconds).toBeLessThanOrEqual(wav.durationSec + 0.05);
      // The distance to the window is counted from the speaking time in whole seconds.
      const spokenSec = Math.round(verdict.seconds);
      expect(verdict.text).toMatch(new RegExp(`^${90 - spokenSec} s under 1:30: \\w`));
      const facts = await page.locator('.gauge-facts').textContent();
      const clock = (s: number) => {
        const r = Math.round(s);
        return `${Math.floor(r / 60)}:${String(r % 60).padStart(2, '0')}`;
      };
      expect(facts).toContain(`${clock(spokenSec)} spoken`);
      expect(facts).toContain(`${clock(wav.durationSec)} recorded`);
    });

    it('plays from a waveform region and a STAR-L part, and marks the word being spoken', async () => {
      const analysis = JSON.parse(fs.readFileSync(path.join(attemptDir, 'analysis.json'), 'utf8'));
      const blames = analysis.flags.filter((f: { kind: string }) => f.kind === 'blame');
      const regions = page.locator('[data-testid="waveform"] [data-kind="blame"]');
      expect(await regions.count()).toBe(blames.length);
      const first = blames.sort(
        (a: { startSec: number }, b: { startSec: number }) => a.startSec - b.startSec,
      )[0];
      expect(await review.playheadAfter(() => regions.first().click())).toBeCloseTo(
        first.startSec,
        1,
      );
      await review.pause();

      const part = page.locator('.star-segment').nth(1);
      const partStart = Number(await part.getAttribute('data-start-sec'));
      expect(await review.playheadAfter(() => part.click())).toBeCloseTo(partStart, 1);
      await page.waitForTimeout(1200);
      const active = page.locator('[data-testid="transcript"] .w.is-active');
      expect(await active.count()).toBeGreaterThan(0);
      const wordStart = Number(await active.first().getAttribute('data-word-start'));
      const now = await review.currentTime();
      expect(wordStart).toBeLessThanOrEqual(now);
      expect(wordStart).toBeGreaterThan(partStart - 0.01);
      await review.pause();
    });

    it('filters highlights by kind from the legend, and explains a flag on focus', async () => {
      const vague = page.locator('.legend-item[data-kind="vague"]');
      expect(await vague.textContent()).toMatch(/^Vague\d+$/);
      await vague.click();
      expect(await vague.getAttribute('aria-pressed')).toBe('false');
      expect(await review.flagTags('vague').count()).toBe(0);
      expect(await page.locator('[data-testid="waveform"] [data-kind="vague"]').count()).toBe(0);
      expect(await review.flagTags('blame').count()).toBeGreaterThan(0);
      await vague.click();
      expect(await review.flagTags('vague').count()).toBeGreaterThan(0);

      const tag = review.flagTags('blame').first();
      await tag.focus();
      const tooltip = page.locator('.flag-tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toMatch(/Blame:|pins the failure on others/i);
      expect(await tag.evaluate((el) => el.getAttribute('aria-describedby'))).toBeTruthy();
      const description = await tag.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
      );
      expect(description).toMatch(/Try: /);
      await saveScreenshot(page, 'review-flag-tooltip');
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'hidden' });
    });

    it('plays, seeks and steps through flags from the keyboard', async () => {
      await page.locator('h1').focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.play-button').textContent()).toBe('Pause');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.play-button').textContent()).toBe('Play');

      // Bring the playhead near the start (5 s steps back) so a step forward is not clipped.
      await page.locator('h1').focus();
      while ((await review.currentTime()) > 5) {
        await review.playheadAfter(() => page.keyboard.press('ArrowLeft'));
      }
      const from = await review.currentTime();
      expect(await review.playheadAfter(() => page.keyboard.press('ArrowRight'))).toBeCloseTo(
        from + 5,
        1,
      );
      expect(await review.playheadAfter(() => page.keyboard.press('ArrowLeft'))).toBeCloseTo(
        from,
        1,
      );

      const analysis = JSON.parse(fs.readFileSync(path.join(attemptDir, 'analysis.json'), 'utf8'));
      const starts = (analysis.flags as { startSec: number }[])
        .map((f) => f.startSec)
        .sort((a, b) => a - b);
      // Park the playhead on the first word (a click seeks there), then step through flags.
      await review.playheadAfter(() =>
        page.locator('[data-testid="transcript"] .w').first().click(),
      );
      // A word click also plays: stop it, or the next read takes a playback tick for the K seek.
      await review.pause();
      const atStart = await review.currentTime();
      await page.locator('h1').focus();
      const next = starts.find((t) => t > atStart + 0.05)!;
      expect(await review.playheadAfter(() => page.keyboard.press('k'))).toBeCloseTo(next, 1);
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('flag-tag');
      await review.pause();
      const later = starts.find((t) => t > next + 0.05)!;
      expect(await review.playheadAfter(() => page.keyboard.press('k'))).toBeCloseTo(later, 1);
      await review.pause();
      // Where J goes depends on where the pause landed: a flag still being played (the playhead
      // inside it or within its grace) is skipped. The rule itself is unit-tested; here the key
      // must take the playhead where that rule says, one flag back.
      await review.playheadAfter(() => page.keyboard.press('ArrowRight'));
      const paused = await review.currentTime();
      const previous = adjacentFlag(analysis.flags, paused, 'previous');
      expect(previous).toBeGreaterThanOrEqual(0);
      const back = analysis.flags[previous].startSec as number;
      expect(back).toBeLessThan(paused);
      expect(await review.playheadAfter(() => page.keyboard.press('j'))).toBeCloseTo(back, 1);
      await review.pause();
    });

    it('reaches every control by Tab, each with a visible focus ring', async () => {
      await page.locator('h1').focus();
      const seen: { label: string; outline: string }[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || !el.closest('.review-screen')) return null;
          const style = getComputedStyle(el);
          return {
            label: `${el.tagName.toLowerCase()}.${el.className}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        });
        if (!info) break;
        seen.push(info);
      }
      const labels = seen.map((s) => s.label).join('\n');
      for (const expected of [
        /Export/,
        /play-button/,
        /select/,
        /star-segment/,
        /legend-item/,
        /flag-tag/,
        /Record a follow-up answer/,
      ]) {
        expect(labels).toMatch(expected);
      }
      for (const s of seen) expect(s.outline, s.label).not.toMatch(/^none|0px$/);
    });

    it('has no serious or critical accessibility violations (axe-core), light and dark', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(scheme);
        const found = await seriousViolations(page);
        console.log(`[review e2e] axe (${scheme}): ${JSON.stringify(found)}`);
        expect(found).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });

    it('exports the report as Markdown and for print, and the transcript as text and JSON', async () => {
      const exportItem = async (name: string) => {
        await page.getByRole('button', { name: 'Export' }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return {
          name: download.suggestedFilename(),
          text: fs.readFileSync((await download.path())!, 'utf8'),
        };
      };
      const transcript = JSON.parse(
        fs.readFileSync(path.join(attemptDir, 'transcript.json'), 'utf8'),
      );
      const md = await exportItem('Report (Markdown)');
      expect(md.name).toMatch(
        /^rehearse-\d{4}-\d\d-\d\d-tell-me-about-a-production-incident-you-handled\.md$/,
      );
      expect(md.text).toMatch(/^# Tell me about a production incident you handled\.\n/);
      for (const heading of [
        'Fix first',
        'Length and pace',
        'Signals',
        'Flagged phrases',
        'Transcript',
      ])
        expect(md.text).toContain(`## ${heading}`);
      expect(md.text).toMatch(/Vague: “We handled it”/i);
      const text = await exportItem('Transcript (text)');
      expect(text.text).toBe(
        `Tell me about a production incident you handled.\n\n${transcript.text}\n`,
      );
      const json = JSON.parse((await exportItem('Transcript with word timings (JSON)')).text);
      expect(json.words).toEqual(transcript.words);

      await page.evaluate(() => {
        (window as unknown as { __printed: number }).__printed = 0;
        window.print = () => void (window as unknown as { __printed: number }).__printed++;
      });
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('button', { name: 'Print or save as PDF' }).click();
      expect(
        await page.evaluate(() => (window as unknown as { __printed: number }).__printed),
      ).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.review-screen').isVisible()).toBe(false);
      const printed = (await page.locator('.print-report').innerText()).replace(/\s+/g, ' ');
      for (const heading of ['Fix first', 'Length and pace', 'Flagged phrases', 'Transcript'])
        expect(printed).toContain(heading);
      expect(printed).toContain(transcript.text.replace(/\s+/g, ' ').trim());
      const pdf = await page.pdf({
        path: path.join(
          path.dirname(await saveScreenshot(page, 'review-print')),
          'review-report.pdf',
        ),
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
    });

    it('opens a stored attempt with its transcript and feedback at once, without transcribing', async () => {
      await page.keyboard.press('Control+5');
      await review.watchProgress();
      await page.locator('.attempt-open').first().click();
      await review.waitForTranscript(5_000);
      expect(await review.stages()).toEqual([]);
      expect(await review.flagMark('vague', /we handled it/i).count()).toBe(1);
    });

    it('records a follow-up answer linked to this attempt', async () => {
      const parentId = path.basename(attemptDir);
      const first = page.locator('.follow-up').first();
      const question = (await first.locator('strong').textContent())!;
      await first.getByRole('button', { name: /Record a follow-up answer/ }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(question);
      // A Start step: the user starts the follow-up answer when ready.
      await new PracticePage(page).start();
      await page.waitForTimeout(3000);
      await new PracticePage(page).stop();
      await review.waitForTranscript();
      expect(await page.locator('.review-header .eyebrow').textContent()).toMatch(
        /^Follow-up answer/,
      );
      expect(await page.locator('h1').textContent()).toBe(question);
      const attempts = path.join(preview.dataDir, 'attempts');
      const child = fs.readdirSync(attempts).find((id) => id !== parentId)!;
      const stored = JSON.parse(
        fs.readFileSync(path.join(attempts, child, 'attempt.json'), 'utf8'),
      );
      expect(stored).toMatchObject({ parentId, questionText: question, questionId: 'pi-incident' });
      await page.getByRole('button', { name: 'Open the original answer' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Tell me about a production incident you handled.');
    });

    it('threw no uncaught error in the page along the way', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
