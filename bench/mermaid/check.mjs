// Parses each file named on the command line with mermaid.parse(), the parser Mermaid renders with (no browser:
// jsdom gives DOMPurify the DOM it needs). Prints one line per file and 'N passed, N failed'; exits 1 on a failure.
// A file whose name ends in .invalid.mmd must be rejected: proof that this check can fail.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const mustFail = file.endsWith('.invalid.mmd');
  let error = null;
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    if (!mustFail && result.diagramType !== 'flowchart-v2') {
      error = `parsed as ${result.diagramType}, not a flowchart`;
    }
  } catch (e) {
    error = String(e.message ?? e).split('\n').slice(0, 3).join(' | ');
  }
  if (mustFail ? error !== null : error === null) {
    passed++;
    console.log(`ok: ${file}${mustFail ? ' (rejected, as it must be)' : ''}`);
  } else {
    failed++;
    console.log(`FAILED: ${file}: ${mustFail ? 'accepted, but it is not valid Mermaid' : error}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
