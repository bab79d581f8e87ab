//! Content digests (`sha256:<64 hex>`): parsing that refuses anything that
//! could be abused as a path, and a reader that hashes bytes as they stream by.

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
        let out = h.finalize();
        let mut hex = String::with_capacity(64);
        for b in out {
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
