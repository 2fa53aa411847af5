// Monaco's own editor worker (diffing, word ranges), bundled locally.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
