import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import { renderFinding } from "./render.js";
import { escapeXml } from "./xml.js";

/**
 * JUnit XML as CI servers read it: one test case per finding (errors fail, warnings pass with their
 * text in system-out), or a single passing case when the file is clean.
 */
export function writeJunitReport(result: ValidationResult, t: Translator): string {
  const file = escapeXml(result.file);
  const cases = result.findings.map((finding) => {
    const { message, hint } = renderFinding(finding, t);
    const name = escapeXml(`${t.ui("line", { line: finding.line })}: ${finding.code}`);
    const body =
      finding.severity === "error"
        ? `<failure type="${finding.code}" message="${escapeXml(message)}">${escapeXml(hint)}</failure>`
        : `<system-out>${escapeXml(`${t.ui("severityWarning")}: ${message} ${hint}`)}</system-out>`;
    return `    <testcase classname="${file}" name="${name}">${body}</testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="${escapeXml(t.ui("verdictValid"))}"/>`);
  const failures = result.findings.filter((finding) => finding.severity === "error").length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="eprovence validate" tests="${cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${file}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
