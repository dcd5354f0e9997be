/** The rules engine: pure TypeScript, no Phaser, no DOM, no XState. */
export * from './state';
export type { Action, ActionType, ActionOf } from './actions';
export type { Rejection, RejectionCode, ActionResult } from './rejection';
export { applyAction, applyActionOnly, checkAction } from './apply';
export { legalActions, awaited } from './legal';
export { createGame, initialState, replay, ReplayError } from './game';
export { playerView, scenarioView, canSeeSecretsOf, PUBLIC, type Viewer, type PlayerView } from './view';
export { collectiveOutcome, delegationScores, ranking, goalMet, interestValue, gradeOf, GRADES, type Grade, type CollectiveOutcome, type DelegationScore } from './scoring';
export { cohesion, trustOf } from './trust';
export { tally, type Tally } from './decision';
export { charterProblems, implementedMeasures, implementedDimensions, isSummit, type CharterProblem } from './charter';
export { PHASE_FLOW, advance, enterPhase } from './phases';
export { indexScenario, type ScenarioIndex } from './scenario-index';
export { currentItem } from './rules/plenary';
export { roundAgenda, subjectProblem } from './rules/proposals';
export { implementationTerms } from './rules/implementation';
export { envoyTrusted } from './rules/diplomacy';
export { ACTION_TYPES } from './rules';
