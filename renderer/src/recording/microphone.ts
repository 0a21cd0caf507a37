/** A microphone failure, with a message that says what to do. */
class MicrophoneError extends Error {
  constructor(
    readonly code: 'no-microphone' | 'permission-denied' | 'busy' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

/** Opens the chosen microphone (or the default one) for speech: mono, no echo cancellation or
 * noise suppression, which would smear the fillers and pauses Rehearse is listening for. */
export async function openMicrophone(deviceId: string): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new MicrophoneError('unsupported', 'This window cannot use a microphone.');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: {
        deviceId: deviceId ? { exact: deviceId } : undefined,
        channelCount: 1,
        echoCancellation: false,
        noiseSuppression: false,
        autoGainControl: true,
      },
    });
  } catch (error) {
    throw toMicrophoneError(error, deviceId);
  }
}

function toMicrophoneError(error: unknown, deviceId: string): Error {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new MicrophoneError(
      'permission-denied',
      'Rehearse is not allowed to use the microphone. Allow microphone access for Rehearse in your system or browser settings, then try again.',
    );
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return new MicrophoneError(
      'no-microphone',
      deviceId
        ? 'The chosen microphone is not connected. Plug it in, or pick another one in the microphone list.'
        : 'No microphone was found. Connect one and try again.',
    );
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return new MicrophoneError(
      'busy',
      'The microphone could not be opened; another app may be using it. Close that app and try again.',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The audio inputs the system offers (labels appear once microphone access was granted). */
export async function listMicrophones(): Promise<MediaDeviceInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput');
}
