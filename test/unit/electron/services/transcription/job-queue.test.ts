import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../../../../electron/services/transcription/job-queue';

const deferred = () => {
  let resolve!: (v: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
};

describe('JobQueue', () => {
  it('runs one job at a time, in order', async () => {
    const queue = new JobQueue<string>();
    const log: string[] = [];
    let running = 0;
    const job = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => queue.add(job(n)).promise));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('gives each job a distinct id', () => {
    const queue = new JobQueue<string>();
    const ids = new Set(
      Array.from({ length: 50 }, () => queue.add(async () => 'x', 'transcription').jobId),
    );
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^transcription-/);
  });

  it('cancels a waiting job without running it', async () => {
    const queue = new JobQueue<string>();
    const gate = deferred();
    const first = queue.add(() => gate.promise);
    let ran = false;
    const second = queue.add(async () => ((ran = true), 'second'));
    expect(queue.cancel(second.jobId)).toBe(true);
    await expect(second.promise).rejects.toMatchObject({ code: 'cancelled' });
    gate.resolve('first');
    await expect(first.promise).resolves.toBe('first');
    expect(ran).toBe(false);
  });

  it('aborts a running job through its signal and rejects it as cancelled', async () => {
    const queue = new JobQueue<string>();
    let aborted = false;
    const job = queue.add(
      (signal) =>
        new Promise<string>((resolve) => {
          signal.addEventListener('abort', () => ((aborted = true), resolve('too late')));
        }),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(queue.runningJobId).toBe(job.jobId);
    expect(queue.cancel(job.jobId)).toBe(true);
    await expect(job.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(aborted).toBe(true);
    expect(queue.cancel(job.jobId)).toBe(false);
  });

  it('keeps going after a job fails or throws synchronously', async () => {
    const queue = new JobQueue<string>();
    const failing = queue.add(async () => {
      throw new Error('boom');
    });
    const throwing = queue.add((() => {
      throw new Error('sync boom');
    }) as () => Promise<string>);
    const fine = queue.add(async () => 'fine');
    await expect(failing.promise).rejects.toThrow('boom');
    await expect(throwing.promise).rejects.toThrow('sync boom');
    await expect(fine.promise).resolves.toBe('fine');
  });

  it('cancelAll rejects waiting jobs and aborts the running one', async () => {
    const queue = new JobQueue<string>();
    const running = queue.add(
      (signal) =>
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => reject(new Error('killed'))),
        ),
    );
    const waiting = queue.add(async () => 'never');
    await new Promise((r) => setTimeout(r, 0));
    expect(queue.waitingCount).toBe(1);
    queue.cancelAll();
    await expect(running.promise).rejects.toMatchObject({ code: 'cancelled' });
    await expect(waiting.promise).rejects.toMatchObject({ code: 'cancelled' });
  });
});
