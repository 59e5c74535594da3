import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import { describeLocation, renderFinding } from "./render.js";
import { escapeXml } from "./xml.js";

/** A file that could not be read at all (import): one failing case of its own. */
export interface FileFailure {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/**
 * JUnit XML as CI servers read it: a test suite per file, one test case per finding (errors fail,
 * warnings pass with their text in system-out), or a single passing case when a file is clean.
 */
export function writeJunitReport(results: readonly ValidationResult[], t: Translator, title: string, failures: readonly FileFailure[] = []): string {
  let totalCases = 0;
  let totalFailures = 0;
  const suites = results.map((result) => {
    const file = escapeXml(result.file);
    const cases = result.findings.map((finding) => {
      const { message, hint } = renderFinding(finding, t);
      const name = escapeXml(`${describeLocation(finding, t)}: ${finding.code}`);
      const body =
        finding.severity === "error"
          ? `<failure type="${finding.code}" message="${escapeXml(message)}">${escapeXml(hint)}</failure>`
          : `<system-out>${escapeXml(`${t.ui("severityWarning")}: ${message} ${hint}`)}</system-out>`;
      return `    <testcase classname="${file}" name="${name}">${body}</testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="${escapeXml(t.ui("verdictValid"))}"/>`);
    const failed = result.findings.filter((finding) => finding.severity === "error").length;
    totalCases += cases.length;
    totalFailures += failed;
    return [`  <testsuite name="${file}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`, ...cases, "  </testsuite>"];
  });
  for (const failure of failures) {
    const file = escapeXml(failure.file);
    totalCases++;
    totalFailures++;
    suites.push([
      `  <testsuite name="${file}" tests="1" failures="1" errors="0" skipped="0">`,
      `    <testcase classname="${file}" name="${escapeXml(failure.code)}"><failure type="${escapeXml(failure.code)}" message="${escapeXml(failure.message)}"/></testcase>`,
      "  </testsuite>",
    ]);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(title)}" tests="${totalCases}" failures="${totalFailures}" errors="0">`,
    ...suites.flat(),
    "</testsuites>",
    "",
  ].join("\n");
}
