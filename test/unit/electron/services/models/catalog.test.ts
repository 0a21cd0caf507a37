import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MODEL_BASE_URL,
  MODEL_CATALOG,
  catalogEntrySchema,
} from '../../../../../shared/models/catalog';
import { formatBytes } from '../../../../../shared/models/format-bytes';

// whisper.cpp's own model table, shipped inside nodejs-whisper (the pinned source of truth).
const require = createRequire(import.meta.url);
const readme = path.join(
  path.dirname(require.resolve('nodejs-whisper/package.json')),
  'cpp/whisper.cpp/models/README.md',
);

function readmeTable(): Map<string, { mib: number; sha1: string }> {
  const rows = new Map<string, { mib: number; sha1: string }>();
  const pattern = /^\|\s*([\w.-]+)\s*\|\s*([\d.]+)\s*(MiB|GiB)\s*\|\s*`([0-9a-f]{40})`/gm;
  for (const [, id, size, unit, sha1] of fs.readFileSync(readme, 'utf8').matchAll(pattern)) {
    rows.set(id!, { mib: Number(size) * (unit === 'GiB' ? 1024 : 1), sha1: sha1! });
  }
  return rows;
}

describe('model catalog', () => {
  it('offers tiny.en, base.en and small.en, each full and quantized (q8_0, q5_1)', () => {
    expect(MODEL_CATALOG.map((entry) => entry.id)).toEqual([
      'tiny.en', 'tiny.en-q8_0', 'tiny.en-q5_1',
      'base.en', 'base.en-q8_0', 'base.en-q5_1',
      'small.en', 'small.en-q8_0', 'small.en-q5_1',
    ]); // prettier-ignore
    for (const entry of MODEL_CATALOG) {
      expect(catalogEntrySchema.parse(entry)).toEqual(entry);
      expect(entry.url).toBe(`${MODEL_BASE_URL}/ggml-${entry.id}.bin`);
      expect(entry.fileName).toBe(`ggml-${entry.id}.bin`);
      expect(entry.englishOnly).toBe(true);
    }
  });

  it("agrees with whisper.cpp's models README on SHA-1 and size of the full models", () => {
    const table = readmeTable();
    const full = MODEL_CATALOG.filter((entry) => entry.quantization === 'f16');
    expect(full).toHaveLength(3);
    for (const entry of full) {
      const row = table.get(entry.id);
      expect(row, entry.id).toBeDefined();
      expect(entry.sha1).toBe(row!.sha1);
      expect(Math.abs(entry.sizeBytes / 2 ** 20 - row!.mib)).toBeLessThan(1);
    }
  });

  it('orders size and memory sensibly: quantized is smaller, bigger families need more', () => {
    const get = (id: string) => MODEL_CATALOG.find((entry) => entry.id === id)!;
    for (const family of ['tiny', 'base', 'small']) {
      const [f16, q8, q5] = ['', '-q8_0', '-q5_1'].map((suffix) => get(`${family}.en${suffix}`));
      expect(f16!.sizeBytes).toBeGreaterThan(q8!.sizeBytes);
      expect(q8!.sizeBytes).toBeGreaterThan(q5!.sizeBytes);
      expect(f16!.memoryBytes).toBeGreaterThan(q8!.memoryBytes);
      expect(q8!.memoryBytes).toBeGreaterThan(q5!.memoryBytes);
      expect(q5!.memoryBytes).toBeGreaterThan(q5!.sizeBytes);
    }
    expect(get('base.en').memoryBytes).toBe(388_000_000);
    expect(get('small.en').memoryBytes).toBeGreaterThan(get('base.en').memoryBytes);
  });

  it('formats sizes for people', () => {
    expect(formatBytes(147_964_211)).toBe('148 MB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(3_400_000_000)).toBe('3.4 GB');
  });
});
