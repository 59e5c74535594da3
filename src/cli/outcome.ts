/**
 * What a command reports back to `main`, which alone turns it into an exit code: done (0); done, and
 * the answer is "no" (1: the catalogue has errors, the export was refused…); could not do the whole
 * job (2: a file of the batch could not be imported). A failure of the whole command is thrown instead.
 */
export type Outcome = "ok" | "no" | "failed";
