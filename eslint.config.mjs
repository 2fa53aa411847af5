import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', 'out/**', 'next-env.d.ts', 'fixtures/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'bench/corpus/**'],
  },
  {
    // lib/ is pure TypeScript: it runs in a Web Worker, the CLI and unit tests unchanged.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'next', 'next/*'], message: 'lib/ must not import React or Next.' },
            { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*', 'monaco-yaml', '@xyflow/*'], message: 'lib/ must not import view libraries.' },
            { group: ['@/components/*', '../components/*', '@/app/*'], message: 'lib/ must not import views.' },
          ],
        },
      ],
    },
  },
];

export default config;
