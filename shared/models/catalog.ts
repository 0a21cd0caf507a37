import { z } from 'zod';

/** Where whisper.cpp's ggml models are published; every catalog URL is this plus the file name. */
export const MODEL_BASE_URL = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main';

/** Whisper model sizes (whisper.cpp tells them apart by the number of audio layers). */
export const modelFamilySchema = z.enum(['tiny', 'base', 'small', 'medium', 'large', 'unknown']);

/** One downloadable model, as the settings screen shows it and the downloader checks it. */
export const catalogEntrySchema = z.object({
  /** Stable id, as whisper.cpp's download script names it (e.g. `base.en-q5_1`). */
  id: z.string(),
  fileName: z.string(),
  displayName: z.string(),
  family: modelFamilySchema,
  englishOnly: z.boolean(),
  /** Weight format: `f16` is the full model; `q5_1` and `q8_0` are quantized (smaller). */
  quantization: z.string(),
  /** Exact size of the published file in bytes. */
  sizeBytes: z.number().int().positive(),
  /** Approximate memory whisper.cpp needs to run it, in bytes (see MEMORY_NOTE). */
  memoryBytes: z.number().int().positive(),
  /** SHA-1 of the published file, lowercase hex (the checksum whisper.cpp publishes). */
  sha1: z.string().regex(/^[0-9a-f]{40}$/),
  url: z.string(),
  quality: z.enum(['basic', 'good', 'best']),
  speed: z.enum(['fastest', 'fast', 'slower']),
  /** One sentence a person can choose by. */
  notes: z.string(),
});

/** A catalog entry. */
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

// How memoryBytes is obtained: whisper.cpp's README gives working memory for the full (f16)
// models (tiny ~273 MB, base ~388 MB, small ~852 MB); a quantized model needs that minus the
// bytes its smaller file saves.

const F16_MEMORY_MB = { tiny: 273, base: 388, small: 852 } as const;

type Row = [id: string, sizeBytes: number, sha1: string, notes: string];

// Exact sizes and SHA-1 of the files on huggingface.co/ggerganov/whisper.cpp. The f16 SHA-1s are
// in whisper.cpp's models/README.md (a test compares them) and base.en's size in its Ruby binding
// tests. The quantized SHA-1s and the other byte sizes are not in the whisper.cpp tree; they
// agree across several independent public model catalogs. A wrong value fails loudly: the
// download is refused with checksum-mismatch, never installed silently.
const ROWS: Row[] = [
  [
    'tiny.en',
    77_704_715,
    'c78c86eb1a8faa21b369bcd33207cc90d64ae9df',
    'Fastest and least accurate; for slow or old machines.',
  ],
  [
    'tiny.en-q8_0',
    43_550_795,
    '802d6668e7d411123e672abe4cb6c18f12306abb',
    'Tiny with a smaller file and nearly the same accuracy.',
  ],
  [
    'tiny.en-q5_1',
    32_166_155,
    '3fb92ec865cbbc769f08137f22470d6b66e071b6',
    'The smallest download and the least accurate choice.',
  ],
  [
    'base.en',
    147_964_211,
    '137c40403d78fd54d454da0f9bd998f78703390c',
    'Recommended: good accuracy on clear speech and quick on most laptops.',
  ],
  [
    'base.en-q8_0',
    81_781_811,
    'bb1574182e9b924452bf0cd1510ac034d323e948',
    'Base, nearly the same accuracy with a smaller file.',
  ],
  [
    'base.en-q5_1',
    59_721_011,
    'd26d7ce5a1b6e57bea5d0431b9c20ae49423c94a',
    'Base for older laptops: less memory, slightly lower accuracy.',
  ],
  [
    'small.en',
    487_614_201,
    'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022',
    'Most accurate here; noticeably slower and needs the most memory.',
  ],
  [
    'small.en-q8_0',
    264_477_561,
    '9d75ff4ccfa0a8217870d7405cf8cef0a5579852',
    'Small, nearly the same accuracy with about half the file.',
  ],
  [
    'small.en-q5_1',
    190_098_681,
    '20f54878d608f94e4a8ee3ae56016571d47cba34',
    'Small with less memory; a good step up from base on a recent laptop.',
  ],
];

const QUALITY = { tiny: 'basic', base: 'good', small: 'best' } as const;
const SPEED = { tiny: 'fastest', base: 'fast', small: 'slower' } as const;

function toEntry([id, sizeBytes, sha1, notes]: Row, f16Size: Map<string, number>): CatalogEntry {
  const [name, quant = 'f16'] = id.split('-') as [string, string | undefined];
  const family = name.replace(/\.en$/, '') as keyof typeof F16_MEMORY_MB;
  const fullSize = f16Size.get(name) ?? sizeBytes;
  const label = family[0]!.toUpperCase() + family.slice(1);
  return {
    id,
    fileName: `ggml-${id}.bin`,
    displayName: quant === 'f16' ? `${label} (English)` : `${label} (English, ${quant})`,
    family,
    englishOnly: true,
    quantization: quant,
    sizeBytes,
    memoryBytes: F16_MEMORY_MB[family] * 1_000_000 - (fullSize - sizeBytes),
    sha1,
    url: `${MODEL_BASE_URL}/ggml-${id}.bin`,
    quality: QUALITY[family],
    speed: SPEED[family],
    notes,
  };
}

/** The models Rehearse offers to download, smallest family first. */
export const MODEL_CATALOG: readonly CatalogEntry[] = (() => {
  const f16Size = new Map(ROWS.filter(([id]) => !id.includes('-')).map(([id, s]) => [id, s]));
  return ROWS.map((row) => toEntry(row, f16Size));
})();

/** The model suggested for download when none is installed. */
export const RECOMMENDED_MODEL_ID = 'base.en';

/** The catalog entry with this id, if any. */
export function findCatalogEntry(
  id: string,
  catalog: readonly CatalogEntry[] = MODEL_CATALOG,
): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}
