import { describe, expect, it } from 'vitest';
import { ProgressMeter } from '../../../../../electron/services/models/progress-meter';

function meter(intervalMs = 250, windowMs = 5000) {
  let now = 0;
  const m = new ProgressMeter({ modelId: 'base.en', intervalMs, windowMs, now: () => now });
  return { m, tick: (ms: number) => (now += ms) };
}

describe('ProgressMeter', () => {
  it('emits at most once per interval, unless forced', () => {
    const { m, tick } = meter();
    m.reset(0, 1000);
    tick(10);
    expect(m.sample(10)).not.toBeNull();
    tick(100);
    expect(m.sample(20)).toBeNull();
    expect(m.sample(30, true)).not.toBeNull();
    tick(249);
    expect(m.sample(40)).toBeNull();
    tick(1);
    expect(m.sample(50)).not.toBeNull();
  });

  it('computes speed and ETA from the bytes of this session, not a resumed offset', () => {
    const { m, tick } = meter();
    m.reset(600_000, 1_000_000);
    tick(1000);
    expect(m.sample(700_000)).toEqual({
      modelId: 'base.en',
      receivedBytes: 700_000,
      totalBytes: 1_000_000,
      bytesPerSec: 100_000,
      etaSec: 3,
    });
  });

  it('follows the recent rate over the window when the speed changes', () => {
    const { m, tick } = meter(250, 2000);
    m.reset(0, 10_000_000);
    for (let i = 1; i <= 10; i++) {
      tick(500);
      m.sample(i * 500_000); // 1 MB/s for 5 s
    }
    for (let i = 1; i <= 8; i++) {
      tick(500);
      m.sample(5_000_000 + i * 50_000); // then 100 kB/s
    }
    const event = m.sample(5_400_000, true)!;
    expect(event.bytesPerSec).toBeGreaterThan(90_000);
    expect(event.bytesPerSec).toBeLessThan(130_000);
    expect(event.etaSec).toBeGreaterThan(35);
  });

  it('reports an unknown ETA without a total or before any speed, and 0 when done', () => {
    const { m, tick } = meter();
    m.reset(0, null);
    tick(300);
    expect(m.sample(500)).toMatchObject({ totalBytes: null, etaSec: null });
    const done = meter();
    done.m.reset(0, 100);
    expect(done.m.sample(0, true)).toMatchObject({ bytesPerSec: 0, etaSec: null });
    done.tick(100);
    expect(done.m.sample(100, true)).toMatchObject({ receivedBytes: 100, etaSec: 0 });
  });
});
