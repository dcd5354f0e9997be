import { replay } from '../../src/engine';
import { createAiPolicy } from '../../src/ai';
import { runGame } from '../../src/sim/run-game';
import { loadScenario } from '../lib/load-scenario';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
const r = loadScenario('road-to-the-charter'); if (!r.ok) throw 1;
const s = r.scenario;
let actions;
if (existsSync('/tmp/game.json')) actions = JSON.parse(readFileSync('/tmp/game.json', 'utf8'));
else { actions = runGame(s, { seed: 1, fallback: createAiPolicy('normal') }).actions; writeFileSync('/tmp/game.json', JSON.stringify(actions)); }
replay(s, 1, actions);
const c0 = process.cpuUsage();
for (let i = 0; i < 5; i++) replay(s, 1, actions);
const c = process.cpuUsage(c0);
console.log('replay cpu', ((c.user + c.system) / 5000).toFixed(1), 'ms', actions.length);
