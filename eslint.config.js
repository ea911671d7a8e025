// Flat config: typescript-eslint's recommended rules, plus the style rules we rely on.
import tseslint from 'typescript-eslint';
import libBoundaries from './tools/eslint/lib-boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Libs reach each other through '@beslutskedjan/<lib>' only (see tools/eslint/lib-boundaries.js).
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { local: { rules: { 'lib-boundaries': libBoundaries } } },
    rules: { 'local/lib-boundaries': 'error' },
  },
  {
    // Nest resolves constructor parameters through emitted metadata: those imports must stay values.
    files: [
      '**/*.controller.ts',
      '**/*.handler.ts',
      '**/*.module.ts',
      '**/*.guard.ts',
      '**/*.http.ts',
      '**/*.interceptor.ts',
      '**/*.factory.ts',
      '**/*-seeder.ts',
      '**/read-models.ts',
      '**/command-executor.ts',
      '**/*.processor.ts',
      '**/*.service.ts',
      '**/*.reaction.ts',
      '**/*-host.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
