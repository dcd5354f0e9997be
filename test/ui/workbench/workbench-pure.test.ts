import { describe, expect, it } from 'vitest';
import schema from '../../../scenarios/scenario.schema.json';
import { mapKeyOf } from '../../../src/scenario/schema';
import { hoverHelp, suggestions, type JsonSchema } from '../../../src/ui/workbench/schema-help';
import { jsonPlace, yamlPlace } from '../../../src/ui/workbench/schema-path';
import { loadDraft, saveDraft, WORKBENCH_KEY } from '../../../src/ui/workbench/store';

const SCHEMA = schema as unknown as JsonSchema;
const atEnd = (text: string) => yamlPlace(text, text.length);

describe('workbench completion and hover from the JSON Schema', () => {
  it.each([
    ['meta:\n  ti', ['title']],
    ['delegations:\n  - id: KAZ\n    we', ['weight']],
    ['delegations:\n  - id: KAZ\n    weight: me', ['medium']],
    ['delegations:\n  - id: KAZ\n    capital: { na', ['name']],
    ['delegations:\n  - id: KAZ\n    profile:\n      redLines:\n        - { type: mil', ['military-while-crisis']],
  ])('in YAML %j offers %j', (text, labels) => {
    expect(suggestions(SCHEMA, atEnd(text)).map((s) => s.label)).toEqual(labels);
  });

  it('finds the place in JSON too', () => {
    const text = '{"delegations": [{"id": "KAZ", "weight": "sm';
    expect(suggestions(SCHEMA, jsonPlace(text, text.length)).map((s) => s.label)).toEqual(['small']);
  });

  it('describes a field on hover', () => {
    expect(hoverHelp(SCHEMA, ['delegations', '[]'], 'weight')).toBe('weight: one of small, medium, large');
    expect(hoverHelp(SCHEMA, ['meta'], 'nonsense')).toBeNull();
  });
});

describe('the workbench draft in browser storage', () => {
  it('round-trips, and treats an unreadable value as absent', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadDraft(storage)).toBeNull();
    expect(saveDraft(storage, { fileName: 'a.yaml', text: 'meta: {}' })).toBe(true);
    expect(loadDraft(storage)).toEqual({ fileName: 'a.yaml', text: 'meta: {}' });
    store.set(WORKBENCH_KEY, '{oops');
    expect(loadDraft(storage)).toBeNull();
  });
});

describe('organisations on the map', () => {
  it('have a map key of their own when they have no mapId', () => {
    expect(mapKeyOf({ id: 'OIC' })).toBe('org-OIC');
    expect(mapKeyOf({ id: 'KAZ', mapId: '398' })).toBe('398');
  });
});
