// The CLI target's baseline: a bare Node process that only reads the file and parses it with `yaml`.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const docs = parseAllDocuments(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${Array.isArray(docs) ? docs.length : 0} documents\n`);
