import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/http/typed-client/api.d.ts is generated from openapi.yaml (npm run openapi)
  { ignores: ['node_modules/', 'data/', 'coverage/', 'test/http/typed-client/api.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Time and randomness are injected (src/shared/clock.ts); a direct read makes replays and tests unreproducible.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject a Clock instead of reading the wall clock.' },
        { object: 'Math', property: 'random', message: 'Inject a seeded Random instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject a Clock instead of new Date().' },
      ],
    },
  },
  {
    files: ['bench/**', 'scripts/token.ts', 'eslint.config.js'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
