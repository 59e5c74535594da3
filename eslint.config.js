import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist.*/", "generated/", "node_modules/", "coverage/", "test-output/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    // Tests may load the real official data through io/ to check the rules against it.
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      // domain/ is pure — data in, data out; it imports only zod and itself.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "domain/ is pure: no Node APIs." },
            { group: ["**/io/**", "**/store/**", "**/cli/**", "**/app/**"], message: "domain/ imports only zod and itself." },
            { group: ["commander", "chalk", "@inquirer/*", "better-sqlite3", "csv-parse", "iconv-lite"], message: "domain/ imports only zod and itself." },
          ],
        },
      ],
    },
  },
  // The arrows of the house point inward: cli → app → (io, store) → domain.
  {
    files: ["src/io/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**", "**/cli/**", "**/store/**", "better-sqlite3"], message: "io/ reads and writes files: it imports only domain/ and itself." }] }],
    },
  },
  {
    files: ["src/store/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**", "**/cli/**", "**/io/**"], message: "store/ is SQLite only: it imports only domain/ and itself." }] }],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    ignores: ["src/app/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/**", "commander", "chalk", "@inquirer/*"], message: "app/ knows no argv, terminal or prompt: that is cli/." }] }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    ignores: ["src/cli/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/store/**", "better-sqlite3"], message: "cli/ reaches the database only through the use cases of app/." },
            { regex: "(^|/)io/(?!reports/)", message: "cli/ reads and writes files only through the use cases of app/ (it may render reports)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/wizard/**/*.ts"],
    ignores: ["src/cli/wizard/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/commands/**"], message: "The wizard calls the use cases of app/, never a command." },
            { group: ["**/store/**", "better-sqlite3"], message: "cli/ reaches the database only through the use cases of app/." },
            { regex: "(^|/)io/(?!reports/)", message: "cli/ reads and writes files only through the use cases of app/ (it may render reports)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/main.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "exit", message: "Only main decides the exit code." }],
    },
  },
);
