/**
 * The checks that run once a scenario has the right shape: references, uniqueness, reachable
 * thresholds and playability. Pure: takes a validated scenario, returns unlocated findings that
 * the parser then places in the source text.
 */
import { formatPath, type UnlocatedIssue } from './issues';
import type { Scenario, Text } from './schema';
import { textPaths } from './schema-walk';
import { createContext, warn, type CheckContext } from './semantic-context';
import { checkInert } from './semantic-inert';
import { checkCalendarRefs, checkDelegationRefs, checkEventRefs, checkIds, checkTrustRefs, checkWorldRefs } from './semantic-references';
import { checkCalendar, checkCharter, checkCycles, checkPlayability, checkPlayers, checkRules } from './semantic-rules';
import { hasTranslation } from './text';
import { valueAt } from './zod-messages';

function checkTranslations(ctx: CheckContext): void {
  for (const path of textPaths(ctx.s)) {
    const text = valueAt(ctx.s, path) as Text;
    if (!hasTranslation(text, 'ru')) {
      warn(ctx, path, 'missing-russian', `${formatPath(path)} has no Russian translation (write it as en: and ru:)`, { params: { path: formatPath(path) } });
    }
  }
}

/** Every semantic error and warning in a scenario that already passed the schema, in check order. */
export function checkScenario(scenario: Scenario): UnlocatedIssue[] {
  const ctx = createContext(scenario);
  checkIds(ctx);
  checkPlayers(ctx);
  checkCalendarRefs(ctx);
  checkCalendar(ctx);
  checkTrustRefs(ctx);
  checkDelegationRefs(ctx);
  checkWorldRefs(ctx);
  checkEventRefs(ctx);
  checkCycles(ctx);
  checkRules(ctx);
  checkCharter(ctx);
  checkPlayability(ctx);
  checkInert(ctx);
  checkTranslations(ctx);
  return ctx.issues;
}
