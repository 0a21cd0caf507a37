import { speak } from '../../integration/helpers/audio';

/** A spoken answer for Chromium's fake microphone (espeak-ng + sox, 16 kHz mono, generated at
 * test time and cached). Chromium loops the file, so any length works. */
export function fakeMicrophoneAnswer(): Promise<string> {
  return speak(
    'So the checkout service started timing out on a Friday night. I was on call, so I opened an incident, rolled back the deploy, and added a connection limit for the batch job. The error rate dropped from thirty percent to under one percent in ten minutes.',
  );
}
