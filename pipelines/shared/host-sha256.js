// The host side of `imagegate:gate/host-sha256` (wit/imagegate.wit), which the
// component's `imagegate-accel` build imports: SHA-256 of the layer blobs by
// Node's crypto (OpenSSL, with the CPU's SHA instructions) instead of in
// WebAssembly, where hashing took half of a scan's time. The component still
// compares the digest with the one the image names, and fails the scan with
// `digest-mismatch` when they differ. jco's output imports this module by
// the interface's name; pipelines/shared/bundle.mjs resolves it here.
import { createHash } from 'node:crypto';

export class Hasher {
  constructor() {
    this.hash = createHash('sha256');
  }

  /**
   * @param {Uint8Array} data a view of the guest's memory (bundle.mjs turns
   *   jco's copy into a view): valid only during this call, so it is hashed
   *   at once and never kept.
   */
  update(data) {
    this.hash.update(data);
  }

  /** @returns {Uint8Array} the 32-byte digest; the hasher is spent */
  finish() {
    const digest = this.hash.digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.length);
  }
}
