// CommonJS entry of ImageGate@1 (copied to dist/index.js by build.sh). The
// agent runs `node dist/index.js`, and the task library's TaskMockRunner
// require()s it in L0 tests; the task itself is an ES module bundle (the
// jco-transpiled component is ESM), loaded here.
'use strict';
const path = require('node:path');
const { pathToFileURL } = require('node:url');

import(pathToFileURL(path.join(__dirname, 'esm', 'task.js')).href).catch((e) => {
  // The bundle failed to load: report it the way the task library would.
  const msg = `imagegate could not decide (host-error): ${(e && e.message) || e}`.replace(/\r?\n/g, ' ');
  process.stdout.write(`##vso[task.issue type=error;]${msg}\n##vso[task.complete result=Failed;]${msg}\n`);
});
