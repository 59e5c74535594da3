import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIELD_NAMES } from "../src/domain/catalogue/fields.js";
import { CHANNELS } from "../src/domain/catalogue/readiness.js";
import { CONFIG_KEYS } from "../src/domain/config-file.js";
import { CATALOGUE_HEADER, makeTempDir, ROOT, runCli, soapRow, toCsv } from "./helpers.js";

/**
 * The JSON Schemas of schema/ against what the tool does. No schema validator is a dependency: a
 * small one below checks the keywords these schemas use (type, const, enum, required, properties,
 * additionalProperties, items, oneOf, $ref, minimum, maximum), enough to catch a report or a table
 * that drifted from its schema.
 */
type Schema = Record<string, unknown>;
const readSchema = (name: string) => JSON.parse(readFileSync(join(ROOT, "schema", name), "utf8")) as Schema;
const configSchema = readSchema("eprovence.config.schema.json");
const reportSchema = readSchema("validate-report.schema.json");

function check(value: unknown, schema: Schema, root: Schema, at = "$"): string[] {
  if (typeof schema.$ref === "string") return check(value, (root.$defs as Record<string, Schema>)[schema.$ref.replace("#/$defs/", "")] ?? {}, root, at);
  if (Array.isArray(schema.oneOf)) {
    const matching = (schema.oneOf as Schema[]).filter((option) => check(value, option, root, at).length === 0).length;
    return matching === 1 ? [] : [`${at}: matches ${matching} of oneOf`];
  }
  const problems: string[] = [];
  if ("const" in schema && value !== schema.const) problems.push(`${at}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: not in enum`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const kind = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
    if (!types.some((type) => type === kind || (type === "number" && kind === "integer"))) problems.push(`${at}: ${kind}, not ${types.join("|")}`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${at}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${at}: above maximum`);
  }
  if (Array.isArray(value) && schema.items !== undefined) value.forEach((item, index) => problems.push(...check(item, schema.items as Schema, root, `${at}[${index}]`)));
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) problems.push(`${at}.${key}: missing`);
    for (const [key, item] of Object.entries(value)) {
      if (key in properties) problems.push(...check(item, properties[key] as Schema, root, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === "object") problems.push(...check(item, schema.additionalProperties as Schema, root, `${at}.${key}`));
    }
  }
  return problems;
}

const temp = makeTempDir();
afterAll(() => temp.remove());
mkdirSync(join(temp.dir, "catalogues"));
temp.write("catalogues/good.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1")]));
temp.write("catalogues/bad.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1", { gtin: "3760000000018" })]));
temp.write("catalogues/broken.csv", "");

describe("the JSON Schemas", () => {
  it("the settings file's schema has the parser's keys, fields and channels", () => {
    const properties = configSchema.properties as Record<string, Schema>;
    expect(Object.keys(properties)).toEqual([...CONFIG_KEYS]);
    expect((properties.mappings?.additionalProperties as Schema).enum).toEqual([...FIELD_NAMES]);
    expect(properties.channel?.enum).toEqual([...CHANNELS]);
  });

  it.each([
    [{ mappings: { "Notre code": "sku" }, minShelfLifeMonths: 18, eurToCny: { value: 7.8, date: "2026-11-02", source: "BCE" }, strict: true, maxErrors: 10, sheet: 1, channel: "tmall-global", minCompleteness: 80 }, true],
    [{ eurToCny: 7.8, sheet: "Produits" }, true],
    [{ maxErors: 10 }, false],
    [{ mappings: { Colonne: "nothing" } }, false],
    [{ minCompleteness: 120 }, false],
  ])("the settings file's schema judges %j as the tool does", (document, isValid) => {
    expect(check(document, configSchema, configSchema).length === 0).toBe(isValid);
  });

  it("describes the one-file report, the failure and the several-files report", async () => {
    const cwd = temp.dir;
    const one = await runCli(["validate", "catalogues/bad.csv", "--format", "json"], { cwd });
    const failure = await runCli(["validate", "catalogues/broken.csv", "--format", "json"], { cwd });
    const many = await runCli(["validate", "catalogues", "--format", "json"], { cwd });
    expect([one.code, failure.code, many.code]).toEqual([1, 2, 2]);
    for (const run of [one, failure, many]) expect(check(JSON.parse(run.stdout), reportSchema, reportSchema)).toEqual([]);
    expect(check({ schemaVersion: 1, files: [], summary: {} }, reportSchema, reportSchema)).not.toEqual([]);
  });
});
