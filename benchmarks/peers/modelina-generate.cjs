// modelina-generate.cjs SPEC OUT_DIR: parses an AsyncAPI document with @asyncapi/parser and writes
// modelina's Java models for it, one file per model, the way a build would use it. For the
// comparison in BENCHMARKS.md: run with NODE_PATH pointing at a folder where npm installed
// @asyncapi/modelina@5.10.1 (outside this repository).
'use strict';
const fs = require('fs');
const path = require('path');
const { Parser, fromFile } = require('@asyncapi/parser');
const { JavaFileGenerator } = require('@asyncapi/modelina');

async function main() {
  const [spec, out] = process.argv.slice(2);
  if (!spec || !out) {
    console.error('usage: node modelina-generate.cjs SPEC OUT_DIR');
    process.exit(2);
  }
  // Message examples that do not fit their schema (Appwrite sends concrete event names where its
  // schema lists wildcard patterns) are errors to the parser; asyncgen reports them as warnings.
  // Let them through so that both tools generate from the same documents.
  const { document, diagnostics } = await fromFile(new Parser(), spec)
    .parse({ validateOptions: { allowedSeverity: { error: true } } });
  if (!document) {
    console.error(JSON.stringify(diagnostics.filter((d) => d.severity === 0), null, 2));
    process.exit(1);
  }
  fs.mkdirSync(out, { recursive: true });
  const generator = new JavaFileGenerator();
  const models = await generator.generateToFiles(document, out, { packageName: 'io.appwrite.realtime' });
  console.log(`modelina: ${models.length} models written in ${path.resolve(out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
