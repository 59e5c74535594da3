/**
 * The name of what is delivered for one company when many are (`export --all`, `dossier --all`):
 * `<SIREN>-<slug of the legal name>`. The SIREN makes it unique (one company per SIREN); the slug lets
 * a person find the company in a file manager. The slug is plain ASCII (accents dropped, « œ » and
 * « æ » spelt out, anything else a hyphen), lower-case and short, so that it is a valid file name on
 * every system a consultant shares folders with (Windows, macOS, a USB key in FAT32).
 */

/** Long enough to tell companies apart at a glance, short enough for Windows' path limit. */
export const SLUG_MAX_LENGTH = 50;

/** « Savonnerie du Midi & Fils S.A.R.L. » → "savonnerie-du-midi-fils-s-a-r-l". */
export function slugOf(text: string): string {
  const slug = text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

/** "812345678-savonnerie-du-midi"; the SIREN alone when the name has no letter or digit to keep. */
export function deliveryNameOf(company: { readonly siren: string; readonly legalName: string }): string {
  const slug = slugOf(company.legalName);
  return slug === "" ? company.siren : `${company.siren}-${slug}`;
}
