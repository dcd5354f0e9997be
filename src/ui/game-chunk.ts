/**
 * Everything a game needs beyond the start page, as one chunk: the game screen, the session
 * (the conductor, the rules engine, the AI), the tutorial, and replaying a saved game to see
 * whether it has ended. See game-loader.ts for when it is fetched.
 */
export { GameScreen } from './game/game-screen';
export { newSession, restoreSession } from './restore';
export { savedGameFinished } from './start/saved-finished';
export { tutorialGame } from './tutorial/tutorial-game';
