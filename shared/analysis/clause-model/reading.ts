/** The clause reader's side of the engine: which clauses it reads, what it is given, and how its
 * opinion joins the clause model's. The reader is a small transformer fine-tuned on the labelled
 * clauses (MiniLM-L6, run by onnxruntime in the Node process: electron/services/clause-reader).
 * Why a second model: blame by idiom and irony ("their backlog is where tickets go to retire")
 * has words the clause model never saw beside a party; a model that reads meaning in context
 * generalises to them (docs/classifier-experiment.md, session 15). The engine itself stays pure
 * and synchronous: the caller runs the reader on the clauses asked for and passes its reading in. */
import { overlaps, type Clause } from './units';

/** What the reader reads for one clause: the clause and the clauses before it. */
export type ReaderInput = { clause: string; context: string };

/** Reads clauses in context and resolves to the chance that each is blame, in order; null when the
 * reader cannot run (its model missing or broken), and the clause model then judges alone. */
export type ClauseReader = (inputs: readonly ReaderInput[]) => Promise<readonly number[] | null>;

/** The reader's blame probability per clause index, for the clauses it read. */
export type BlameReading = ReadonlyMap<number, number>;

/** How many clauses before a clause the reader sees (as it was trained). */
const CONTEXT_CLAUSES = 2;
/** Context given when a clause opens the answer (as in training: the pair is never empty). */
const NO_CONTEXT = '-';

/** Blame thresholds when the reader has read: the blended chance (clause model and reader, half
 * each) vetoes a rule flag below `veto` and adds a clause at `add` or more. Chosen on development
 * splits scored by models trained without them (docs/classifier-experiment.md). */
export const READ_BLAME = { veto: 0.4, add: 0.8, weight: 0.5 } as const;

/** The clause model's chance and the reader's, blended; the clause model's alone when unread. */
export function blendedBlame(clauseModel: number, reader: number | undefined): number {
  if (reader === undefined) return clauseModel;
  return (1 - READ_BLAME.weight) * clauseModel + READ_BLAME.weight * reader;
}

/** Clause indices whose verdict the reader can change, and no others (the reader costs a few ms a
 * clause): under a rule's blame flag that the blend could veto, and outside rule flags where the
 * blend could reach the add threshold. A flag that names the fault is never vetoed, and a flag
 * with a clause the clause model alone scores at veto / (1 - w) or more stays whatever the reader
 * says; a clause outside flags needs (add - w) / (1 - w) before the reader could lift it to add. */
export function clausesToRead(
  clauses: readonly Clause[],
  blame: readonly number[],
  ruleBlame: readonly (Clause & { named: boolean })[],
): number[] {
  const w = READ_BLAME.weight;
  const canReachAdd = (READ_BLAME.add - w) / (1 - w);
  const safeFromVeto = READ_BLAME.veto / (1 - w);
  const under = (f: Clause) => clauses.flatMap((c, i) => (overlaps(c, f) ? [i] : []));
  const read = new Set<number>();
  for (const f of ruleBlame) {
    const idx = under(f);
    if (!f.named && !idx.some((i) => blame[i] >= safeFromVeto)) for (const i of idx) read.add(i);
  }
  clauses.forEach((c, i) => {
    if (blame[i] >= canReachAdd && !ruleBlame.some((f) => overlaps(c, f))) read.add(i);
  });
  return [...read].sort((a, b) => a - b);
}

/** The reader's input for each clause index: the clause's text and the clauses before it. */
export function readerInputs(
  text: string,
  clauses: readonly Clause[],
  indices: readonly number[],
): ReaderInput[] {
  const said = (c: Clause) => text.slice(c.start, c.end).trim();
  return indices.map((i) => ({
    clause: said(clauses[i]),
    context:
      clauses
        .slice(Math.max(0, i - CONTEXT_CLAUSES), i)
        .map(said)
        .join(' ') || NO_CONTEXT,
  }));
}
