import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ProductValues } from "../domain/catalogue/row-validator.js";
import { EprovenceError } from "../domain/errors.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { validateCatalogue, type ValidationResult } from "./validate-catalogue.js";

/** The committed samples (scripts/make-fixtures.mjs writes them; fixtures/README.md says what each shows). */
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

interface Row {
  readonly line: number;
  readonly isValid: boolean;
  readonly values: ProductValues;
}

async function validate(path: string, options: { maxErrors?: number; stdin?: Readable } = {}): Promise<{ result: ValidationResult; rows: Row[] }> {
  const rows: Row[] = [];
  const result = await validateCatalogue({
    path,
    stdin: options.stdin ?? Readable.from([]),
    maxErrors: options.maxErrors ?? 1000,
    // The validator reuses one values object from row to row: keep a copy.
    onRow: ({ values, line, isValid }) => {
      rows.push({ line, isValid, values: { ...values, labels: [...values.labels], imageUrls: [...values.imageUrls] } });
      return undefined;
    },
  });
  return { result, rows };
}

const errorsOf = (result: ValidationResult): Finding[] => result.findings.filter((finding) => finding.severity === "error");
const warningsOf = (result: ValidationResult): Finding[] => result.findings.filter((finding) => finding.severity === "warning");
const rowOf = (rows: readonly Row[], sku: string): Row | undefined => rows.find((row) => row.values.sku === sku);

describe("fixtures/french-excel.csv: what French Excel writes", () => {
  // Windows-1252 cannot hold Chinese: the file gives pinyin instead, which is no Chinese name.
  it("is detected as Windows-1252 with ';', and refuses only its pinyin Chinese names", async () => {
    const { result } = await validate(fixture("french-excel.csv"));
    expect(result).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(errorsOf(result).map((finding) => [finding.code, finding.line, finding.value])).toEqual([
      ["name-zh-not-chinese", 2, "Masai xiangzao"],
      ["name-zh-not-chinese", 6, "Xunyicao jingyou"],
      ["name-zh-not-chinese", 8, "Aikesi kalisong"],
      ["name-zh-not-chinese", 10, "Puluowangsi ganlanyou"],
      ["name-zh-not-chinese", 13, "Puluowangsi taohong putaojiu"],
    ]);
    expect(result.summary).toMatchObject({ rows: 12, validRows: 7, errors: 5 });
    // Every French header was recognised.
    expect(result.findings.filter((finding) => finding.code === "unknown-column" || finding.code === "missing-column")).toEqual([]);
  });

  it("gives back the French names with their accents, quotes and line breaks intact", async () => {
    const { rows } = await validate(fixture("french-excel.csv"));
    expect(rowOf(rows, "EDT-LAV-100")?.values.nameFr).toBe("Eau de toilette « Cœur de lavande », 100 ml");
    expect(rowOf(rows, "SAV-LIQ-VERV")?.values.nameFr).toBe("Savon liquide à la verveine… recharge 1 L");
    expect(rowOf(rows, "CAL-AIX-250")?.values.nameFr).toBe("Calissons d’Aix ; boîte losange 250 g");
    expect(rowOf(rows, "CRM-MAINS-75")?.values.nameFr).toBe("Crème mains nourrissante à l’huile d’olive\n75 ml, tube aluminium");
    expect(rowOf(rows, "SANT-TAMB-7")?.values.nameFr).toBe("Santon façonné main « Le tambourinaire », argile peinte, 7 cm");
  });

  it("reads decimal commas and no-break-space thousands as exact cents", async () => {
    const { rows } = await validate(fixture("french-excel.csv"));
    expect(rowOf(rows, "SAV-MAR-600")?.values).toMatchObject({ priceCents: 490, stock: 1250 });
    expect(rowOf(rows, "SANT-CRECHE-24")?.values.priceCents).toBe(125_000);
  });

  it("reports each product on its physical line, counting the Alt+Enter line break", async () => {
    const { rows } = await validate(fixture("french-excel.csv"));
    expect(rows.map((row) => [row.values.sku, row.line])).toEqual([
      ["SAV-MAR-600", 2],
      ["SAV-LIQ-VERV", 3],
      ["CRM-MAINS-75", 4], // its name spans lines 4–5
      ["HE-LAV-10", 6],
      ["EDT-LAV-100", 7],
      ["CAL-AIX-250", 8],
      ["CAL-AIX-ECR8", 9],
      ["HUI-BAUX-50", 10],
      ["SANT-TAMB-7", 11],
      ["SANT-CRECHE-24", 12],
      ["ROSE-CDP-75", 13],
      ["HERB-PROV-40", 14],
    ]);
  });

  it("warns, without failing, about what Excel did to the data", async () => {
    const { result } = await validate(fixture("french-excel.csv"));
    expect(warningsOf(result)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "postcode-leading-zero-lost", line: 7, value: "4300" }),
        expect.objectContaining({ code: "over-cbec-limit", line: 12, column: "Prix HT (€)" }),
      ]),
    );
  });

  it("warns once that Windows-1252 cannot hold its Chinese names, with the Excel fix", async () => {
    const { result } = await validate(fixture("french-excel.csv"));
    expect(result.findings.filter((finding) => finding.code === "encoding-cannot-hold-chinese")).toEqual([
      expect.objectContaining({ severity: "warning", line: 1, field: "name_zh", params: { encoding: "windows-1252" } }),
    ]);
  });
});

