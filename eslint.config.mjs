// ESLint: JavaScript and TypeScript recommended rules, and Astro's, over the code (not content/).
// npm run lint checks; npm run lint -- --fix fixes what it can. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Stripping control characters from input is deliberate (src/lib/text.ts, scripts/serve.ts).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/islands/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
