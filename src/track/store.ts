import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { version } from '../version.js';
import type { Claim, Ledger, LedgerDocument } from './types.js';
import { byCodeUnit } from '../util.js';

/** A ledger file that exists but cannot be used: it is never overwritten. */
export class LedgerError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}; it was left as it is`);
    this.name = 'LedgerError';
  }
}

export function emptyLedger(): Ledger {
  return { version: 1, generator: { name: 'claimledger', version }, updatedAt: new Date(0).toISOString(), documents: [], claims: [] };
}

/** The ledger at `file`; an empty one when there is no file; a LedgerError when it cannot be read as a ledger. */
export async function readLedger(file: string): Promise<Ledger> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new LedgerError(file, 'is a folder; --out takes a ledger file');
    throw new LedgerError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new LedgerError(file, `is not valid JSON (${(e as Error).message})`);
  }
  const l = data as Partial<Ledger> | null;
  if (!l || typeof l !== 'object' || !Array.isArray(l.documents) || !Array.isArray(l.claims)) {
    throw new LedgerError(file, 'is not a claim ledger (no "documents" and "claims" arrays)');
  }
  if (l.version !== 1) throw new LedgerError(file, `has ledger version ${JSON.stringify(l.version)}, this claimledger writes version 1`);
  // the schema's validator (ajv) loads here, where a ledger is there to check: a first run over a batch never needs it
  const { ledgerProblem } = await import('./validate.js');
  const problem = ledgerProblem(l);
  if (problem) throw new LedgerError(file, `is not a valid claim ledger: ${problem}`);
  return l as Ledger;
}

/** One processed document and its claims. */
export interface DocumentResult {
  document: Omit<LedgerDocument, 'firstSeen' | 'lastSeen'>;
  claims: Claim[];
}

/**
 * The ledger with these documents put in: each replaces the document of the same id and all its
 * claims (keeping `firstSeen`); documents not processed this time stay as they were.
 */
export function mergeLedger(old: Ledger, results: readonly DocumentResult[], now: Date): Ledger {
  const stamp = now.toISOString();
  const docs = new Map(old.documents.map((d) => [d.id, d]));
  const replaced = new Set<string>();
  for (const r of results) {
    const before = docs.get(r.document.id);
    docs.set(r.document.id, { ...r.document, firstSeen: before?.firstSeen ?? stamp, lastSeen: stamp });
    replaced.add(r.document.id);
  }
  const claims = [
    ...old.claims.filter((c) => !replaced.has(c.documentId)),
    ...results.flatMap((r) => r.claims),
  ];
  return {
    version: 1,
    generator: { name: 'claimledger', version },
    updatedAt: stamp,
    documents: [...docs.values()].sort((a, b) => byCodeUnit(a.id, b.id)),
    claims: claims.sort((a, b) => byCodeUnit(a.documentId, b.documentId) || a.content.spans[0]![0] - b.content.spans[0]![0]),
  };
}

/** Writes the ledger to a temporary file beside `file`, then renames it over: readers never see half a ledger. */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // encoded here: TextEncoder turns a ledger's text to UTF-8 about twice as fast as writeFile does with a string
    await writeFile(tmp, new TextEncoder().encode(JSON.stringify(ledger, null, 2) + '\n'));
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
