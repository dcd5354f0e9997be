/** Loading from bytes (browser file picker, Node) and the Node loader's handling of paths and ids. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, parseScenarioBytes } from '../../src/scenario/load';
import { loadScenario, loadScenarioPath } from '../../scripts/lib/load-scenario';
import { errorsOf, FIXTURE_PATH, fixtureText } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const scratch = mkdtempSync(join(tmpdir(), 'scenario-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseScenarioBytes', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(parseScenarioBytes(utf8(fixtureText()), 'a.yaml').ok).toBe(true);
    expect(parseScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(fixtureText())]), 'a.yaml').ok).toBe(true);
  });

  it('locates bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('meta:\n  title: Caf'), 0xe9, ...utf8('\n')]);
    const [issue] = errorsOf(parseScenarioBytes(bytes, 'latin1.yaml'));
    expect(issue).toMatchObject({ code: 'invalid-encoding', line: 2, column: 13 });
  });

  it('refuses more than 2 MB without decoding it', () => {
    const [issue] = errorsOf(parseScenarioBytes(new Uint8Array(2 * 1024 * 1024 + 1), 'big.yaml'));
    expect(issue?.code).toBe('file-too-large');
  });
});

describe('loadScenarioFile (the browser path)', () => {
  it('reads a picked file', async () => {
    const file = { name: 'mine.yaml', size: 10, arrayBuffer: async () => utf8(fixtureText()).buffer as ArrayBuffer };
    expect((await loadScenarioFile(file)).ok).toBe(true);
  });

  it('turns a read failure or an oversized file into one error, never a rejection', async () => {
    const failing = { name: 'gone.yaml', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    expect(errorsOf(await loadScenarioFile(failing))[0]).toMatchObject({ code: 'unreadable-file', file: 'gone.yaml' });
    const huge = { name: 'huge.yaml', size: 50e6, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    expect(errorsOf(await loadScenarioFile(huge))[0]?.code).toBe('file-too-large');
  });
});

describe('loadScenario (the Node path)', () => {
  it('loads a file by path, labelling issues with the path as given', () => {
    expect(loadScenarioPath(FIXTURE_PATH).ok).toBe(true);
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(broken, 'meta: 1\n');
    expect(errorsOf(loadScenario(broken))[0]?.file).toBe(broken);
  });

  it.each([
    ['a missing file', 'no/such/file.yaml', 'file-not-found'],
    ['a folder', '.', 'not-a-file'],
    ['an unknown bundled id', 'no-such-scenario', 'unknown-scenario'],
  ])('reports %s as one error', (_, ref, code) => {
    const errors = errorsOf(loadScenario(ref));
    expect(errors.map((e) => e.code)).toEqual([code]);
  });
});
