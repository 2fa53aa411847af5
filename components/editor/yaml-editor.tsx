'use client';
import { useEffect, useRef } from 'react';
import type { editor as MonacoEditor, IRange } from 'monaco-editor';
import type { Diagnostic, Range } from '@/lib/core/diagnostic';
import { sameItems } from '@/lib/workspace/list-delta';
import type { WorkspaceState } from '@/lib/workspace/store';
import { diffText } from '@/lib/workspace/text-change';
import { useWorkspaceStore } from '@/components/studio/workspace-context';
import { useTheme } from '@/components/studio/theme';
import { resourceAtLine, selectedResource } from '@/components/studio/selected-resource';
import { setupMonaco, WORKSPACE_MODEL_URI, type Monaco } from './monaco-setup';
import { MARKER_OWNER, toMarker } from './markers';
import { addEditorCommands } from './editor-commands';

/** Test hook: e2e reads the model through it where typing is impractical (checking the whole text). */
declare global {
  interface Window {
    __entrywayEditor?: MonacoEditor.IStandaloneCodeEditor;
  }
}

function toIRange(r: Range): IRange {
  return { startLineNumber: r.line, startColumn: r.column, endLineNumber: r.endLine, endColumn: r.endColumn };
}

/** Above this many lines the editor drops features that cost a pass over the whole text per keystroke. */
const LARGE_LINES = 20_000;
const QUICK_SUGGESTIONS = { other: true, comments: false, strings: true } as const;

/** The Monaco YAML editor bound to the workspace store (client only; loaded with next/dynamic). */
export default function YamlEditor() {
  const store = useWorkspaceStore();
  const { resolved } = useTheme();
  const hostRef = useRef<HTMLDivElement>(null);
  const monacoRef = useRef<Monaco | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const monaco = setupMonaco();
    monacoRef.current = monaco;
    const uri = monaco.Uri.parse(WORKSPACE_MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(store.getState().text, 'yaml', uri);
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const ed = monaco.editor.create(host, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      lineHeight: 18,
      scrollBeyondLastLine: false,
      renderWhitespace: 'boundary',
      fixedOverflowWidgets: true,
      ariaLabel: 'Workspace YAML',
      quickSuggestions: QUICK_SUGGESTIONS,
      // monaco-yaml's link and code-action providers re-read the whole workspace in its worker on each change or
      // cursor move (it serves no code actions here: its validation is off; links in a mesh are noise): 230 MB
      // and seconds of CPU with mesh-5000.
      links: false,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
      // Folding and sticky scroll from indentation, computed in the editor: the YAML service's outline of a mesh
      // (every key of thousands of documents) came back from its worker on each keystroke and took seconds to read.
      foldingStrategy: 'indentation',
      stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
      theme: document.documentElement.classList.contains('dark') ? 'vs-dark' : 'vs',
    });
    window.__entrywayEditor = ed;

    // A mesh-scale text (tens of thousands of lines) gets no folding (recomputed over every line on each keystroke,
    // ~40 ms in mesh-1000, plus thousands of decorations) and no completion while typing (each one made
    // monaco-yaml parse the whole text in its worker); Ctrl+Space still completes.
    let large: boolean | null = null;
    const fitToSize = () => {
      const now = model.getLineCount() > LARGE_LINES;
      if (now === large) return;
      large = now;
      ed.updateOptions({ folding: !now, quickSuggestions: now ? false : QUICK_SUGGESTIONS });
    };
    fitToSize();

    // Changes the store pushes into Monaco (form, undo, import…) must not come back as editor changes.
    let applying = false;
    // The text Monaco and the store last agreed on: skips reading the model on every store update.
    let known = model.getValue();
    const typed = model.onDidChangeContent((e) => {
      fitToSize();
      if (applying) return;
      const only = e.changes.length === 1 ? e.changes[0]! : null;
      const next = only ? known.slice(0, only.rangeOffset) + only.text + known.slice(only.rangeOffset + only.rangeLength) : null;
      // One change (a keystroke, a paste): apply it to the text we hold instead of reading the whole model back
      // and diffing it against the previous text (two passes over a 1 MB mesh per keystroke). The length check
      // catches a model whose text differs from ours in line endings (Monaco normalizes them).
      if (only && next !== null && next.length === model.getValueLength()) {
        known = next;
        store.setText(known, 'editor', { start: only.rangeOffset, end: only.rangeOffset + only.rangeLength, text: only.text });
      } else {
        known = model.getValue();
        store.setText(known, 'editor');
      }
    });
    const blur = ed.onDidBlurEditorText(() => store.sealHistory());
    // The form follows the document the user puts the cursor in (not the moves the store itself asks for).
    const follow = ed.onDidChangeCursorPosition((e) => {
      if (e.source !== 'keyboard' && e.source !== 'mouse') return;
      const s = store.getState();
      const at = resourceAtLine(s, e.position.lineNumber);
      if (at && (s.selection?.document !== at.document || s.selection.item !== at.item)) store.select(at, false);
    });
    const commands = addEditorCommands(monaco, ed, store);

    let markersFor: WorkspaceState['analysis'] = null;
    let markedDiagnostics: readonly Diagnostic[] | undefined;
    let revealed = store.getState().revealSeq;
    const sync = () => {
      const s = store.getState();
      if (s.text !== known) {
        const c = diffText(model.getValue(), s.text) ?? { start: 0, end: 0, text: '' };
        const start = model.getPositionAt(c.start);
        const end = model.getPositionAt(c.end);
        applying = true;
        try {
          // One minimal edit keeps the cursor, scroll and folding where they are.
          ed.executeEdits(s.origin, [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: c.text, forceMoveMarkers: true }]);
          ed.pushUndoStop();
        } finally {
          applying = false;
        }
        known = s.text;
      }
      if (s.analysis !== markersFor && s.analysisCurrent && s.analysis) {
        markersFor = s.analysis;
        // Unchanged diagnostics keep their objects (the worker answers with deltas): skip re-setting every marker.
        if (!sameItems(markedDiagnostics, s.analysis.diagnostics)) {
          markedDiagnostics = s.analysis.diagnostics;
          const sev = monaco.MarkerSeverity;
          monaco.editor.setModelMarkers(model, MARKER_OWNER, s.analysis.diagnostics.map((d) => toMarker(d, sev)));
        }
      }
      if (s.revealSeq !== revealed) {
        revealed = s.revealSeq;
        reveal(s);
      }
    };
    const reveal = (s: WorkspaceState) => {
      const sel = s.selection;
      if (!sel) return;
      const resource = selectedResource(s);
      const range = sel.range ?? resource?.range;
      if (!range) return;
      const r = toIRange(range);
      ed.revealRangeInCenterIfOutsideViewport(r);
      if (sel.range) ed.setSelection(r);
      else ed.setPosition({ lineNumber: r.startLineNumber, column: r.startColumn });
    };
    const unsubscribe = store.subscribe(sync);
    sync();

    return () => {
      unsubscribe();
      typed.dispose();
      blur.dispose();
      follow.dispose();
      commands.dispose();
      ed.dispose();
      model.dispose();
      if (window.__entrywayEditor === ed) delete window.__entrywayEditor;
    };
  }, [store]);

  useEffect(() => {
    monacoRef.current?.editor.setTheme(resolved === 'dark' ? 'vs-dark' : 'vs');
  }, [resolved]);

  // NOTE: `nokey` tells React Flow's document key handlers (Space pans the graph) to leave keys typed here alone:
  // Monaco's EditContext input is a plain div, which React Flow does not recognise as a text field.
  return <div ref={hostRef} className="nokey h-full w-full" data-testid="monaco-host" />;
}
