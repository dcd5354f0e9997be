/** A session file's or a stored save's problem as a sentence in the facilitator's language. */
import type { Translate } from '../../i18n';
import type { SessionProblem } from '../../session/check';
import { SESSION_VERSION } from '../../session/record';

export function problemText(t: Translate, p: SessionProblem): string {
  switch (p.code) {
    case 'empty': return t('session-file.empty');
    case 'too-large': return t('session-file.too-large', { n: p.megabytes });
    case 'not-json': return t('session-file.not-json', { detail: p.detail });
    case 'foreign': return t(`session-file.foreign.${p.looksLike}`);
    case 'newer-version': return t('session-file.newer-version', { found: p.found, expected: SESSION_VERSION });
    case 'invalid': return t('session-file.invalid', { path: p.path, detail: p.detail });
    case 'scenario': return t('session-file.scenario', { detail: p.detail });
    case 'unknown-delegation': return t('session-file.unknown-delegation', { id: p.id });
    case 'replay': return t('session-file.replay', { n: p.index, action: p.action, detail: p.detail });
  }
}
