/**
 * The browser entry: mounts the application. Everything the player sees is rendered by Preact
 * (src/ui); the map's Phaser code is
 * loaded apart from it, once the start page is idle (ui/map/warm-map.ts).
 */
import { h, render } from 'preact';
import { App } from './ui/app';
import { warmMapWhenIdle } from './ui/map/warm-map';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) render(h(App, null), root);
warmMapWhenIdle();
