import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';
import { clock } from '../ui/format';
import { waveColors, watchTheme } from './theme-colors';

/** What the replay UI reads from the player. */
export type PlayerState = {
  ready: boolean;
  playing: boolean;
  currentTime: number;
  duration: number;
};

/** The regions plugin instance (flags and markers are drawn with it). */
export type Regions = ReturnType<typeof RegionsPlugin.create>;

const IDLE: PlayerState = { ready: false, playing: false, currentTime: 0, duration: 0 };

/** A wavesurfer instance with the timeline and regions plugins, bound to `container`, plus the
 * controls the review needs: seek, play from a time, toggle. Clicking a region plays from its
 * start; colours follow the theme. */
export function useWavesurfer(
  container: RefObject<HTMLDivElement | null>,
  timeline: RefObject<HTMLDivElement | null>,
  url: string | null,
  markers: number[],
) {
  const [player, setPlayer] = useState<WaveSurfer | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const [state, setState] = useState<PlayerState>(IDLE);

  useEffect(() => {
    if (!container.current || !timeline.current || !url) return;
    const regionsPlugin = RegionsPlugin.create();
    const ws = WaveSurfer.create({
      container: container.current,
      url,
      height: 110,
      ...waveColors(),
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      dragToSeek: true,
      normalize: true,
      plugins: [
        TimelinePlugin.create({
          container: timeline.current,
          formatTimeCallback: clock,
          secondaryLabelOpacity: 1,
        }),
        regionsPlugin,
      ],
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
          regionsPlugin.addRegion({
            id: `mark-${mark}`,
            start: mark,
            content: clock(mark),
            color: 'var(--focus)',
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
    ] as const)
      ws.on(event, update);
    // A click on a region plays from where it starts, not from the exact pixel clicked.
    regionsPlugin.on('region-clicked', (region, event) => {
      event.stopPropagation();
      void ws.play(region.start);
    });
    const stopWatching = watchTheme(() => ws.setOptions(waveColors()));
    setPlayer(ws);
    setRegions(regionsPlugin);
    return () => {
      stopWatching();
      ws.destroy();
      setPlayer(null);
      setRegions(null);
      setState(IDLE);
    };
    // markers are fixed per attempt; re-creating the player when only their identity changes would
    // restart playback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, timeline, url]);

  const seek = useCallback(
    (seconds: number) => {
      if (!player) return;
      player.setTime(Math.min(Math.max(0, seconds), player.getDuration()));
    },
    [player],
  );
  const playFrom = useCallback(
    (seconds: number) => {
      seek(seconds);
      void player?.play();
    },
    [player, seek],
  );
  const seekBy = useCallback(
    (delta: number) => {
      if (player) seek(player.getCurrentTime() + delta);
    },
    [player, seek],
  );
  const toggle = useCallback(() => void player?.playPause(), [player]);
  const controls = useMemo(
    () => ({ seek, seekBy, playFrom, toggle }),
    [seek, seekBy, playFrom, toggle],
  );

  return { player, regions, state, controls };
}

/** Seek, seek-by, play-from and play/pause of a replay. */
export type ReplayControls = ReturnType<typeof useWavesurfer>['controls'];
