/**
 * The browser entry: mounts the application. Everything the player sees is rendered by Preact
 * (src/ui); the game's code (ui/game-loader.ts) and the map's Phaser code are loaded apart from
 * the start page, once it is idle (ui/map/warm-map.ts). A player who reads
 * another language than English gets its catalogue loaded before the first render, and one
 * whose saved game or opened file comes from a scenario file gets the checker of files.
 */
import { h, render } from 'preact';
import { hasCatalogue, loadCatalogue } from './i18n';
import { App } from './ui/app';
import { loadGameChunk } from './ui/game-loader';
import { warmMapWhenIdle } from './ui/map/warm-map';
import { loadPrefs } from './ui/prefs';
import { browserStorage, readSave } from './ui/save';
import { hasOpened } from './ui/start/scenario-options';
import { loadScenarioParser } from './ui/scenario-source';
import './ui/styles.css';

const root = document.getElementById('app');
const mount = () => {
  if (root) render(h(App, null), root);
  warmMapWhenIdle();
};
const storage = browserStorage();
const { lang } = loadPrefs(storage, location.search, navigator.language);
const saved = readSave(storage);
const needs: Array<Promise<unknown>> = [];
if (!hasCatalogue(lang)) needs.push(loadCatalogue(lang));
if ((saved.kind === 'ok' && saved.record.scenario.kind === 'file') || hasOpened(storage)) needs.push(loadScenarioParser());
// A saved game is replayed to say whether it has ended, so the game's code comes first then.
if (saved.kind === 'ok') needs.push(loadGameChunk());
// What fails to load (offline before the service worker cached it) leaves English, or a file
// game that says it cannot be read.
if (needs.length === 0) mount();
else void Promise.allSettled(needs).then(mount);
