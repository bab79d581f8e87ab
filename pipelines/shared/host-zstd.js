// The host side of `imagegate:gate/host-zstd` (wit/imagegate.wit), which the
// component's `imagegate-accel` build imports. Node has no synchronous
// streaming zstd decoder (zlib's zstd, Node 22.15+, is whole-buffer or
// asynchronous), so this host answers `available() === false` and the
// component decodes zstd layers in WebAssembly, as the portable build does.
// jco's output imports this module by the interface's name;
// pipelines/shared/bundle.mjs resolves it here.

export function available() {
  return false;
}

export class Decoder {
  constructor() {
    // The component makes a decoder only after `available()` said yes.
    throw new Error('host-zstd: this host has no zstd decoder (available() is false)');
  }
}
