import { useEffect, useRef, useState, type RefObject } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';

/** What the replay UI reads from the player. */
export type PlayerState = {
  ready: boolean;
  playing: boolean;
  currentTime: number;
  duration: number;
};

/** A wavesurfer instance with the timeline and regions plugins, bound to `container`. The regions
 * plugin is exposed so later features (flag regions, STAR-L band) can draw on the waveform. */
export function useWavesurfer(
  container: RefObject<HTMLDivElement | null>,
  timeline: RefObject<HTMLDivElement | null>,
  url: string | null,
  markers: number[],
) {
  const [player, setPlayer] = useState<WaveSurfer | null>(null);
  const regionsRef = useRef<ReturnType<typeof RegionsPlugin.create> | null>(null);
  const [state, setState] = useState<PlayerState>({
    ready: false,
    playing: false,
    currentTime: 0,
    duration: 0,
  });

  useEffect(() => {
    if (!container.current || !timeline.current || !url) return;
    const styles = getComputedStyle(document.documentElement);
    const regions = RegionsPlugin.create();
    regionsRef.current = regions;
    const ws = WaveSurfer.create({
      container: container.current,
      url,
      height: 110,
      waveColor: styles.getPropertyValue('--wave').trim() || '#9aa5b8',
      progressColor: styles.getPropertyValue('--accent').trim() || '#2f5bd3',
      cursorColor: styles.getPropertyValue('--text').trim() || '#1b1f24',
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      dragToSeek: true,
      normalize: true,
      plugins: [TimelinePlugin.create({ container: timeline.current }), regions],
    });
    const update = () =>
      setState({
        ready: true,
        playing: ws.isPlaying(),
        currentTime: ws.getCurrentTime(),
        duration: ws.getDuration(),
      });
    ws.on('ready', () => {
      const duration = ws.getDuration();
      for (const mark of markers) {
        if (mark < duration) {
          regions.addRegion({
            id: `mark-${mark}`,
            start: mark,
            content: `${mark} s`,
            color: 'rgba(240, 162, 2, 0.9)',
            drag: false,
            resize: false,
          });
        }
      }
      update();
    });
    for (const event of [
      'play',
      'pause',
      'finish',
      'timeupdate',
      'seeking',
      'interaction',
    ] as const) {
      ws.on(event, update);
    }
    setPlayer(ws);
    return () => {
      ws.destroy();
      setPlayer(null);
      regionsRef.current = null;
      setState({ ready: false, playing: false, currentTime: 0, duration: 0 });
    };
    // markers are fixed per attempt; re-creating the player when only their identity changes would
    // restart playback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, timeline, url]);

  return { player, regions: regionsRef, state };
}
