/**
 * A JSON Schema validator loaded with the official HSDS 3.1 schemas (vendored in
 * tests/fixtures/hsds-3.1, CC BY-SA 4.0, Open Referral). The schemas are JSON Schema 2020-12 with
 * relative $refs between files, so each file is added under its own name.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const hsdsSchemaDir = path.resolve(import.meta.dirname, '../fixtures/hsds-3.1/schema');

let ajv: Ajv2020 | undefined;

function load(): Ajv2020 {
  if (ajv) return ajv;
  // strict: false because the schemas carry Frictionless Data keywords (constraints, core, …).
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of fs.readdirSync(hsdsSchemaDir).sort()) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(hsdsSchemaDir, file), 'utf8')), file);
  }
  // The API's Page wrapper lives in the OpenAPI document.
  const openapi = JSON.parse(fs.readFileSync(path.join(hsdsSchemaDir, 'openapi.json'), 'utf8'));
  ajv.addSchema(
    { ...openapi.components.schemas.Page, required: ['total_items', 'total_pages', 'page_number', 'size', 'contents'] },
    'page',
  );
  return ajv;
}

/** The validator of one official schema file, e.g. "service.json"; "page" for the API Page. */
export function hsdsValidator(schema: string): ValidateFunction {
  const validate = load().getSchema(schema);
  if (!validate) throw new Error(`No HSDS schema ${schema}`);
  return validate;
}

/** Every schema error of every record, as "<label> <path>: <message>" lines (empty when valid). */
export function hsdsErrors(
  schema: string,
  records: unknown[],
  label: (r: any, i: number) => string = (r, i) => r?.id ?? `#${i}`,
): string[] {
  const validate = hsdsValidator(schema);
  return records.flatMap((r, i) =>
    validate(r) ? [] : (validate.errors ?? []).map((e) => `${schema} ${label(r, i)} ${e.instancePath || '/'}: ${e.message}`),
  );
}
