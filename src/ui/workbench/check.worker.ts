/**
 * Runs the scenario checker off the main thread: the default scenario is thousands of lines,
 * and checking it on every pause in typing would stall the editor.
 */
import { parseScenario } from '../../scenario/parse';
import type { CheckReply, CheckRequest } from './messages';

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, text, fileName } = e.data;
  const result = parseScenario(text, fileName);
  const reply: CheckReply = { id, result };
  self.postMessage(reply);
};
