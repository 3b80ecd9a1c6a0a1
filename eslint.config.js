// ESLint for the whole tree: typescript-eslint with type information, React hooks rules for the
// renderer, and Prettier owning layout (eslint-config-prettier turns the stylistic rules off).
// `npm run lint` runs it with --max-warnings 0; the architecture rules live in .dependency-cruiser.cjs.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noDayjs = {
  regex: '^dayjs($|/)',
  message:
    "dayjs is only @mantine/dates's own peer dependency, not ours: use date-fns and the helpers in shared/time.ts, and renderer/src/components/datePickerLabels.ts for the pickers' wording.",
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', '.data/', '.test-output/', 'test-results/', 'playwright-report/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            'electron.vite.config.ts',
            'renderer/vite.config.ts',
            'scripts/*.mjs',
            'tests/electron/stand-in/*.mjs',
          ],
        },
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // date-fns (+ @date-fns/tz) is the one date library; dayjs is installed only as @mantine/dates's own
    // peer, and the pickers get their wording from date-fns (README, "Libraries, and why").
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDayjs] }] },
  },
  {
    // Node loads date-fns's root module as some 250 files, each checked against its 200 KB package.json:
    // 2.4 s at every start of the station, the Electron main and each reader worker. A function's own
    // path (date-fns/format) loads only what it needs. The renderer is bundled, so its imports are free.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDayjs,
            {
              regex: '^date-fns$',
              allowTypeImports: true,
              message: 'Import each function from its own path (date-fns/format): the root module costs 2.4 s at every start under Node.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
