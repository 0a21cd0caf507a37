import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../../../../shared/models/catalog';
import { parseGgmlHeader } from '../../../../../electron/services/models/ggml-header';
import { SHAPES, ggmlHeader, writeModelFile } from './ggml-files';
import { makeManager, sha1Of, tempDir, testEntry } from './helpers';

describe('parseGgmlHeader', () => {
  it('tells size, language and quantization apart the way whisper.cpp does', () => {
    const parse = (shape: keyof typeof SHAPES) => {
      const result = parseGgmlHeader(ggmlHeader(SHAPES[shape]));
      if (!result.ok) throw new Error(result.reason);
      return result.info;
    };
    expect(parse('tinyEnQ5_1')).toMatchObject({
      family: 'tiny',
      englishOnly: true,
      quantization: 'q5_1',
      label: 'tiny.en',
    });
    expect(parse('baseEn')).toMatchObject({ label: 'base.en', quantization: 'f16' });
    expect(parse('base')).toMatchObject({ label: 'base', englishOnly: false });
    expect(parse('largeV3')).toMatchObject({ label: 'large-v3', nMels: 128 });
    expect(parse('largeV3Turbo')).toMatchObject({ label: 'large-v3-turbo', quantization: 'q5_0' });
  });

  it('names the format of common wrong files', () => {
    const reason = (head: Buffer) => {
      const result = parseGgmlHeader(head);
      return result.ok ? 'accepted' : result.reason;
    };
    expect(reason(Buffer.from('GGUF\u0003\u0000\u0000\u0000'))).toMatch(/GGUF file/);
    expect(reason(Buffer.from('PK\u0003\u0004 zip'))).toMatch(/PyTorch/);
    expect(reason(Buffer.alloc(0))).toMatch(/empty or too short/);
    expect(reason(ggmlHeader(SHAPES.baseEn).subarray(0, 20))).toMatch(/incomplete/);
    const llamaLike = ggmlHeader({ ...SHAPES.baseEn, nVocab: 32000 });
    expect(reason(llamaLike)).toMatch(/ggml file but not a Whisper model/);
  });
});

describe('ModelManager.useExistingFile', () => {
  it('recognises a catalog model by its SHA-1 and stores it under the catalog name', async () => {
    const source = path.join(tempDir(), 'downloaded-in-browser.bin');
    writeModelFile(source, SHAPES.baseEn, 2_000_000);
    const data = fs.readFileSync(source);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ggml-test.en.bin.partial'), data.subarray(0, 1000));
    const entry = testEntry({ data, sha1: sha1Of(source) }, 'http://127.0.0.1:1', {
      family: 'base',
      quantization: 'f16',
    });
    const { manager } = makeManager(dir, [entry]);

    const result = await manager.useExistingFile(source);

    expect(result).toMatchObject({ matchedCatalog: true, alreadyInstalled: false });
    expect(result.model).toMatchObject({
      id: 'test.en',
      source: 'catalog',
      state: 'installed',
      path: path.join(dir, 'ggml-test.en.bin'),
      checksumVerified: true,
      partialBytes: 0,
    });
    expect(fs.existsSync(path.join(dir, 'ggml-test.en.bin.partial'))).toBe(false);
  });

  it('refuses files that are not whisper models, with a reason and a code', async () => {
    const src = tempDir();
    const dir = tempDir();
    const { manager } = makeManager(dir, [...MODEL_CATALOG]);
    const write = (name: string, content: Buffer) => {
      fs.writeFileSync(path.join(src, name), content);
      return path.join(src, name);
    };

    // A fixed start: random bytes alone look like safetensors one time in 256 (a '{' at byte 8).
    const noise = Buffer.concat([Buffer.from('random noise'), randomBytes(100_000)]);
    await expect(manager.useExistingFile(write('noise.bin', noise))).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(/does not start with the ggml signature/),
    });
    const gguf = Buffer.concat([Buffer.from('GGUF'), randomBytes(5000)]);
    await expect(manager.useExistingFile(write('model.gguf', gguf))).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(/GGUF/),
    });
    const cut = path.join(src, 'ggml-tiny.en-q5_1.bin');
    writeModelFile(cut, SHAPES.tinyEnQ5_1, 1_000_000);
    await expect(manager.useExistingFile(cut)).rejects.toMatchObject({
      code: 'truncated-model',
      message: expect.stringMatching(/incomplete: 1\.0 MB of about 32 MB/),
    });
    await expect(manager.useExistingFile(path.join(src, 'missing.bin'))).rejects.toMatchObject({
      code: 'file-not-found',
    });
    await expect(manager.useExistingFile(src)).rejects.toMatchObject({
      code: 'not-a-model',
      message: expect.stringMatching(/is a folder/),
    });
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    expect((await manager.list()).defaultModelId).toBeNull();
  });
});
