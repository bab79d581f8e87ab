//! Rust dependency lists embedded by `cargo auditable` (section `.dep-v0`
//! in ELF, the same data in PE and Mach-O sections): zlib-compressed JSON
//! `{"packages":[{"name":…,"version":…,"source":…,"kind":…,"dependencies":[…],"root":…}]}`.
//!
//! # Streaming without the section table
//!
//! An ELF file's section header table sits at its end, so by the time the
//! table could say where `.dep-v0` is, its bytes have gone by; the layer
//! stream cannot seek back. Instead the scan in the parent module looks at
//! the data itself, in the same single pass that looks for Go build info:
//!
//! 1. a candidate is a `0x78` byte followed by a byte that makes a valid
//!    zlib header (`(CMF*256 + FLG) % 31 == 0`, no preset dictionary):
//!    roughly one position in 16 KiB of random data;
//! 2. with [`LOOKAHEAD`](super) bytes after it in view, [`Probe`]
//!    test-inflates (one reusable decompressor, reset per candidate) until a
//!    dozen output bytes exist, and accepts only output starting with
//!    `{"packages":`; corrupt deflate data fails within a few bytes, so
//!    this costs little;
//! 3. on a hit, [`extract`] inflates from there on, pulling further chunks
//!    from the stream through the window, until the zlib stream ends, with
//!    the JSON capped at [`MAX_JSON`] (cargo-auditable's own default limit).
//!
//! Nothing before the candidate is kept, and the format of the container
//! (ELF, PE, Mach-O) does not matter.
//!
//! Packages follow Trivy's Rust binary parser: every entry whose `kind` is
//! runtime (a missing `kind` means runtime) including the root crate; build
//! dependencies are left out.

use super::{Inflate, Window};
use crate::inventory::{Ecosystem, Found, Package};
use flate2::{Decompress, FlushDecompress};
use serde::Deserialize;
use std::io::{self, BufRead, Read};

/// The start of the JSON that identifies cargo-auditable data.
const JSON_START: &[u8] = b"{\"packages\":";
/// Largest JSON accepted (decompressed).
pub const MAX_JSON: u64 = 8 << 20;

/// Whether `b` starts with a zlib header using deflate with a 32 KiB window
/// (`0x78`) and no preset dictionary.
pub fn is_zlib_header(b: &[u8]) -> bool {
    match b {
        [0x78, flg, ..] => (0x7800u16 | u16::from(*flg)).is_multiple_of(31) && flg & 0x20 == 0,
        _ => false,
    }
}

/// A reusable test inflation of candidate positions.
pub struct Probe {
    d: Decompress,
}

impl Default for Probe {
    fn default() -> Probe {
        Probe::new()
    }
}

impl Probe {
    pub fn new() -> Probe {
        Probe {
            d: Decompress::new(true),
        }
    }

    /// Whether the zlib stream at the start of `input` inflates to the
    /// start of a cargo-auditable JSON. Looks at most at the window's
    /// lookahead.
    pub fn is_dep_info(&mut self, input: &[u8]) -> bool {
        let input = input.get(..super::LOOKAHEAD).unwrap_or(input);
        self.d.reset(true);
        let mut out = [0u8; 16];
        let mut inp = input;
        let mut produced = 0usize;
        while produced < JSON_START.len() {
            let (in0, out0) = (self.d.total_in(), self.d.total_out());
            let Some(dst) = out.get_mut(produced..) else {
                return false;
            };
            if self.d.decompress(inp, dst, FlushDecompress::None).is_err() {
                return false;
            }
            let used = usize::try_from(self.d.total_in().saturating_sub(in0)).unwrap_or(0);
            let made = usize::try_from(self.d.total_out().saturating_sub(out0)).unwrap_or(0);
            if used == 0 && made == 0 {
                break;
            }
            inp = inp.get(used..).unwrap_or(&[]);
            produced = produced.saturating_add(made);
            // Reject as soon as the output differs.
            let got = out.get(..produced.min(JSON_START.len())).unwrap_or(&[]);
            if !JSON_START.starts_with(got) {
                return false;
            }
        }
        out.starts_with(JSON_START)
    }
}

