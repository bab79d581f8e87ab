//! The host SHA-256 hook (`image::digest::use_host_sha256`), which the
//! component's `imagegate-accel` build installs so that the JavaScript hosts
//! hash layer blobs natively. The hook is process-wide, so these tests are a
//! test binary of their own, and one test function runs the cases in order.

// Tests unwrap, expect and print (the crate denies them outside tests).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod fixtures;

use fixtures::*;
use imagegate::image::digest::{use_host_sha256, BulkSha256};
use imagegate::ErrorKind;
use sha2::{Digest as _, Sha256};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

/// Bytes the hook hashed, and how it answers (see `Mode`).
static SEEN: AtomicU64 = AtomicU64::new(0);
static MODE: AtomicU8 = AtomicU8::new(0);
const RIGHT: u8 = 0;
const WRONG_DIGEST: u8 = 1;
const FAILS: u8 = 2;

struct Counting(Sha256);

impl BulkSha256 for Counting {
    fn update(&mut self, data: &[u8]) {
        SEEN.fetch_add(data.len() as u64, Ordering::SeqCst);
        self.0.update(data);
    }

    fn finish(self: Box<Self>) -> Result<[u8; 32], String> {
        match MODE.load(Ordering::SeqCst) {
            RIGHT => Ok(self.0.finalize().into()),
            WRONG_DIGEST => Ok([7; 32]),
            _ => Err("the host's SHA-256 returned 16 bytes instead of 32".into()),
        }
    }
}

#[test]
fn layer_hashing_goes_through_the_host_hook() {
    use_host_sha256(|| Box::new(Counting(Sha256::new())));
    let d = tempdir();
    let img = Img::standard(Comp::Gzip);
    let blobs: u64 = img.blobs().iter().map(|b| b.len() as u64).sum();
    let tars: u64 = img.layers.iter().map(|l| l.len() as u64).sum();
    let path = write_tar(d.path(), "oci.tar", &oci_files(std::slice::from_ref(&img)));

    // The right answer: the scan passes its digest checks, and the hook saw
    // every compressed blob byte and every uncompressed tar byte exactly once.
    SEEN.store(0, Ordering::SeqCst);
    let out = imagegate::scan(&fixtures::request(&path)).expect("scan with the host hook");
    assert_eq!(SEEN.load(Ordering::SeqCst), blobs + tars);
    let report: serde_json::Value = serde_json::from_str(out.report()).expect("JSON report");
    let layers = report["image"]["layers"].as_array().expect("layers");
    assert_eq!(layers.len(), img.layers.len());
    for (layer, tar) in layers.iter().zip(&img.layers) {
        assert_eq!(layer["diff_id"], digest(tar), "{layer}");
    }

    // A host that answers a wrong digest: the component still compares it
    // with the digest the image names.
    MODE.store(WRONG_DIGEST, Ordering::SeqCst);
    let e = imagegate::scan(&fixtures::request(&path)).expect_err("wrong host digest");
    assert_eq!(e.kind, ErrorKind::DigestMismatch, "{e}");
    assert!(e.to_string().contains("oci.tar"), "{e}");

    // A host whose hasher fails: an I/O error naming the image and layer.
    MODE.store(FAILS, Ordering::SeqCst);
    let e = imagegate::scan(&fixtures::request(&path)).expect_err("failing host hasher");
    assert_eq!(e.kind, ErrorKind::Io, "{e}");
    let msg = e.to_string();
    assert!(msg.contains("oci.tar") && msg.contains("layer 0"), "{msg}");
    assert!(msg.contains("returned 16 bytes"), "{msg}");
}
