import { readFileSync } from 'node:fs';
import ajv, { type ValidateFunction } from 'ajv';

// ajv is CommonJS: under Node's ESM its class is the default export's `default`.
const Ajv = ajv.default;

let validator: ValidateFunction | null = null;

/**
 * The first way `data` breaks the ledger's JSON Schema (`schema/ledger.schema.json`), as
 * `where: what`, or null when it is a valid ledger. The schema is compiled on first use.
 */
export function ledgerProblem(data: unknown): string | null {
  const validate = (validator ??= new Ajv({ allErrors: false }).compile(
    JSON.parse(readFileSync(new URL('../../schema/ledger.schema.json', import.meta.url), 'utf8')) as object,
  ));
  if (validate(data)) return null;
  const e = validate.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is not valid'}` : 'does not match the ledger schema';
}