describe("fixtures/utf8-bom-chinese.csv", () => {
  it("is detected as UTF-8 with BOM and ',', and passes with every Chinese name and image present", async () => {
    const { result, rows } = await validate(fixture("utf8-bom-chinese.csv"));
    expect(result).toMatchObject({ encoding: "utf-8-bom", delimiter: "," });
    expect(errorsOf(result)).toEqual([]);
    expect(result.summary).toMatchObject({ rows: 8, validRows: 8, errors: 0 });
    expect(result.findings.map((finding) => finding.code)).not.toContain("encoding-cannot-hold-chinese");
    // The BOM does not hide the first header ("SKU"), and nothing is missing for a Tmall export.
    const missing = new Set(["missing-column", "unknown-column", "missing-name-zh", "missing-image"]);
    expect(result.findings.filter((finding) => missing.has(finding.code))).toEqual([]);
    expect(rowOf(rows, "SAV-MAR-600")?.values).toMatchObject({ nameZh: "马赛皂 600克", priceCents: 490 });
    expect(rowOf(rows, "SANT-TAMB-7")?.values.nameEn).toBe('Provençal santon "The drummer", 7 cm');
    expect(rows.every((row) => row.values.nameZh !== "" && row.values.imageUrls.length > 0)).toBe(true);
  });
});

describe("fixtures/broken: each gives the findings a user should see, on the right lines", () => {
  it.each<[string, { rows: number; validRows: number }, Partial<Finding>[], Partial<Finding>[]]>([
    [
      "duplicate-skus.csv",
      { rows: 5, validRows: 3 },
      [
        { code: "duplicate-sku", line: 4, field: "sku", value: "SAV-MAR-600", params: { firstLine: 2 } },
        { code: "duplicate-sku", line: 6, field: "sku", value: "HE-LAV-10", params: { firstLine: 3 } },
      ],
      [],
    ],
    [
      "invalid-values.csv",
      { rows: 8, validRows: 1 },
      [
        { code: "invalid-gtin", line: 2, field: "gtin", value: "3760214500014" },
        { code: "unknown-category", line: 3, field: "category", value: "jouets" },
        { code: "origin-outside-provence", line: 4, field: "origin_postcode", value: "75001" },
        { code: "perishable", line: 5, field: "shelf_life_months", value: "6" },
        { code: "perishable", line: 6, field: "storage", value: "chilled" },
        { code: "invalid-number", line: 7, field: "price_eur", value: "abc", column: "Price (EUR)" },
        { code: "invalid-image-url", line: 8, field: "image_urls", value: "http://www.domaine-des-embruns.fr/medias/rose-2025-75cl.jpg" },
      ],
      [],
    ],
    [
      "missing-columns.csv",
      // Without a SKU or a price column no row is complete.
      { rows: 3, validRows: 0 },
      [
        { code: "missing-column", line: 1, field: "sku" },
        { code: "missing-column", line: 1, field: "price_eur" },
      ],
      [],
    ],
    ["unclosed-quote.csv", { rows: 2, validRows: 2 }, [{ code: "unclosed-quote", line: 4 }], []],
    ["header-only.csv", { rows: 0, validRows: 0 }, [], [{ code: "empty-catalogue", line: 1 }]],
    // The warning names the line of the first record holding the pasted byte; that row's Chinese name is pinyin.
    [
      "mixed-encoding.csv",
      { rows: 4, validRows: 3 },
      [{ code: "name-zh-not-chinese", line: 4, field: "name_zh", value: "Fengmi xiangzao" }],
      [{ code: "invalid-utf8", line: 4 }],
    ],
  ])("%s", async (name, counts, errors, warnings) => {
    const { result } = await validate(fixture(`broken/${name}`));
    expect(result.summary).toMatchObject({ ...counts, errors: errors.length });
    expect(errorsOf(result)).toMatchObject(errors);
    for (const warning of warnings) expect(warningsOf(result)).toContainEqual(expect.objectContaining(warning));
  });

  it("mixed-encoding.csv: keeps the UTF-8 accents right and marks the pasted Windows-1252 byte", async () => {
    const { result, rows } = await validate(fixture("broken/mixed-encoding.csv"));
    expect(result.encoding).toBe("utf-8");
    expect(rowOf(rows, "CAL-AIX-250")?.values.nameFr).toBe("Calissons d’Aix, boîte losange — 250 g");
    expect(rowOf(rows, "SAV-MIEL-100")?.values.nameFr).toBe("Savon parfum\uFFFD au miel, 100 g");
  });

  it.each([
    ["empty.csv", "file-empty"],
    ["not-a-csv.png", "file-binary"],
    ["image-renamed.csv", "file-binary"],
    ["no-such-file.csv", "file-not-found"],
  ])("%s cannot be validated: %s", async (name, code) => {
    const error: unknown = await validate(fixture(`broken/${name}`)).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(EprovenceError);
    expect(error).toMatchObject({ code });
  });
});

