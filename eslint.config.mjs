// ESLint flat config: typescript-eslint with the type-checked rules we care about as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '**/*.js',
      '**/*.mjs',
      'apps/buurtportaal/**',
      'apps/regiepaneel/**',
      'apps/web-gedeeld/**',
      'apps/api/src/web/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      // A library is used through its index.ts only.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@buurtwerk/*/*', '**/libs/*/src/*', '../../libs/*/src/*'],
              message: 'Importeer een bibliotheek als @buurtwerk/<naam> (via index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and scripts may reach into the harness and the libraries' sources.
    files: ['test/**/*.ts', 'scripts/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
