// A stand-in for @actions/core that records what the action does.
export function mockCore(inputs = {}) {
  const calls = { masks: [], outputs: {}, errors: [], warnings: [], notices: [], infos: [], failed: [], summary: [] };
  const core = {
    calls,
    getInput: (name) => inputs[name] ?? '',
    setOutput: (k, v) => void (calls.outputs[k] = v),
    setSecret: (v) => void calls.masks.push(v),
    error: (m, p) => void calls.errors.push({ m, p }),
    warning: (m, p) => void calls.warnings.push({ m, p }),
    notice: (m, p) => void calls.notices.push({ m, p }),
    info: (m) => void calls.infos.push(m),
    setFailed: (m) => void calls.failed.push(m),
    summary: {
      addRaw(md) {
        calls.summary.push(md);
        return this;
      },
      async write() {
        return this;
      },
    },
  };
  return core;
}
