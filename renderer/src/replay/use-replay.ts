import { useRef } from 'react';
import { useWavesurfer } from './use-wavesurfer';

/** A replay of one recording: the element refs the panel renders into, the player, its regions,
 * its state and its controls. Created by the screen so other parts (transcript, shortcuts) can
 * seek and follow the playhead too. */
export function useReplay(url: string | null, markers: number[]) {
  const waveRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<HTMLDivElement>(null);
  return { waveRef, timelineRef, ...useWavesurfer(waveRef, timelineRef, url, markers) };
}

/** The replay handle the panel and its neighbours share. */
export type Replay = ReturnType<typeof useReplay>;
