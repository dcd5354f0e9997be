/**
 * The browser entry: mounts the application. Everything the player sees is rendered by Preact
 * (src/ui); the map's Phaser code is loaded only when a game starts.
 */
import { h, render } from 'preact';
import { App } from './ui/app';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) render(h(App, null), root);
