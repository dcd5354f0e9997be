/**
 * Loading a scenario from raw bytes: the one path shared by the browser's file picker and
 * Node's scripts. Reading bytes (not text) lets the checker tell a file that is not UTF-8
 * from one that merely contains a replacement character, and refuse a huge file before decoding.
 */
import { sizeProblem } from './guards';
import { fileError, type ScenarioResult } from './issues';
import { parseScenario } from './parse';

/** Decodes UTF-8 bytes (with or without a byte-order mark) and parses them; never throws. */
export function parseScenarioBytes(bytes: Uint8Array, fileName: string): ScenarioResult {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return fileError(fileName, tooLarge.code, tooLarge.message, 1, 1, tooLarge);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoded leniently, the bad bytes become U+FFFD, which the text checks report with their line.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return parseScenario(text, fileName);
}

/** The part of a browser `File` the loader needs (a Blob with a name), so tests can pass a stand-in. */
export interface NamedBlob {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads a file the user picked or dropped and checks it. Resolves (never rejects) with the
 * result; a file that cannot be read becomes a single located error.
 */
export async function loadScenarioFile(file: NamedBlob): Promise<ScenarioResult> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return fileError(file.name, tooLarge.code, tooLarge.message, 1, 1, tooLarge);
  try {
    return parseScenarioBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fileError(file.name, 'unreadable-file', `the file could not be read (${reason})`, 1, 1, { params: { reason } });
  }
}
