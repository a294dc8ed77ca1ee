// Sum Vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const folder = 'test-results';
for (const name of existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
