/** The prepared map asset, fetched once per page for the printed region maps. */
import { useEffect, useState } from 'preact/hooks';
import asiaUrl from '../../../assets/map/asia.json?url';
import { parseMapAsset, type MapAsset } from '../../map/asset';

let cached: Promise<MapAsset> | null = null;

function load(): Promise<MapAsset> {
  cached ??= fetch(asiaUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<unknown>;
    })
    .then((json) => {
      const parsed = parseMapAsset(json);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value;
    });
  // A failed load may succeed later (the network came back): do not keep the failure.
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

export type AssetState = { kind: 'loading' } | { kind: 'ready'; asset: MapAsset } | { kind: 'failed'; reason: string };

export function useMapAsset(): AssetState {
  const [state, setState] = useState<AssetState>({ kind: 'loading' });
  useEffect(() => {
    let alive = true;
    load().then(
      (asset) => alive && setState({ kind: 'ready', asset }),
      (e: unknown) => alive && setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
