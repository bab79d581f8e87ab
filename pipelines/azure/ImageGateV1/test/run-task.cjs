// The L0 task runner MockTestRunner spawns (under the Node of the task's
// execution handler): sets the inputs given as JSON in IMAGEGATE_L0_INPUTS
// and runs the real dist/index.js with the real task library (no mock-task:
// the ##vso commands it prints are the ones an agent would read).
'use strict';
const path = require('node:path');
const { TaskMockRunner } = require('azure-pipelines-task-lib/mock-run');

const tmr = new TaskMockRunner(path.join(__dirname, '..', 'dist', 'index.js'));
const inputs = JSON.parse(process.env.IMAGEGATE_L0_INPUTS || '{}');
for (const [name, value] of Object.entries(inputs)) tmr.setInput(name, value);
tmr.run(true);
