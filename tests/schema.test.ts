/** The shipped JSON Schema (schema/document.schema.json) accepts every document the tool writes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ROOT } from './cli-helpers.js';
import { sampleDocument } from './writers-fixture.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function errors(doc: unknown): string {
  return validate(doc) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

const fixtures = ['seeds', 'fixtures/dev'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${dir}/${name}`),
);

describe('document schema', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures)('validates the document of %s', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(errors(extract(text, { source: file }))).toBe('');
    expect(errors(extract(text, { source: file, emitText: true, referenceYear: 2020 }))).toBe('');
  });

  it('validates a document with every record kind', () => {
    expect(errors(sampleDocument())).toBe('');
  });

  it('validates the document of an empty article', () => {
    expect(errors(extract('', { source: '-', warnings: ['empty file'] }))).toBe('');
  });

  it('rejects documents that break the contract', () => {
    const { ratios: _dropped, ...missingKind } = sampleDocument();
    expect(validate(missingKind)).toBe(false);
    const doc = sampleDocument();
    expect(validate({ ...doc, money: [{ ...doc.money[0], value: '59600000' }] })).toBe(false);
    expect(validate({ ...doc, dates: [{ ...doc.dates[0], value: '3/9/2020' }] })).toBe(false);
    expect(validate({ ...doc, percents: [{ ...doc.percents[0], change: 'sideways' }] })).toBe(false);
    expect(validate({ ...doc, dates: [{ ...doc.dates[0], start: -1 }] })).toBe(false);
    const { relation: _relation, ...noRelation } = doc.plan_attainments[0];
    expect(validate({ ...doc, plan_attainments: [noRelation] })).toBe(false);
  });

  it('accepts every date value form of SPEC', () => {
    const doc = sampleDocument();
    for (const value of ['2020-09-03', '2021-03', '2021-Q2', '2020', '2020/2025', '2020-10-12/2020-10-14', '2024-06-17T13:30', '--09-03']) {
      expect(errors({ ...doc, dates: [{ ...doc.dates[0], value }] }), value).toBe('');
    }
  });
});
