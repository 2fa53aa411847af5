// monaco-yaml's language worker (completion and hover from the zod-generated JSON Schema), bundled locally.
import 'monaco-yaml/yaml.worker.js';
