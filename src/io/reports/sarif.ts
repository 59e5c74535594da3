import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import { renderFinding } from "./render.js";

/** SARIF 2.1.0, the format code-scanning dashboards import: one rule per code used, one result per finding. */
export function writeSarifReport(result: ValidationResult, t: Translator, toolVersion: string): string {
  const codes = [...new Set(result.findings.map((finding) => finding.code))];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "eprovence",
            version: toolVersion,
            rules: codes.map((code) => ({
              id: code,
              name: code,
              shortDescription: { text: code },
              help: { text: t.hint(code, { field: "", value: "" }) },
            })),
          },
        },
        artifacts: [{ location: { uri: result.file }, encoding: result.encoding }],
        results: result.findings.map((finding) => {
          const { message, hint } = renderFinding(finding, t);
          return {
            ruleId: finding.code,
            ruleIndex: codes.indexOf(finding.code),
            level: finding.severity === "error" ? "error" : "warning",
            message: { text: `${message} ${hint}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: result.file, index: 0 },
                  ...(finding.line > 0 ? { region: { startLine: finding.line } } : {}),
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
