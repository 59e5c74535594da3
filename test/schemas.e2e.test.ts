import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FIELD_NAMES } from "../src/domain/catalogue/fields.js";
import { CHANNELS } from "../src/domain/catalogue/readiness.js";
import { CONFIG_KEYS } from "../src/domain/config-file.js";
import { CATALOGUE_HEADER, makeTempDir, ROOT, runCli, soapRow, toCsv } from "./helpers.js";

/** The JSON Schemas of schema/ against what the tool does, judged by a real JSON Schema validator (draft 2020-12). */
type Schema = Record<string, unknown>;
const readSchema = (name: string) => JSON.parse(readFileSync(join(ROOT, "schema", name), "utf8")) as Schema;
const configSchema = readSchema("eprovence.config.schema.json");
const reportSchema = readSchema("validate-report.schema.json");
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const isConfig = ajv.compile(configSchema);
const isReport = ajv.compile(reportSchema);
/** What the validator says is wrong, one line per problem; empty when the value is valid. */
const problemsOf = (validate: ValidateFunction, value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "$"} ${error.message ?? ""}`));

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
    expect(problemsOf(isConfig, document).length === 0).toBe(isValid);
  });

  it("the sample settings file (fixtures/ci) is valid by the schema, and validate takes it", async () => {
    const sample = join(ROOT, "fixtures", "ci", "eprovence.config.yaml");
    // As a YAML reader gives it to an editor: dates as text, the way the schema describes them.
    expect(problemsOf(isConfig, parse(readFileSync(sample, "utf8"), { schema: "core" }))).toEqual([]);
    const run = await runCli(["validate", join(ROOT, "fixtures", "utf8-bom-chinese.csv"), "--config", sample, "--format", "json"]);
    expect(run.code).not.toBe(2);
    expect((JSON.parse(run.stdout) as { assumptions: { source: string }[] }).assumptions.some((assumption) => assumption.source.includes("eprovence.config.yaml"))).toBe(true);
  });

  it("describes the one-file report, the failure and the several-files report", async () => {
    const cwd = temp.dir;
    const one = await runCli(["validate", "catalogues/bad.csv", "--format", "json"], { cwd });
    const failure = await runCli(["validate", "catalogues/broken.csv", "--format", "json"], { cwd });
    const many = await runCli(["validate", "catalogues", "--format", "json"], { cwd });
    expect([one.code, failure.code, many.code]).toEqual([1, 2, 2]);
    for (const run of [one, failure, many]) expect(problemsOf(isReport, JSON.parse(run.stdout))).toEqual([]);
    expect(problemsOf(isReport, { schemaVersion: 1, files: [], summary: {} })).not.toEqual([]);
  });
});
