/** The checker's findings for an opened scenario file: where (file:line:column, path) and what. */
import { issueText } from '../../i18n/checker-text';
import type { ScenarioIssue } from '../../scenario/issues';
import { usePrefs } from '../context';

interface Props {
  errors: readonly ScenarioIssue[];
  warnings: readonly ScenarioIssue[];
  fileName: string;
}

function Issue({ issue }: { issue: ScenarioIssue }) {
  const { t } = usePrefs();
  return (
    <li class={`issue issue--${issue.severity}`}>
      <code class="issue__where">{`${issue.file}:${issue.line}:${issue.column}`}</code>
      {issue.path ? <code class="issue__path">{issue.path}</code> : <span class="issue__path">{t('start.file.whole')}</span>}
      <span class="issue__message">{issueText(t, issue)}</span>
    </li>
  );
}

/** Scenario text is only ever rendered as text nodes here, never as HTML. */
export function IssueList({ errors, warnings, fileName }: Props) {
  const { t } = usePrefs();
  return (
    <div class="issues">
      {errors.length > 0 && (
        <div role="alert">
          <h3>{t('start.file.errors', { file: fileName, n: errors.length })}</h3>
          <ul>{errors.map((i, k) => <Issue key={k} issue={i} />)}</ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details open={errors.length === 0}>
          <summary>{t('start.file.warnings', { n: warnings.length })}</summary>
          <ul>{warnings.map((i, k) => <Issue key={k} issue={i} />)}</ul>
        </details>
      )}
    </div>
  );
}
