/**
 * The browser entry: mounts the application. Everything the player sees is rendered by Preact
 * (src/ui); the map's Phaser code is
 * loaded apart from it, once the start page is idle (ui/map/warm-map.ts). A player who reads
 * another language than English gets its catalogue loaded before the first render.
 */
import { h, render } from 'preact';
import { hasCatalogue, loadCatalogue } from './i18n';
import { App } from './ui/app';
import { warmMapWhenIdle } from './ui/map/warm-map';
import { loadPrefs } from './ui/prefs';
import { browserStorage } from './ui/save';
import './ui/styles.css';

const root = document.getElementById('app');
const mount = () => {
  if (root) render(h(App, null), root);
  warmMapWhenIdle();
};
const storage = browserStorage();
const { lang } = loadPrefs(storage, location.search, navigator.language);
const needs: Array<Promise<unknown>> = [];
if (!hasCatalogue(lang)) needs.push(loadCatalogue(lang));
// A catalogue that fails to load (offline before the service worker cached it) leaves English.
if (needs.length === 0) mount();
else void Promise.allSettled(needs).then(mount);
