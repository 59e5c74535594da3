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
      // STYLE.md: domain/ is pure — data in, data out; it imports only zod and itself.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "domain/ is pure: no Node APIs." },
            { group: ["**/io/**", "**/store/**", "**/cli/**"], message: "domain/ imports only zod and itself." },
            { group: ["commander", "chalk", "@inquirer/*", "better-sqlite3", "csv-parse", "iconv-lite"], message: "domain/ imports only zod and itself." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/io/**/*.ts", "src/store/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/**"], message: "io/ and store/ never import cli/." }] }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/main.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "exit", message: "Only main decides the exit code (STYLE.md habit 1)." }],
    },
  },
);