/// A `BufRead` over the window from a position on, reading further chunks
/// of the stream as it is consumed (and forgetting what was consumed).
struct WindowReader<'w, 'a> {
    win: &'w mut Window<'a>,
    pos: usize,
    /// An error of the underlying stream (not of the content) happened.
    failed: bool,
}

impl Read for WindowReader<'_, '_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), avail.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for WindowReader<'_, '_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.win.buf.len() && !self.win.eof {
            self.win.discard_before(self.pos);
            self.pos = 0;
            if let Err(e) = self.win.read_more() {
                self.failed = true;
                return Err(e);
            }
        }
        Ok(self.win.buf.get(self.pos..).unwrap_or(&[]))
    }

    fn consume(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n).min(self.win.buf.len());
    }
}

#[derive(Deserialize)]
struct VersionInfo {
    packages: Vec<AuditPackage>,
}

#[derive(Deserialize)]
struct AuditPackage {
    name: String,
    version: String,
    #[serde(default)]
    kind: Option<String>,
}

/// Inflate and parse the cargo-auditable data whose zlib stream starts at
/// `pos` in the window.
pub(crate) fn extract(win: &mut Window<'_>, pos: usize) -> io::Result<Found> {
    let mut found = Found::default();
    let mut inf = Inflate::new(
        WindowReader {
            win,
            pos,
            failed: false,
        },
        true,
    );
    let mut json = Vec::new();
    let res = (&mut inf).take(MAX_JSON + 1).read_to_end(&mut json);
    let failed = inf.into_inner().failed;
    match res {
        Err(e) if failed => return Err(e),
        Err(e) => {
            found
                .warnings
                .push(format!("cargo-auditable data cannot be inflated: {e}"));
            return Ok(found);
        }
        Ok(_) if json.len() as u64 > MAX_JSON => {
            found
                .warnings
                .push("cargo-auditable data is larger than 8 MiB".into());
            return Ok(found);
        }
        Ok(_) => {}
    }
    found.packages = packages_from_json(&json, &mut found.warnings);
    Ok(found)
}

