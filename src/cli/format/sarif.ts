// SARIF 2.1.0 for GitHub code scanning: one run, every rule of the language service in
// tool.driver.rules, one result per finding with a %SRCROOT%-relative location.
import { Rule, Severity } from '../../language';
import { msgLang } from '../../language/i18n';
import { ruleTitle } from '../../language/i18n/titles';
import { directoryUri, sarifLocation } from '../paths';
import { informationUri, packageInfo } from '../version';
import { Formatter, LintReport, oneBased } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning rejects runs with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has no 'hint': hints and information are both notes. */
export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
}

/** A rule in the run's language (--lang / LC_ALL...): its title and the word before its example. */
function describeRule(rule: Pick<Rule, 'code' | 'title' | 'severity' | 'example'>): SarifRule {
  const title = ruleTitle(rule);
  const example = msgLang() === 'ru' ? 'Пример:' : 'Example:';
  const out: SarifRule = { id: rule.code, shortDescription: { text: title }, defaultConfiguration: { level: sarifLevel(rule.severity) } };
  if (rule.example) {
    out.help = {
      text: `${title}\n\n${example}\n${rule.example}`,
      markdown: `${title}\n\n${example}\n\n\`\`\`\n${rule.example}\n\`\`\``,
    };
  }
  return out;
}

export const sarifFormatter: Formatter = {
  format(report: LintReport): string {
    const rules: SarifRule[] = report.rules.map(describeRule);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const kept = report.diagnostics.slice(0, MAX_SARIF_RESULTS);
    const omitted = report.diagnostics.length - kept.length;
    const results = kept.map((r) => {
      const d = r.diagnostic;
      let ruleIndex = index.get(d.code);
      if (ruleIndex === undefined) {
        // A code the rule list does not declare (e.g. an internal failure): declare it here so ruleIndex stays valid.
        ruleIndex = rules.push(describeRule({ code: d.code, title: d.code, severity: d.severity })) - 1;
        index.set(d.code, ruleIndex);
      }
      const start = oneBased(d.range.start);
      const end = oneBased(d.range.end);
      const result: Record<string, unknown> = {
        ruleId: d.code,
        ruleIndex,
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: sarifLocation(r.absFile, report.cwd),
            region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
          },
        }],
      };
      if (r.related.length) {
        result.relatedLocations = r.related.map((rel, id) => ({
          id,
          message: { text: rel.message },
          physicalLocation: { artifactLocation: sarifLocation(rel.absFile, report.cwd), region: { startLine: rel.line, startColumn: rel.column } },
        }));
      }
      return result;
    });
    const pkg = packageInfo();
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'keepalived-lab', informationUri: informationUri(), version: pkg.version, semanticVersion: pkg.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(report.cwd) } },
        // LSP positions count UTF-16 code units; say so instead of leaving readers to guess.
        columnKind: 'utf16CodeUnits',
        ...(omitted > 0 && {
          invocations: [{
            executionSuccessful: true,
            toolExecutionNotifications: [{ level: 'warning', message: { text: `${omitted} more findings were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} results per run.` } }],
          }],
        }),
        results,
      }],
    };
    return JSON.stringify(log, null, 2) + '\n';
  },
};
