/** The bundled scenarios, parsed and checked at build time (scripts/vite/bundled-scenarios.ts). */
declare module 'virtual:bundled-scenarios' {
  import type { ScenarioResult } from './issues';
  const scenarios: ReadonlyArray<{ id: string; fileName: string; result: ScenarioResult }>;
  export default scenarios;
}