/// The runtime packages of a cargo-auditable JSON.
fn packages_from_json(json: &[u8], warnings: &mut Vec<String>) -> Vec<Package> {
    match serde_json::from_slice::<VersionInfo>(json) {
        Ok(info) => info
            .packages
            .into_iter()
            .filter(|p| {
                p.kind
                    .as_deref()
                    .is_none_or(|k| k.eq_ignore_ascii_case("runtime"))
            })
            .map(|p| Package::new(Ecosystem::Cargo, p.name, p.version))
            .collect(),
        Err(e) => {
            warnings.push(format!("cargo-auditable data is not valid JSON: {e}"));
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyze;
    use super::super::testutil::dribble;
    use super::*;
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;

    const JSON: &str = r#"{"packages":[
        {"name":"myapp","version":"0.3.0","source":"local","dependencies":[1,2],"root":true},
        {"name":"cc","version":"1.0.83","source":"crates.io","kind":"build"},
        {"name":"serde","version":"1.0.190","source":"crates.io"},
        {"name":"libc","version":"0.2.150","source":"crates.io","kind":"runtime"}
    ]}"#;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn noise(n: usize, seed: u32) -> Vec<u8> {
        (0..n as u32)
            .map(|i| (i.wrapping_add(seed).wrapping_mul(2_246_822_519) >> 9) as u8)
            .collect()
    }

    /// Fake ELF: header, noise full of `0x78` candidates and other zlib
    /// streams, the `.dep-v0` data, more noise, a fake section table.
    fn fake_elf(section: &[u8]) -> Vec<u8> {
        let mut f = b"\x7fELF\x02\x01\x01\x00".to_vec();
        f.extend(noise(100_000, 7));
        for _ in 0..50 {
            f.extend_from_slice(&[0x78, 0x9c, 0x78, 0xda, 0x78, 0x01]);
        }
        f.extend(zlib(b"{\"not\":\"it\"}"));
        f.extend(noise(33_333, 8));
        f.extend_from_slice(section);
        f.extend(noise(70_000, 9));
        f.extend_from_slice(b".shstrtab\0.dep-v0\0.text\0");
        f
    }

    fn names(found: &Found) -> Vec<(String, String)> {
        found
            .packages
            .iter()
            .map(|p| (p.name.clone(), p.version.clone()))
            .collect()
    }

    #[test]
    fn auditable_section_in_fake_elf_split_across_small_reads() {
        let data = fake_elf(&zlib(JSON.as_bytes()));
        let mut r = dribble(&data, 7);
        let found = analyze("usr/local/bin/myapp", data.len() as u64, 0o755, &mut r)
            .unwrap()
            .unwrap();
        assert!(found.warnings.is_empty(), "{:?}", found.warnings);
        assert_eq!(
            names(&found),
            vec![
                ("myapp".into(), "0.3.0".into()),
                ("serde".into(), "1.0.190".into()),
                ("libc".into(), "0.2.150".into()),
            ]
        );
        assert!(found
            .packages
            .iter()
            .all(|p| p.ecosystem == Ecosystem::Cargo));
        assert!(r.total < data.len(), "stops after the section");
    }

    #[test]
    fn large_json_spanning_many_chunks() {
        let mut json = String::from("{\"packages\":[");
        for i in 0..20_000 {
            if i > 0 {
                json.push(',');
            }
            json.push_str(&format!(
                "{{\"name\":\"crate{i}\",\"version\":\"1.{i}.0\",\"source\":\"crates.io\"}}"
            ));
        }
        json.push_str("]}");
        // Stored blocks so that the compressed data spans many chunks.
        let mut e = ZlibEncoder::new(Vec::new(), Compression::none());
        e.write_all(json.as_bytes()).unwrap();
        let z = e.finish().unwrap();
        assert!(z.len() > 3 * super::super::CHUNK);
        let data = fake_elf(&z);
        let found = analyze("x", data.len() as u64, 0o755, &mut dribble(&data, 4093))
            .unwrap()
            .unwrap();
        assert_eq!(found.packages.len(), 20_000);
        assert_eq!(found.packages[19_999].version, "1.19999.0");
    }

    #[test]
    fn corrupt_or_truncated_data_is_a_warning() {
        // Valid start, then the stream is cut off by the end of the file.
        let z = zlib(JSON.as_bytes());
        let mut data = b"\x7fELF".to_vec();
        data.extend(noise(5000, 1));
        data.extend_from_slice(&z[..z.len() - 30]);
        let found = analyze("x", data.len() as u64, 0o755, &mut &data[..])
            .unwrap()
            .unwrap();
        assert!(found.packages.is_empty());
        assert!(
            found.warnings[0].contains("cannot be inflated"),
            "{found:?}"
        );
        // Valid zlib, invalid JSON.
        let data = fake_elf(&zlib(b"{\"packages\":[{\"name\":1}]}"));
        let found = analyze("x", data.len() as u64, 0o755, &mut &data[..])
            .unwrap()
            .unwrap();
        assert!(found.warnings[0].contains("not valid JSON"), "{found:?}");
    }

    #[test]
    fn zlib_header_check() {
        assert!(is_zlib_header(&[0x78, 0x9c]));
        assert!(is_zlib_header(&[0x78, 0xda]));
        assert!(is_zlib_header(&[0x78, 0x01]));
        assert!(!is_zlib_header(&[0x78, 0x9d]));
        assert!(!is_zlib_header(&[0x78]));
    }

    /// A binary built with `cargo auditable build`, named by
    /// `IMAGEGATE_AUDITABLE_BIN` (skipped when unset): its root crate is found.
    #[test]
    fn real_auditable_binary_if_given() {
        let Some(path) = std::env::var_os("IMAGEGATE_AUDITABLE_BIN") else {
            eprintln!("IMAGEGATE_AUDITABLE_BIN not set: skipped");
            return;
        };
        let mut f = std::fs::File::open(&path).unwrap();
        let size = f.metadata().unwrap().len();
        let found = analyze("bin", size, 0o755, &mut f).unwrap().unwrap();
        assert!(found.warnings.is_empty(), "{:?}", found.warnings);
        assert!(!found.packages.is_empty());
        eprintln!("{:?}", names(&found));
    }
}
