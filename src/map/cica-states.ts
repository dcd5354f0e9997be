/**
 * Reference list of CICA's 28 member and 10 observer states as the map knows them (facts file
 * §1, §4 and §7): delegation id (ISO 3166-1 alpha-3), map id (ISO 3166-1 numeric, Natural
 * Earth's feature id) and capital. The asset builder uses it to make sure no state is ever
 * dropped; tests and the demo use it as a fixture. The game itself takes delegations, roles
 * and capitals from the scenario through `MapModel`, never from here.
 */
import type { LatLon } from './projection';

/** A state's place on the map. */
export interface CicaState {
  readonly delegationId: string;
  readonly mapId: string;
  readonly role: 'member' | 'observer';
  /** English short name, for tests and the demo only. */
  readonly name: string;
  readonly capital: LatLon;
}

const m = (delegationId: string, mapId: string, name: string, lat: number, lon: number): CicaState =>
  ({ delegationId, mapId, role: 'member', name, capital: { lat, lon } });
const o = (delegationId: string, mapId: string, name: string, lat: number, lon: number): CicaState =>
  ({ delegationId, mapId, role: 'observer', name, capital: { lat, lon } });

/** All 38 states, members first. */
export const CICA_STATES: readonly CicaState[] = [
  m('AFG', '004', 'Afghanistan', 34.53, 69.17),
  m('AZE', '031', 'Azerbaijan', 40.41, 49.87),
  m('BHR', '048', 'Bahrain', 26.23, 50.59),
  m('BGD', '050', 'Bangladesh', 23.81, 90.41),
  m('KHM', '116', 'Cambodia', 11.56, 104.92),
  m('CHN', '156', 'China', 39.9, 116.41),
  m('EGY', '818', 'Egypt', 30.04, 31.24),
  m('IND', '356', 'India', 28.61, 77.21),
  m('IRN', '364', 'Iran', 35.69, 51.39),
  m('IRQ', '368', 'Iraq', 33.31, 44.37),
  // Jerusalem's status is disputed internationally; the 1949 line runs through the city, and
  // at the 1:50m scale this point falls on the West Bank side of it (see the map tests).
  m('ISR', '376', 'Israel', 31.77, 35.21),
  m('JOR', '400', 'Jordan', 31.95, 35.93),
  m('KAZ', '398', 'Kazakhstan', 51.17, 71.45),
  m('KWT', '414', 'Kuwait', 29.38, 47.98),
  m('KGZ', '417', 'Kyrgyzstan', 42.87, 74.59),
  m('MNG', '496', 'Mongolia', 47.89, 106.91),
  m('PAK', '586', 'Pakistan', 33.68, 73.05),
  m('PSE', '275', 'Palestine', 31.9, 35.2),
  m('QAT', '634', 'Qatar', 25.29, 51.53),
  m('KOR', '410', 'Republic of Korea', 37.57, 126.98),
  m('RUS', '643', 'Russia', 55.76, 37.62),
  m('LKA', '144', 'Sri Lanka', 6.89, 79.9),
  m('TJK', '762', 'Tajikistan', 38.56, 68.79),
  m('THA', '764', 'Thailand', 13.76, 100.5),
  m('TUR', '792', 'Türkiye', 39.93, 32.86),
  m('ARE', '784', 'United Arab Emirates', 24.45, 54.38),
  m('UZB', '860', 'Uzbekistan', 41.3, 69.24),
  m('VNM', '704', 'Vietnam', 21.03, 105.85),
  o('BLR', '112', 'Belarus', 53.9, 27.56),
  o('IDN', '360', 'Indonesia', -6.21, 106.85),
  o('JPN', '392', 'Japan', 35.68, 139.69),
  o('LAO', '418', 'Laos', 17.97, 102.63),
  o('MYS', '458', 'Malaysia', 3.14, 101.69),
  o('PHL', '608', 'Philippines', 14.6, 120.98),
  o('SAU', '682', 'Saudi Arabia', 24.71, 46.68),
  o('TKM', '795', 'Turkmenistan', 37.96, 58.33),
  o('UKR', '804', 'Ukraine', 50.45, 30.52),
  o('USA', '840', 'United States', 38.9, -77.04),
];
