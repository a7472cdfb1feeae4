import assert from 'node:assert/strict';
import type { LookupRef, PersonRef } from '../../../src/core/models/common';
import type { FieldDefinition, ListDefinition, ListKey } from '../../../src/core/schema/types';
import type { FieldIssue } from '../../../src/core/errors';
import { CROSS_FIELD_RULES } from '../../../src/core/validation/crossField';

/** What a generated sample may refer to: people, and an existing item id in each list a lookup targets. */
export interface SampleContext {
  readonly people: readonly PersonRef[];
  readonly itemIds: Partial<Record<ListKey, number>>;
}

function text(field: FieldDefinition, limit: number | undefined, seed: string): string {
  const value = `${field.displayName} ${seed}`;
  return limit === undefined ? value : value.slice(0, limit);
}

/** A valid value for one field, derived from its definition alone (undefined when the field cannot take one). */
export function sampleValue(field: FieldDefinition, context: SampleContext, seed: string): unknown {
  switch (field.type) {
    case 'Text':
      return text(field, field.maxLength ?? 255, seed);
    case 'Note':
      return text(field, field.maxLength, `${seed}\nsecond line`);
    case 'Choice':
      return field.choices.length > 0 ? field.choices[field.choices.length - 1] : undefined;
    case 'MultiChoice':
      return field.choices.length > 0 ? field.choices.slice(0, 2) : undefined;
    case 'Number': {
      const low = field.min ?? 1;
      const high = field.max ?? low + 10;
      return field.integer === true ? Math.min(high, Math.max(low, 2)) : Math.min(high, Math.max(low, 2.5));
    }
    case 'Boolean':
      return true;
    case 'DateTime':
      return field.dateOnly === true ? '2024-03-01' : '2024-03-01T10:30:00.000Z';
    case 'User':
      return context.people[0];
    case 'UserMulti':
      return context.people.slice(0, 2);
    case 'Lookup':
    case 'LookupMulti': {
      const id = context.itemIds[field.lookupList];
      if (id === undefined) {
        return undefined;
      }
      const ref: LookupRef = { id };
      return field.type === 'Lookup' ? ref : [ref];
    }
    case 'URL':
      return { url: `https://example.org/${field.internalName}/${encodeURIComponent(seed)}`, description: `${field.displayName} link` };
  }
}

/** A valid record for `list`: every non-computed field gets a sample value. */
export function sampleRecord<T>(list: ListDefinition<T>, context: SampleContext, seed: string): T {
  const values: Record<string, unknown> = {};
  for (const field of list.fields) {
    if (field.computed === true) {
      continue;
    }
    const value = sampleValue(field, context, seed);
    if (value !== undefined) {
      values[field.property] = value;
    }
  }
  return values as T;
}

/**
 * Values that lists' cross-field rules (src/core/validation/crossField.ts) need and that neither the generator nor a
 * rule's own `expected` hint supplies. A list given a rule that a generated sample breaks fails
 * `consistentSampleRecord` with the rule's message, pointing here.
 */
const CONSISTENT_VALUES: Partial<Record<ListKey, Readonly<Record<string, unknown>>>> = {
  frameworkControls: { mappings: '[]' },
  controlEvidence: { controlKey: 'oecd:1.1' },
  // The Body column must read as sections of questions (its own rule, tested in src/core/assessments).
  assessmentTemplates: { body: '{"sections":[]}' }
};

function crossFieldIssues(list: ListDefinition<unknown>, values: Readonly<Record<string, unknown>>): FieldIssue[] {
  return (CROSS_FIELD_RULES[list.key] ?? []).flatMap((rule) => rule(values));
}

/**
 * A valid record for `list` that its cross-field rules accept too: the generated values, then this file's consistent
 * values, then what a rule says it expected (e.g. a control key made of the framework and the control id).
 */
export function consistentSampleRecord<T>(list: ListDefinition<T>, context: SampleContext, seed: string): T {
  const values: Record<string, unknown> = { ...(sampleRecord(list, context, seed) as Record<string, unknown>), ...CONSISTENT_VALUES[list.key] };
  for (const issue of crossFieldIssues(list as ListDefinition<unknown>, values)) {
    if (issue.params?.expected !== undefined) values[issue.field] = issue.params.expected;
  }
  const left = crossFieldIssues(list as ListDefinition<unknown>, values).map((i) => `${i.code}: ${i.message}`);
  assert.deepEqual(left, [], `${list.title}'s cross-field rules refuse the generated sample: give it its values in CONSISTENT_VALUES (test/integration/support/samples.ts)`);
  return values as T;
}

/**
 * A change of one more typed field (Text or Number, not Title) that keeps the record acceptable to its list's
 * cross-field rules (a control id alone would break its control key), or undefined when no field qualifies.
 */
export function samplePatch<T>(list: ListDefinition<T>, values: Readonly<Record<string, unknown>>, context: SampleContext): Record<string, unknown> | undefined {
  for (const field of list.fields) {
    if (field.computed === true || field.internalName === 'Title' || (field.type !== 'Text' && field.type !== 'Number')) continue;
    const value = sampleValue(field, context, 'patched');
    if (crossFieldIssues(list as ListDefinition<unknown>, { ...values, [field.property]: value }).length === 0) return { [field.property]: value };
  }
  return undefined;
}

/** Compares what was written with what was read back, field by field, in the terms each type can round-trip. */
export function assertSameValues<T>(list: ListDefinition<T>, written: Partial<T>, read: Partial<T>): void {
  for (const field of list.fields) {
    const sent = (written as Record<string, unknown>)[field.property];
    if (sent === undefined) {
      continue;
    }
    const got = (read as Record<string, unknown>)[field.property];
    const where = `${list.title}.${field.internalName}`;
    switch (field.type) {
      case 'User':
      case 'Lookup':
        assert.equal((got as { id: number } | undefined)?.id, (sent as { id: number }).id, where);
        break;
      case 'UserMulti':
      case 'LookupMulti':
        assert.deepEqual((got as { id: number }[]).map((v) => v.id), (sent as { id: number }[]).map((v) => v.id), where);
        break;
      case 'DateTime':
        if (field.dateOnly === true) {
          assert.equal(got, sent, where);
        } else {
          assert.equal(Date.parse(String(got)), Date.parse(String(sent)), where);
        }
        break;
      default:
        assert.deepEqual(got, sent, where);
    }
  }
}

/** A `javascript:` URL, which validation must refuse (built at run time so the linter's no-script-url stays on). */
export const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');
