#!/usr/bin/env node
/**
 * childrensafe-content: checks content files before they ship.
 *
 *   childrensafe-content validate <file or folder>... [--strict]
 *   childrensafe-content coverage <file or folder>...
 */
import { argv, exit } from 'node:process';
import { coverageReport } from './cli/coverage-report.js';
import { validateFiles } from './cli/validate-files.js';

const USAGE = `usage: childrensafe-content validate <file or folder>... [--strict]
       childrensafe-content coverage <file or folder>...

validate  checks each JSON document against the schema of its kind, the references between
          documents, and the translations (missing text is a warning; an error with --strict).
          Exit code 0: valid; 1: problems found; 2: could not check (usage, missing file,
          malformed JSON, unknown kind).
coverage  prints, per language, the share of texts translated.`;

const [command, ...rest] = argv.slice(2);
const strict = rest.includes('--strict');
const targets = rest.filter((a) => a !== '--strict');

if ((command !== 'validate' && command !== 'coverage') || targets.length === 0 || rest.some((a) => a.startsWith('--') && a !== '--strict')) {
  console.error(USAGE);
  exit(2);
}

const report = command === 'validate' ? await validateFiles(targets, { strict }) : await coverageReport(targets);
process.stdout.write(report.lines.map((line) => `${line}\n`).join(''));
exit(report.exitCode);
