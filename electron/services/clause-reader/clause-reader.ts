/** The clause reader in the Node process: a MiniLM-L6 fine-tuned on the corpus's labelled clauses
 * (assets/clause-reader/blame.onnx: fused kernels, int8 weights), run by onnxruntime-node on up to
 * two threads and fed by the model's own WordPiece tokenizer. What it reads and how its opinion is
 * used lives in shared/analysis/clause-model/reading.ts; this file only runs it. */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Tokenizer } from '@huggingface/tokenizers';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { ClauseReader, ReaderInput } from '../../../shared/analysis/clause-model/reading';
import { REPO_ROOT } from '../transcription/engine-paths';

/** Where the reader's files are in the repository (the packaged app passes its resources path). */
export const DEFAULT_CLAUSE_READER_DIR = path.join(REPO_ROOT, 'assets', 'clause-reader');

/** The pair's length as trained: the clause whole, the context cut to what is left. */
const MAX_TOKENS = 96;
/** A clause longer than this (a whisper run-on with no punctuation) is cut: memory stays bounded. */
const MAX_CLAUSE_TOKENS = 254;
type Encoded = { ids: number[]; types: number[] };

/** One loaded reader: the tokenizer and the ONNX session. */
class LoadedReader {
  private readonly cls: number;
  private readonly sep: number;

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly session: InferenceSession,
    private readonly TensorOf: typeof Tensor,
  ) {
    const id = (t: string) => {
      const v = tokenizer.token_to_id(t);
      if (v === undefined) throw new Error(`the reader's tokenizer has no ${t}`);
      return v;
    };
    this.cls = id('[CLS]');
    this.sep = id('[SEP]');
  }

  /** [CLS] clause [SEP] context [SEP], the context cut from its end as the trainer cut it. */
  private encode({ clause, context }: ReaderInput): Encoded {
    const plain = (s: string) => this.tokenizer.encode(s, { add_special_tokens: false }).ids;
    const a = plain(clause).slice(0, MAX_CLAUSE_TOKENS);
    const b = plain(context).slice(0, Math.max(0, MAX_TOKENS - 3 - a.length));
    return {
      ids: [this.cls, ...a, this.sep, ...b, this.sep],
      types: [...a.map(() => 0), 0, 0, ...b.map(() => 1), 1],
    };
  }

  /** Reads the clauses one by one: the int8 model quantises activations with one scale per
   * tensor, so a clause padded in a batch beside longer ones reads differently (by up to 0.2 in a
   * test) than it reads alone, as it was checked against Python; a few clauses alone cost no more. */
  async read(inputs: readonly ReaderInput[]): Promise<number[]> {
    const out: number[] = [];
    for (const input of inputs) {
      const { ids, types } = this.encode(input);
      const tensor = (row: number[]) =>
        new this.TensorOf('int64', BigInt64Array.from(row, BigInt), [1, row.length]);
      const result = await this.session.run({
        input_ids: tensor(ids),
        attention_mask: tensor(ids.map(() => 1)),
        token_type_ids: tensor(types),
      });
      out.push((result.p.data as Float32Array)[0]);
    }
    return out;
  }
}

async function load(dir: string): Promise<LoadedReader> {
  // Imported here, not at the top: the runtime's native library costs memory from the moment it
  // loads, and a process that never reviews (the preview's other routes, the CLI's other
  // commands) should not pay it.
  const [{ Tokenizer }, ort] = await Promise.all([
    import('@huggingface/tokenizers'),
    import('onnxruntime-node'),
  ]);
  const json = async (name: string) =>
    JSON.parse(await readFile(path.join(dir, name), 'utf8')) as object;
  const tokenizer = new Tokenizer(
    await json('tokenizer.json'),
    await json('tokenizer_config.json'),
  );
  const session = await ort.InferenceSession.create(path.join(dir, 'blame.onnx'), {
    // The review runs after the recording has stopped, while the user waits for it: up to two
    // cores for the few clauses read, and never more (the window stays responsive).
    intraOpNumThreads: Math.min(2, availableParallelism()),
    interOpNumThreads: 1,
    // The model comes fused (export.py); 'all' adds only layout rewrites, which gain nothing on
    // it (5.3 ms a clause either way, two cores, 29 tokens on average).
    graphOptimizationLevel: 'extended',
  });
  return new LoadedReader(tokenizer, session, ort.Tensor);
}

/** A ClauseReader over the files in `dir`, loaded on first use. When they are missing or broken it
 * says why once through `onError` and resolves to null, and the clause model judges alone. */
export function createClauseReader(
  dir: string = DEFAULT_CLAUSE_READER_DIR,
  onError: (error: Error) => void = () => {},
): ClauseReader {
  let loading: Promise<LoadedReader | null> | null = null;
  const fail = (error: unknown) => {
    onError(error instanceof Error ? error : new Error(String(error)));
    return null;
  };
  return async (inputs) => {
    if (inputs.length === 0) return [];
    loading ??= load(dir).catch(fail);
    const reader = await loading;
    if (!reader) return null;
    try {
      return await reader.read(inputs);
    } catch (error) {
      return fail(error);
    }
  };
}
