import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLevels } from '../score/certainty.js';
import type { LevelThresholds } from '../score/table.js';
import { version } from '../version.js';

/** A named pipeline configuration, `pipelines/<name>.json`: which stages run and the certainty thresholds. */
export interface PipelineConfig {
  name: string;
  description: string;
  extract: { attributions: boolean; hedges: boolean; hedgedStatements: boolean };
  /** `nameTagger`: run compromise's tagger on multiword names its lexicon does not know (slower; see ResolveOptions). */
  resolve: { nameTagger: boolean };
  certainty: { levels: LevelThresholds };
  /** `name@hash` of the configuration, the cue data, the code and the generator version: a document processed with the same fingerprint and bytes need not be redone. */
  fingerprint: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
export const pipelinesDir = join(root, 'pipelines');
const dataDir = join(root, 'data');
/** The running code: dist/ when built (src/ under the test runner). */
const codeDir = fileURLToPath(new URL('../', import.meta.url));

export class PipelineError extends Error {}

/** Names of the bundled pipelines. */
export function pipelineNames(): string[] {
  return readdirSync(pipelinesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

const loaded = new Map<string, PipelineConfig>();

/** Loads a bundled pipeline by name, or a pipeline file by path; checks every field and names the bad one. Bundled ones are loaded once. */
export function loadPipeline(nameOrPath: string, cwd = process.cwd()): PipelineConfig {
  const asPath = nameOrPath.endsWith('.json') || nameOrPath.includes('/');
  const known = asPath ? undefined : loaded.get(nameOrPath);
  if (known) return known;
  const config = readPipeline(nameOrPath, asPath, cwd);
  if (!asPath) loaded.set(nameOrPath, config);
  return config;
}

function readPipeline(nameOrPath: string, asPath: boolean, cwd: string): PipelineConfig {
  const file = asPath ? (isAbsolute(nameOrPath) ? nameOrPath : resolve(cwd, nameOrPath)) : join(pipelinesDir, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    throw new PipelineError(`unknown pipeline "${nameOrPath}" (bundled: ${pipelineNames().join(', ')})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PipelineError(`pipeline ${file}: not valid JSON (${(e as Error).message})`);
  }
  const name = asPath ? file : nameOrPath;
  const bad = (field: string, want: string) => new PipelineError(`pipeline ${name}: "${field}" must be ${want}`);
  const o = raw as Record<string, unknown>;
  const ex = (o?.['extract'] ?? {}) as Record<string, unknown>;
  const lv = ((o?.['certainty'] as Record<string, unknown> | undefined)?.['levels'] ?? {}) as Record<string, unknown>;
  const extract = { attributions: true, hedges: true, hedgedStatements: true };
  for (const k of Object.keys(ex)) {
    if (!(k in extract)) throw bad(`extract.${k}`, `one of ${Object.keys(extract).join(', ')}`);
    if (typeof ex[k] !== 'boolean') throw bad(`extract.${k}`, 'true or false');
    extract[k as keyof typeof extract] = ex[k] as boolean;
  }
  const levels: LevelThresholds = { ...defaultLevels };
  for (const k of Object.keys(lv)) {
    if (!(k in levels)) throw bad(`certainty.levels.${k}`, 'one of certain, probable, possible');
    const v = lv[k];
    if (typeof v !== 'number' || v < 0 || v > 1) throw bad(`certainty.levels.${k}`, 'a number in [0, 1]');
    levels[k as keyof LevelThresholds] = v;
  }
  if (!(levels.certain >= levels.probable && levels.probable >= levels.possible)) {
    throw bad('certainty.levels', 'ordered: certain ≥ probable ≥ possible');
  }
  const rs = (o['resolve'] ?? {}) as Record<string, unknown>;
  const resolveOptions = { nameTagger: false };
  for (const k of Object.keys(rs)) {
    if (k !== 'nameTagger') throw bad(`resolve.${k}`, 'nameTagger');
    if (typeof rs[k] !== 'boolean') throw bad(`resolve.${k}`, 'true or false');
    resolveOptions.nameTagger = rs[k] as boolean;
  }
  const config = { extract, resolve: resolveOptions, certainty: { levels } };
  return {
    name,
    description: typeof o['description'] === 'string' ? o['description'] : '',
    ...config,
    fingerprint: `${name}@${fingerprint(JSON.stringify(config))}`,
  };
}

let codeAndData: string | null = null;

/**
 * Hash of the generator version, the configuration, every cue data file and the built code, so
 * that new extraction code or data redoes documents whose bytes did not change.
 */
function fingerprint(config: string): string {
  return createHash('sha256').update(version).update(config).update(codeAndData ??= hashTree()).digest('hex').slice(0, 12);
}

function hashTree(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(e.name).update(readFileSync(p));
    }
  };
  walk(dataDir);
  walk(codeDir);
  return h.digest('hex');
}