describe("--max-errors", () => {
  it("caps the findings kept, while the summary still counts them all", async () => {
    const full = (await validate(fixture("broken/invalid-values.csv"))).result;
    const { result } = await validate(fixture("broken/invalid-values.csv"), { maxErrors: 2 });
    expect(result.summary).toEqual(full.summary);
    expect(result.summary).toMatchObject({ errors: 7, warnings: 7 });
    expect(result.truncated).toBe(true);
    // The first errors of the file are the ones kept.
    expect(errorsOf(result).map((finding) => [finding.code, finding.line])).toEqual([
      ["invalid-gtin", 2],
      ["unknown-category", 3],
    ]);
    expect(warningsOf(result).length).toBeLessThanOrEqual(2);
  });

  it("past the cap, counts every finding without building it: the same totals and verdicts as with no cap", async () => {
    // No onRow: the report alone, as `validate` reads a garbage file.
    const reportOf = (maxErrors: number) => validateCatalogue({ path: fixture("broken/invalid-values.csv"), stdin: Readable.from([]), maxErrors });
    const full = await reportOf(1000);
    for (const maxErrors of [0, 1, 2, 5]) {
      const capped = await reportOf(maxErrors);
      expect(capped.summary).toEqual(full.summary);
      expect(capped.truncated).toBe(true);
      expect(errorsOf(capped)).toEqual(errorsOf(full).slice(0, maxErrors));
      expect(warningsOf(capped)).toEqual(warningsOf(full).slice(0, maxErrors));
    }
  });

  it("keeps everything, untruncated, when under the cap", async () => {
    const { result } = await validate(fixture("broken/invalid-values.csv"), { maxErrors: 7 });
    expect(result.truncated).toBe(false);
    expect(errorsOf(result)).toHaveLength(7);
    expect(warningsOf(result)).toHaveLength(7);
  });
});

describe("blank rows below the data", () => {
  it("are not products, whether empty (;;;;) or made of spaces", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const path = join(mkdtempSync(join(tmpdir(), "eprovence-blank-")), "blank.csv");
    const lines = readFileSync(fixture("utf8-bom-chinese.csv"), "utf8").trimEnd().split("\n");
    const width = (lines[0] ?? "").split(",").length;
    writeFileSync(path, [...lines, ",".repeat(width - 1), " ,  ,", "   "].join("\n") + "\n");
    const { result } = await validate(path);
    expect(result.summary.rows).toBe(lines.length - 1);
    expect(errorsOf(result)).toEqual([]);
  });
});

describe("an encoding that cannot hold Chinese, found further down", () => {
  it("is judged on the encoding the whole file was read in, not on its first bytes", async () => {
    // ASCII well past the first 64 KiB, then one Windows-1252 "é": the reader changes its mind late.
    const header = "sku;name_fr;name_zh;brand;category;hs_code;origin_postcode;net_weight_g;price_eur";
    const row = (sku: string, name: string): string => `${sku};${name};;Savonnerie;savons;340111;13001;600;6,90`;
    const ascii = Array.from({ length: 1500 }, (_, index) => row(`SAV-${index}`, "Savon de Marseille cube 600 g"));
    const bytes = Buffer.concat([Buffer.from([header, ...ascii].join("\r\n") + "\r\n"), Buffer.from(row("SAV-E", "Savon parfumé") + "\r\n", "latin1")]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const { result } = await validate("-", { stdin: Readable.from([bytes]), maxErrors: 10_000 });
    expect(result.encoding).toBe("windows-1252");
    expect(result.findings.filter((finding) => finding.code === "encoding-cannot-hold-chinese")).toHaveLength(1);
  });
});

describe("standard input", () => {
  it('reads the catalogue from stdin when the path is "-"', async () => {
    const bytes = readFileSync(fixture("french-excel.csv"));
    const { result, rows } = await validate("-", { stdin: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]) });
    expect(result).toMatchObject({ file: "-", encoding: "windows-1252", delimiter: ";" });
    // The same findings as from the file: its five pinyin names.
    expect(result.summary).toMatchObject({ rows: 12, errors: 5 });
    expect(rowOf(rows, "EDT-LAV-100")?.values.nameFr).toBe("Eau de toilette « Cœur de lavande », 100 ml");
  });
});
