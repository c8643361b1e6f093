import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

const AUTOFOCUS_ON_FIELDS = {
  element: '/^v-(text-field|textarea|combobox|autocomplete|select|number-input)$/',
  message:
    'Use v-autofocus (client/src/directives/autofocus.ts): it never takes the cursor from a field.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'test-results/**', '.data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      // Vuetify's autofocus moves the cursor late, even out of a field the person is typing in
      'vue/no-restricted-static-attribute': ['error', { key: 'autofocus', ...AUTOFOCUS_ON_FIELDS }],
      'vue/no-restricted-v-bind': ['error', { argument: 'autofocus', ...AUTOFOCUS_ON_FIELDS }],
    },
  },
  {
    // Every package's code and its tests are linted with types. The project service takes each
    // file's nearest tsconfig.json; specs beside the code are found through the root
    // tsconfig.json, which references each package's tsconfig.spec.json.
    files: [
      'server/src/**/*.ts',
      'contracts/src/**/*.ts',
      'seed/src/**/*.ts',
      'tests/**/*.ts',
      'client/src/**/*.ts',
      'client/src/**/*.vue',
      'client/*.ts',
    ],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['client/src/**/*.ts', 'client/src/**/*.vue'],
    ignores: ['client/src/lib/schemas.ts', '**/*.spec.ts'],
    rules: {
      // Schemas come through client/src/lib/schemas.ts, which sets zod's generic messages to the
      // UI language; zod itself is imported for its types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Take the schemas from '@/lib/schemas'; only zod's types are used here.",
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['@cchc/contracts'],
              importNamePattern: '^[A-Z]\\w*Schema$',
              message: "Import schemas from '@/lib/schemas' (zod's messages in the UI language).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // TypeScript already checks names; no-undef misfires on DOM and Node globals in .ts/.vue.
    files: ['**/*.ts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        fetch: 'readonly',
        FormData: 'readonly',
        Blob: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
