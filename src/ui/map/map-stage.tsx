/**
 * The map beside the panels: the Phaser canvas (loaded on demand, so the start screen stays
 * light), the HTML layer controls and legend, and a tooltip for the country under the pointer.
 * The map is drawn from a `MapModel` built from the snapshot; clicking a delegation opens its
 * dossier, and opening a dossier elsewhere pans the map to it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapLayers, MapModel } from '../../map/model';
import type { MapGame } from '../../scenes/create-game';
import { MAP_EVENTS } from '../../scenes/keys';
import { PUBLIC } from '../../engine';
import { useGame, useSelected } from '../context';
import { buildMapModel } from '../map-model';
import { idleLoop, REDRAW_MS, type IdleLoop } from './idle-loop';
import { LayerControls } from './layer-controls';
import { MapLegend } from './map-legend';
import { MapTooltip, type Hover } from './map-tooltip';

/** How long game-driven changes wait before the map is re-coloured. */
const MODEL_SETTLE_MS = 2000;

declare global {
  interface Window {
    /** The map scene on screen, if any. */
    cicaMap?: MapGame['map'];
  }
}

export const DEFAULT_LAYERS: MapLayers = { trust: true, flashpoints: true, energy: true, memberships: null, chair: true };

export function MapStage() {
  const g = useGame();
  const { t, lang, game, scenario } = g;
  const selected = useSelected();
  const host = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapGame | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [layers, setLayers] = useState<MapLayers>(DEFAULT_LAYERS);
  const [hover, setHover] = useState<Hover | null>(null);
  // On short screens the legend starts folded so that the map itself stays visible.
  const [roomy] = useState(() => window.innerHeight >= 900);
  // The first selection (the player's own delegation) keeps the whole map in view.
  const fromMap = useRef(true);
  const idle = useRef<IdleLoop | null>(null);
  const selectRef = useRef(g.select);
  selectRef.current = g.select;

  // A layout effect: the game is created as soon as its element exists, not a frame later.
  useLayoutEffect(() => {
    let alive = true;
    let created: MapGame | null = null;
    const parent = host.current;
    if (!parent) return;
    import('../../scenes/create-game')
      .then(({ createMapGame }) => createMapGame(parent, { ariaLabel: t('map.canvas-label') }))
      .then((m) => {
        created = m;
        if (!alive) {
          m.game.destroy(true);
          return;
        }
        idle.current = idleLoop(m.game, parent);
        // The e2e tests and the bench find countries on the canvas through the scene's own API.
        window.cicaMap = m.map;
        m.map.events.on(MAP_EVENTS.hover, (mapId: string | null, x: number, y: number) => setHover(mapId === null || x < 0 ? null : { mapId, x, y }));
        m.map.events.on(MAP_EVENTS.select, (id: string) => {
          fromMap.current = true;
          selectRef.current(id, false);
        });
        setMap(m);
      })
      .catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
      // A sleeping loop would never run the destroy Phaser schedules for its next frame.
      idle.current?.dispose();
      idle.current = null;
      if (created && window.cicaMap === created.map) window.cicaMap = undefined;
      created?.game.destroy(true);
    };
  }, []);

  // While AI delegations act, the map keeps the last settled game: re-colouring it on every
  // chunk of their turns would cost more than the turns themselves.
  const settled = useRef(game);
  if (!g.session.aiBusy) settled.current = game;
  const shown = settled.current;
  const model = useMemo(() => buildMapModel({ scenario, game: shown, lang, selected, layers }), [scenario, shown, lang, selected, layers]);

  // What the player changes on the map shows at once; what the game changes (trust after each
  // decision) waits for a quiet moment, since re-colouring the map is the costliest redraw.
  const pushed = useRef<MapModel | null>(null);
  const pushedLang = useRef(lang);
  useEffect(() => {
    if (!map) return;
    const push = () => {
      pushed.current = model;
      map.map.setModel(model);
      idle.current?.poke(REDRAW_MS);
    };
    const last = pushed.current;
    if (!last || last.selected !== model.selected || last.layers !== model.layers || lang !== pushedLang.current) {
      pushedLang.current = lang;
      push();
      return;
    }
    const timer = setTimeout(push, MODEL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [map, model]);

  // The map holds still while the AI delegations take their turns, so that drawing frames
  // does not take the main thread from them (it matters on machines without a GPU).
  const busy = g.session.aiBusy;
  useLayoutEffect(() => {
    idle.current?.hold(busy);
  }, [map, busy]);

  useEffect(() => {
    map?.game.canvas?.setAttribute('aria-label', t('map.canvas-label'));
  }, [map, lang]);

  useEffect(() => {
    if (!map) return;
    if (selected && !fromMap.current) {
      idle.current?.poke();
      map.map.focusDelegation(selected);
    }
    fromMap.current = false;
  }, [map, selected]);

  return (
    <section class="game__map map-stage" aria-labelledby="map-heading">
      <h2 id="map-heading" class="visually-hidden">{t('map.heading')}</h2>
      <div ref={host} class="map-stage__canvas" />
      {!map && !error && <p class="map-stage__status">{t('map.loading')}</p>}
      {error && <p class="map-stage__status notice notice--bad" role="alert">{t('map.error', { reason: error })}</p>}
      {hover && <MapTooltip hover={hover} />}
      <details class="map-stage__controls" open={roomy}>
        <summary>{t('map.controls')}</summary>
        <LayerControls layers={layers} onChange={setLayers} />
        <MapLegend model={model} />
        {/* The projector has no dossier to open. */}
        <p class="hint map-stage__keys">{t(g.me === PUBLIC ? 'map.keys.projector' : 'map.keys')}</p>
      </details>
    </section>
  );
}
