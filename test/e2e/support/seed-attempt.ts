import fs from 'node:fs';
import type { PreviewProcess } from './preview-process';

/** Calls the preview's bridge the way the page does (POST /api/<name> with the run's token). */
export async function callPreview<T>(
  preview: PreviewProcess,
  name: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(`${preview.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${preview.token}` },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
  return result.data as T;
}

/** Stores a 16 kHz mono WAV as a finished attempt through the same calls a recording makes
 * (create, append audio in 1 s chunks, finish), without waiting for it in real time. */
export async function seedAttempt(
  preview: PreviewProcess,
  wav: string,
  question: { questionId: string; questionText: string },
): Promise<string> {
  const attempt = await callPreview<{ id: string }>(preview, 'attempts/create', {
    ...question,
    sampleRate: 16000,
    deviceLabel: 'Seeded from a test WAV',
    parentId: null,
  });
  const pcm = fs.readFileSync(wav).subarray(44);
  const chunk = 32000;
  for (let seq = 0; seq * chunk < pcm.length; seq++) {
    await callPreview(preview, 'attempts/append-audio', {
      id: attempt.id,
      seq,
      pcm: pcm.subarray(seq * chunk, (seq + 1) * chunk).toString('base64'),
    });
  }
  await callPreview(preview, 'attempts/finish', { id: attempt.id, reason: 'stopped' });
  return attempt.id;
}
