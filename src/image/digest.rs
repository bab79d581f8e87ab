//! Content digests (`sha256:<64 hex>`): parsing that refuses anything that
//! could be abused as a path, a reader that hashes bytes as they stream by,
//! and [`LayerHasher`], the SHA-256 for layer blobs that a host may provide
//! natively ([`use_host_sha256`]).

use crate::error::{Error, ErrorKind, Result};
use sha2::{Digest as _, Sha256};
use std::fmt;
use std::io::{self, Read};

/// A validated sha256 digest. Other algorithms are refused (`unsupported`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest {
    hex: String,
}

impl Digest {
    /// Parse `sha256:<64 lowercase hex>`; `file` names where it was read.
    pub fn parse(s: &str, file: &str) -> Result<Digest> {
        let Some((alg, hex)) = s.split_once(':') else {
            return Err(Error::new(
                ErrorKind::Malformed,
                file,
                format!("invalid digest {:?}: expected sha256:<hex>", truncate(s)),
            ));
        };
        if alg != "sha256" {
            return Err(Error::new(
                ErrorKind::Unsupported,
                file,
                format!(
                    "digest algorithm {:?} is not supported (only sha256)",
                    truncate(alg)
                ),
            ));
        }
        Digest::from_hex(hex).ok_or_else(|| {
            Error::new(
                ErrorKind::Malformed,
                file,
                format!(
                    "invalid digest {:?}: expected 64 lowercase hex characters",
                    truncate(s)
                ),
            )
        })
    }

    /// Accept exactly 64 lowercase hex characters.
    pub fn from_hex(hex: &str) -> Option<Digest> {
        let ok = hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        ok.then(|| Digest {
            hex: hex.to_string(),
        })
    }

    pub fn of_bytes(bytes: &[u8]) -> Digest {
        Digest::from_hasher(Sha256::new_with_prefix(bytes))
    }

    pub fn from_hasher(h: Sha256) -> Digest {
        Digest::from_raw(&h.finalize().into())
    }

    /// The digest of 32 raw SHA-256 bytes.
    pub fn from_raw(out: &[u8; 32]) -> Digest {
        let mut hex = String::with_capacity(64);
        for &b in out {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        Digest { hex }
    }

    pub fn hex(&self) -> &str {
        &self.hex
    }

    /// The blob path inside an OCI layout: `blobs/sha256/<hex>`.
    pub fn blob_path(&self) -> String {
        format!("blobs/sha256/{}", self.hex)
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sha256:{}", self.hex)
    }
}

impl serde::Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Cut long attacker-controlled strings before they go into a message.
pub(crate) fn truncate(s: &str) -> String {
    if s.chars().count() > 80 {
        let mut t: String = s.chars().take(77).collect();
        t.push_str("...");
        t
    } else {
        s.to_string()
    }
}

/// A running SHA-256 that a host provides (see [`use_host_sha256`]).
pub trait BulkSha256 {
    /// Add bytes.
    fn update(&mut self, data: &[u8]);
    /// The digest, or why the host's answer is unusable.
    fn finish(self: Box<Self>) -> std::result::Result<[u8; 32], String>;
}

/// Makes a host hasher for each layer hash.
pub type BulkSha256Factory = fn() -> Box<dyn BulkSha256>;

static HOST_SHA256: std::sync::OnceLock<BulkSha256Factory> = std::sync::OnceLock::new();

/// Hash layer blobs with `factory`'s hashers from now on (the component's
/// `imagegate-accel` build installs the host's native SHA-256 here). The
/// first call wins; later ones are ignored.
pub fn use_host_sha256(factory: BulkSha256Factory) {
    let _ = HOST_SHA256.set(factory);
}

/// The SHA-256 of a layer blob or uncompressed layer: the host's when one
/// was installed with [`use_host_sha256`], else the `sha2` crate's.
pub enum LayerHasher {
    /// In the component (or natively, in tests and the native CLI).
    Soft(Box<Sha256>),
    /// The host's, through the installed factory.
    Host(Box<dyn BulkSha256>),
}

impl Default for LayerHasher {
    fn default() -> Self {
        match HOST_SHA256.get() {
            Some(make) => LayerHasher::Host(make()),
            None => LayerHasher::Soft(Box::default()),
        }
    }
}

impl LayerHasher {
    /// Add bytes.
    pub fn update(&mut self, data: &[u8]) {
        match self {
            LayerHasher::Soft(h) => h.update(data),
            LayerHasher::Host(h) => h.update(data),
        }
    }

    /// The digest; an error names what the host got wrong.
    pub fn finish(self) -> std::result::Result<Digest, String> {
        match self {
            LayerHasher::Soft(h) => Ok(Digest::from_hasher(*h)),
            LayerHasher::Host(h) => h.finish().map(|raw| Digest::from_raw(&raw)),
        }
    }
}

/// A reader that hashes and counts every byte it passes on.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// Read whatever is left (so the digest covers the whole stream), then
    /// return the digest and byte count.
    pub fn finish(mut self) -> io::Result<(Digest, u64)> {
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = self.read(&mut buf)?;
            if n == 0 {
                break;
            }
        }
        Ok((Digest::from_hasher(self.hasher), self.count))
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        let d = Digest::of_bytes(b"");
        assert_eq!(
            d.to_string(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(Digest::parse(&d.to_string(), "x").unwrap(), d);
        assert_eq!(
            Digest::parse("sha512:abc", "x").unwrap_err().kind,
            ErrorKind::Unsupported
        );
        assert_eq!(
            Digest::parse("sha256:../../etc/passwd", "x")
                .unwrap_err()
                .kind,
            ErrorKind::Malformed
        );
        assert!(Digest::from_hex(&"A".repeat(64)).is_none());
    }
}
