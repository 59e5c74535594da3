/** Exit codes of PRODUCT.md: the only numbers `main` returns. */
export const EXIT = {
  ok: 0,
  no: 1,
  failed: 2,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
