import { describe, expect, it } from 'vitest';
import { CICA_STATES } from '../../src/map/cica-states';
import { hitTestCountry } from '../../src/map/geometry';
import { foreignCover, MAX_FOREIGN_COVER, placeLabels, placesBeside, wrapLabel, type LabelCandidate } from '../../src/map/labels';
import { fitZoom } from '../../src/map/view';
import { FRAME, hitIndex, shapes } from './fixtures';

const landAt = (x: number, y: number) => hitTestCountry(hitIndex, x, y);
const mapIdOf = (id: string) => CICA_STATES.find((s) => s.delegationId === id)!.mapId;
/** Labels of about 7 px per character, 15 px a line (the scene's 12 px font). */
const size = (text: string) => {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((l) => l.length)) * 7, height: lines.length * 15 };
};

function countryLabel(id: string, text: string): LabelCandidate {
  const shape = shapes.get(mapIdOf(id))!;
  return { id, x: shape.anchor[0], y: shape.anchor[1], ...size(text), roomWidth: shape.bbox[2] - shape.bbox[0], priority: shape.area, owner: shape.id };
}

describe('label text', () => {
  it('sets long names on two lines at the space nearest the middle, and keeps short ones', () => {
    expect(wrapLabel('Соединённые Штаты Америки')).toBe('Соединённые\nШтаты Америки');
    expect(wrapLabel('Объединённые Арабские Эмираты')).toBe('Объединённые\nАрабские Эмираты');
    expect(wrapLabel('China')).toBe('China');
    expect(wrapLabel('Kyrgyzstan')).toBe('Kyrgyzstan');
  });
});

describe('labels keep off other countries', () => {
  const zooms = [fitZoom({ width: 486, height: 585 }, FRAME), fitZoom({ width: 1920, height: 1080 }, FRAME), fitZoom({ width: 1920, height: 1080 }, FRAME) * 4];

  it.each(zooms)('shows no country label that covers other land beyond the allowance (zoom %f)', (zoom) => {
    const candidates = CICA_STATES.filter((s) => shapes.has(s.mapId)).map((s) => countryLabel(s.delegationId, wrapLabel(s.name)));
    const shown = placeLabels(candidates, zoom, landAt);
    expect(shown.size).toBeGreaterThan(3);
    for (const [id, at] of shown) {
      const c = candidates.find((x) => x.id === id)!;
      expect(foreignCover(landAt, c.owner, at[0], at[1], c.width, c.height, zoom), id).toBeLessThanOrEqual(MAX_FOREIGN_COVER);
    }
  });

  it('hides a long name that would run across its neighbours at the fitted zoom', () => {
    const zoom = zooms[0]!;
    // A made-up long name at Mongolia's anchor runs across China and Russia.
    const long = countryLabel('MNG', 'A name far too long to fit inside Mongolia at this zoom');
    expect(placeLabels([{ ...long, roomWidth: 1e6 }], zoom, landAt).has('MNG')).toBe(false);
  });

  it("puts a marker's label on the side that covers no land when one exists", () => {
    const zoom = zooms[1]!;
    // A marker in the Arabian Sea just off Oman's coast: east of it is open sea, west is land.
    const oman = shapes.get('512')!;
    const x = oman.bbox[2] + 2 / zoom;
    const y = (oman.bbox[1] + oman.bbox[3]) / 2;
    const s = size('Label');
    const west = [x - 60 / zoom, y] as const;
    const east = [x + 60 / zoom, y] as const;
    const shown = placeLabels([{ id: 'm', x: west[0], y: west[1], options: [east], ...s, roomWidth: Infinity, priority: 0, always: true }], zoom, landAt);
    expect(shown.get('m')).toEqual(east);
  });
});

describe('small neighbours and the selected country', () => {
  // The map column at 1280 x 720 focused on Israel: seven times the fitted zoom.
  const zoom = fitZoom({ width: 486, height: 597 }, FRAME) * 7;
  const israel = shapes.get(mapIdOf('ISR'))!;
  const beside = (c: LabelCandidate) => ({ ...c, options: placesBeside(c.x, c.y, c.width, c.height, zoom, 4) });

  it('sets a label beside its anchor where its centre would run across a neighbour', () => {
    // At the maximum zoom Israel's name on its anchor still runs into the West Bank; below it, it fits.
    const zoom = fitZoom({ width: 486, height: 597 }, FRAME) * 14;
    const beside = (c: LabelCandidate) => ({ ...c, options: placesBeside(c.x, c.y, c.width, c.height, zoom, 4) });
    const label = countryLabel('ISR', 'Israel');
    expect(foreignCover(landAt, label.owner, label.x, label.y, label.width, label.height, zoom)).toBeGreaterThan(MAX_FOREIGN_COVER);
    expect(placeLabels([label], zoom, landAt).has('ISR')).toBe(false);
    const at = placeLabels([beside(label)], zoom, landAt).get('ISR');
    expect(at).toBeDefined();
    expect(foreignCover(landAt, label.owner, at![0], at![1], label.width, label.height, zoom)).toBeLessThanOrEqual(MAX_FOREIGN_COVER);
  });

  it('keeps the first place that fits, in the order given', () => {
    const label = beside(countryLabel('KAZ', 'Kazakhstan'));
    expect(placeLabels([label], 1, landAt).get('KAZ')).toEqual([label.x, label.y]);
  });

  it('always names the selected country, first, even with no room and every place covering a neighbour', () => {
    const tight = { ...countryLabel('ISR', 'A long name for Israel'), roomWidth: 0, priority: 2e9, required: true };
    const other = { ...countryLabel('JOR', 'Jordan'), x: israel.anchor[0], y: israel.anchor[1], priority: 1e9, always: true };
    const shown = placeLabels([other, tight], zoom, landAt);
    expect(shown.get('ISR')).toEqual([tight.x, tight.y]);
    expect(shown.has('JOR')).toBe(false);
  });

  it('keeps country labels off markers and flashpoints, and places a required one over them only as a last resort', () => {
    const label = { ...countryLabel('KAZ', 'Kazakhstan'), options: placesBeside(shapes.get('398')!.anchor[0], shapes.get('398')!.anchor[1], 70, 15, 1, 4) };
    // A flashpoint just right of the anchor: the label moves to the anchor's left.
    const nearAnchor = [{ x: label.x + 25, y: label.y, radiusPx: 8 }];
    expect(placeLabels([label], 1, landAt, nearAnchor).get('KAZ')).toEqual(label.options[1]);
    const everywhere = [[label.x, label.y] as const, ...label.options].map(([x, y]) => ({ x, y, radiusPx: 8 }));
    expect(placeLabels([label], 1, landAt, everywhere).has('KAZ')).toBe(false);
    expect(placeLabels([{ ...label, required: true }], 1, landAt, everywhere).get('KAZ')).toEqual([label.x, label.y]);
  });

  it('places the same labels at the same spots every time', () => {
    const candidates = CICA_STATES.filter((s) => shapes.has(s.mapId)).map((s) => beside(countryLabel(s.delegationId, wrapLabel(s.name))));
    const once = [...placeLabels(candidates, zoom, landAt)];
    expect([...placeLabels([...candidates].reverse(), zoom, landAt)]).toEqual(once);
  });
});
