import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import type { FileFailure } from "./junit.js";
import type { Finding } from "../../domain/catalogue/finding.js";
import { columnIndex } from "../../domain/catalogue/finding.js";
import { locateText, renderFinding } from "./render.js";

/** SARIF 2.1.0, the format code-scanning dashboards import: one rule per code used, one result per finding. */
export function writeSarifReport(
  results: readonly ValidationResult[],
  t: Translator,
  toolVersion: string,
  failures: readonly FileFailure[] = [],
): string {
  const codes = [...new Set([...results.flatMap((result) => result.findings.map((finding) => finding.code)), ...failures.map((failure) => failure.code)])];
  const files = [...results.map((result) => result.file), ...failures.map((failure) => failure.file)];
  const location = (file: string, line: number, finding?: Finding) => ({
    physicalLocation: {
      artifactLocation: { uri: file, index: files.indexOf(file) },
      ...(line > 0 ? { region: { startLine: line, ...(finding?.cell === undefined ? {} : { startColumn: columnIndex(finding.cell) + 1 }) } } : {}),
    },
    // A workbook's place as Excel names it (« Produits!E11 »): SARIF's logical location for what is no text line.
    ...(finding?.sheet === undefined
      ? {}
      : {
          logicalLocations: [
            finding.cell === undefined
              ? { name: finding.sheet, kind: "module" }
              : { name: finding.cell, fullyQualifiedName: `${finding.sheet}!${finding.cell}`, kind: "element" },
          ],
        }),
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "eprovence",
            version: toolVersion,
            rules: codes.map((code) => ({ id: code, name: code, shortDescription: { text: code } })),
          },
        },
        artifacts: [
          ...results.map((result) => ({ location: { uri: result.file }, ...(result.encoding === undefined ? {} : { encoding: result.encoding }) })),
          ...failures.map((failure) => ({ location: { uri: failure.file } })),
        ],
        results: [
          ...results.flatMap((result) =>
            result.findings.map((finding) => {
              const { message, hint } = renderFinding(finding, t);
              return {
                ruleId: finding.code,
                ruleIndex: codes.indexOf(finding.code),
                level: finding.severity === "error" ? "error" : "warning",
                message: { text: locateText(finding, `${message} ${hint}`, t) },
                locations: [location(result.file, finding.line, finding)],
                ...(finding.sheet === undefined ? {} : { properties: { sheet: finding.sheet, ...(finding.cell === undefined ? {} : { cell: finding.cell }) } }),
              };
            }),
          ),
          ...failures.map((failure) => ({
            ruleId: failure.code,
            ruleIndex: codes.indexOf(failure.code),
            level: "error",
            message: { text: failure.message },
            locations: [location(failure.file, 0)],
          })),
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
