/** Russian short names for the map; the type makes the keys exactly those of map-en.ts. */
import type { MapKey } from './map-en';

export const mapRu: Record<MapKey, string> = {
  'map.short.USA': 'США',
  'map.short.ARE': 'ОАЭ',
  'map.short.KOR': 'Респ. Корея',
  'map.short.SAU': 'Сауд. Аравия',
  'map.short.PSE': 'Палестина',
};
