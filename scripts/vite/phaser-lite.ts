/**
 * A Vite plugin that builds the game against the parts of Phaser 4 the map uses, rather than
 * the whole `phaser.esm.js` (about 356 kB gzip, which is as much as all our own code): the
 * WebGL renderer without the Canvas one, the scene, camera, input, loader (JSON only), tween
 * and clock plugins, and the Graphics, Image, Text and Rectangle game objects; no physics,
 * tilemaps, sound, particles, video, lights, keyboard or gamepad.
 *
 * `import * as Phaser from 'phaser'` in src/ resolves to a generated entry that imports those
 * modules from Phaser's own sources (node_modules/phaser/src, CommonJS), and the feature flags
 * Phaser's webpack build defines (`typeof WEBGL_RENDERER` and the like) are defined here the
 * same way. Types still come from Phaser's declarations. Anything outside `src/` (the bench's
 * bare Phaser page, which is built without this config) and the dev server keep the whole
 * bundle.
 *
 * The scenes use only what `PHASER_LITE` exports; a name used but missing here is undefined
 * at run time, which the map's browser tests would show at once (the map would not start).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'phaser';
const RESOLVED = '\0phaser-lite';

/** The flags of Phaser's webpack build, as `typeof NAME` replacements. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  WEBGL_RENDERER: true,
  // Canvas rendering is deprecated in Phaser 4; the map asks for WebGL (create-game.ts).
  CANVAS_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  // The map makes no sound (create-game.ts turns audio off).
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * What the entry exports: a name of the `Phaser` namespace and the source it comes from, or
 * an object of such names. A module that only registers itself (a plugin, a factory, a file
 * type) is listed in `REGISTERED`.
 */
type Source = string | { readonly [name: string]: Source };

export const PHASER_LITE: { readonly [name: string]: Source } = {
  // First: the renderer's modules require one another in a cycle that only works when it is
  // entered at its index (Phaser's own entry requires it before anything draws).
  Renderer: 'renderer',
  Game: 'core/Game',
  Scene: 'scene/Scene',
  Core: { Events: 'core/events' },
  Scale: 'scale',
  Scenes: { Events: 'scene/events' },
  Input: { Events: 'input/events' },
  Loader: { Events: 'loader/events' },
  GameObjects: { Graphics: 'gameobjects/graphics/Graphics', Image: 'gameobjects/image/Image', Text: 'gameobjects/text/Text' },
};

/** Modules required for their side effect: a scene plugin, a factory (`this.add.x`) or a loader file type. */
export const REGISTERED = [
  // The core scene plugins every scene gets.
  'events/EventEmitter',
  'cameras/2d/CameraManager',
  'gameobjects/GameObjectCreator',
  'gameobjects/GameObjectFactory',
  'scene/ScenePlugin',
  'gameobjects/DisplayList',
  'gameobjects/UpdateList',
  // The default scene plugins the map uses (this.time, this.input, this.load, this.tweens).
  'time/Clock',
  'input/InputPlugin',
  'loader/LoaderPlugin',
  'tweens/TweenManager',
  // Factories and file types.
  'gameobjects/graphics/GraphicsFactory',
  'gameobjects/image/ImageFactory',
  'gameobjects/shape/rectangle/RectangleFactory',
  'loader/filetypes/JSONFile',
] as const;

/** The generated entry module: imports from `src` (Phaser's sources folder) and the namespace's exports. */
export function phaserLiteEntry(src: string): string {
  const imports: string[] = [];
  // A folder stands for its index.js, as in Phaser's own require calls.
  const at = (path: string): string => {
    const folder = existsSync(`${src}/${path}`) && statSync(`${src}/${path}`).isDirectory();
    return JSON.stringify(`${src}/${path}${folder ? '/index' : ''}.js`.split(sep).join('/'));
  };
  const bind = (path: string): string => {
    const name = `m${imports.length}`;
    imports.push(`import ${name} from ${at(path)};`);
    return name;
  };
  const value = (s: Source): string => (typeof s === 'string'
    ? bind(s)
    : `{ ${Object.entries(s).map(([k, v]) => `${k}: ${value(v)}`).join(', ')} }`);
  const consts = bind('const');
  const names = Object.entries(PHASER_LITE).map(([k, v]) => `export const ${k} = ${value(v)};`);
  for (const r of REGISTERED) imports.push(`import ${at(r)};`);
  return [
    ...imports,
    ...names,
    // The renderer types and the like (Phaser.WEBGL, Phaser.AUTO) live on Phaser's constants.
    `export const { WEBGL, AUTO, CANVAS, HEADLESS, VERSION } = ${consts};`,
    '',
  ].join('\n');
}

export function phaserLitePlugin(root: string): Plugin {
  const src = resolve(root, 'node_modules/phaser/src');
  // Vite names modules by their real path: where node_modules (or Phaser in it) is a link (pnpm,
  // a workspace, a copy that shares another's packages), Phaser's sources are not below `src`
  // by name, and a module left untransformed reads undefined flags (the map then fails to start).
  const real = existsSync(src) ? realpathSync(src) : src;
  const inPhaser = (id: string) => id.startsWith(src + sep) || id.startsWith(real + sep);
  const ours = resolve(root, 'src') + sep;
  const flags = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'cica-phaser-lite',
    enforce: 'pre',
    // The dev server serves modules unbundled, and Phaser's sources are CommonJS: it keeps the
    // whole prebundled Phaser (the map's demo page and its browser test run on it).
    apply: 'build',
    resolveId(id, importer) {
      if (id === ID && importer !== undefined && importer.startsWith(ours)) return RESOLVED;
      // WebGL debugging (Spector) is off, so its optional dependency is never loaded.
      if (id === 'phaser3spectorjs') return '\0phaser-no-spector';
      return null;
    },
    load(id) {
      if (id === RESOLVED) return phaserLiteEntry(src);
      if (id === '\0phaser-no-spector') return 'export default null;';
      return null;
    },
    transform(code, id) {
      if (!inPhaser(id) || !code.includes('typeof ')) return null;
      const out = code.replace(flags, (_, name: string) => String(PHASER_FLAGS[name]));
      return out === code ? null : { code: out, map: null };
    },
  };
}
