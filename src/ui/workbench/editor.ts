/**
 * The CodeMirror 6 editor of the workbench: YAML or JSON, the checker's findings as lint
 * diagnostics at their lines, and completion and hover help from the scenario's JSON Schema.
 * The findings come from outside (a Web Worker runs the checker), so the editor only shows them.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { setDiagnostics, lintGutter, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type Text } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import schemaJson from '../../../scenarios/scenario.schema.json';
import { hoverHelp, suggestions, type JsonSchema } from './schema-help';
import { jsonPlace, yamlPlace } from './schema-path';

const SCHEMA = schemaJson as unknown as JsonSchema;

export type Format = 'yaml' | 'json';

export interface Finding {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

const placeOf = (format: Format, text: string, pos: number) => (format === 'json' ? jsonPlace(text, pos) : yamlPlace(text, pos));

function completer(format: () => Format) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const text = ctx.state.doc.toString();
    const place = placeOf(format(), text, ctx.pos);
    if (!place.prefix && !ctx.explicit) return null;
    const options = suggestions(SCHEMA, place).map((s) => ({ label: s.label, detail: s.detail, type: s.kind === 'field' ? 'property' : 'enum' }));
    return options.length ? { from: place.from, options, validFor: /^[\w$-]*$/ } : null;
  };
}

function hover(format: () => Format) {
  return hoverTooltip((view, pos) => {
    const { from, to, text } = view.state.doc.lineAt(pos);
    let start = pos;
    let end = pos;
    while (start > from && /[\w$-]/.test(text[start - from - 1]!)) start--;
    while (end < to && /[\w$-]/.test(text[end - from]!)) end++;
    if (start === end) return null;
    const word = text.slice(start - from, end - from);
    const doc = view.state.doc.toString();
    // The mapping the word sits in: the place just before it, as if typing a key there.
    const place = placeOf(format(), doc, start);
    const help = hoverHelp(SCHEMA, place.on === 'value' ? place.path.slice(0, -1) : place.path, word);
    if (!help) return null;
    return {
      pos: start, end, above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'workbench-hover';
        dom.textContent = help;
        return { dom };
      },
    };
  });
}

/** A 1-based line and column as an offset into the document, clamped to it. */
function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

export interface WorkbenchEditor {
  view: EditorView;
  setFormat(format: Format): void;
  setText(text: string): void;
  showFindings(findings: readonly Finding[]): void;
  destroy(): void;
}

export function createEditor(parent: HTMLElement, text: string, format: Format, label: string, onChange: (text: string) => void): WorkbenchEditor {
  let current = format;
  const language = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        language.of(format === 'json' ? json() : yaml()),
        lintGutter(),
        autocompletion({ override: [completer(() => current)] }),
        hover(() => current),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  // The scroller must be reachable by keyboard (axe: scrollable-region-focusable); the text itself
  // is an editable region inside it.
  view.scrollDOM.tabIndex = 0;
  return {
    view,
    setFormat(f) {
      current = f;
      view.dispatch({ effects: language.reconfigure(f === 'json' ? json() : yaml()) });
    },
    setText(t) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t } });
    },
    showFindings(findings) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = findings.map((f) => {
        const from = offsetOf(doc, f.line, f.column);
        const to = Math.max(from + 1, doc.lineAt(from).to);
        return { from, to: Math.min(to, doc.length), severity: f.severity, message: f.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    destroy: () => view.destroy(),
  };
}
