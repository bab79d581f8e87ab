//! The host side of `imagegate:gate/host-zstd` for the Rust host: zstd layers
//! decoded by the reference implementation (libzstd, through the `zstd`
//! crate's streaming decoder) natively, instead of by `ruzstd` in
//! WebAssembly, where decoding took about 60% of a zstd image's scan.
//!
//! The component pushes compressed bytes and pulls decoded ones, at most
//! `max` at a time, so memory stays flat whatever the layer expands to; the
//! component hashes the output against the layer's diff_id and counts it
//! against its decompression-bomb limits (a wrong answer here is
//! `digest-mismatch` or `image-malformed`, never a pass). Frames follow one
//! another in a stream (skopeo and buildkit write several); libzstd starts
//! the next frame by itself.

use zstd::stream::raw::{Decoder, InBuffer, Operation as _, OutBuffer};

/// The most bytes one `pull` returns, whatever the component asks for.
pub const MAX_PULL: u32 = 1 << 20;

/// One zstd stream (a `decoder` resource of the component).
pub struct HostZstd {
    /// `None` once an error spent it.
    dec: Option<Decoder<'static>>,
    /// The last pushed bytes and how far they are decoded.
    input: Vec<u8>,
    at: usize,
    /// Whether the stream is inside a frame (libzstd's last hint was not 0).
    in_frame: bool,
}

impl HostZstd {
    pub fn new() -> Result<HostZstd, String> {
        let dec = Decoder::new().map_err(|e| format!("zstd decoder: {e}"))?;
        Ok(HostZstd {
            dec: Some(dec),
            input: Vec::new(),
            at: 0,
            in_frame: false,
        })
    }

    /// Take the next compressed bytes. Pushing before the last ones are
    /// decoded is a misuse (the host traps).
    pub fn push(&mut self, data: Vec<u8>) -> Result<(), String> {
        if self.at < self.input.len() {
            return Err("host-zstd: push before the pushed bytes were decoded".into());
        }
        self.input = data;
        self.at = 0;
        Ok(())
    }

    /// At most `max` decoded bytes; empty when all pushed bytes are decoded
    /// and nothing is left to flush.
    pub fn pull(&mut self, max: u32) -> Result<Vec<u8>, String> {
        let Some(dec) = self.dec.as_mut() else {
            return Err("the stream had an error before".into());
        };
        let mut out = vec![0u8; max.min(MAX_PULL) as usize];
        let mut written = 0;
        while written < out.len() {
            let rest = self.input.get(self.at..).unwrap_or_default();
            let mut inb = InBuffer::around(rest);
            let mut outb = OutBuffer::around(out.get_mut(written..).unwrap_or_default());
            let hint = match dec.run(&mut inb, &mut outb) {
                Ok(hint) => hint,
                Err(e) => {
                    self.dec = None;
                    return Err(e.to_string());
                }
            };
            let (read, made) = (inb.pos(), outb.pos());
            if read == 0 && made == 0 {
                break;
            }
            self.at += read;
            written += made;
            self.in_frame = hint != 0;
        }
        out.truncate(written);
        Ok(out)
    }

    /// The compressed stream ended: an error when it ended inside a frame.
    pub fn finish(&mut self) -> Result<(), String> {
        if self.dec.is_none() {
            return Err("the stream had an error before".into());
        }
        if self.at < self.input.len() || self.in_frame {
            return Err("the stream ends inside a frame".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(z: &[u8], push: usize, pull: u32) -> Result<Vec<u8>, String> {
        let mut d = HostZstd::new()?;
        let mut out = Vec::new();
        for piece in z.chunks(push) {
            d.push(piece.to_vec())?;
            loop {
                let got = d.pull(pull)?;
                assert!(got.len() <= pull as usize);
                if got.is_empty() {
                    break;
                }
                out.extend(got);
            }
        }
        d.finish()?;
        Ok(out)
    }

    #[test]
    fn every_frame_in_bounded_pieces_whatever_the_push_size() {
        let a: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        let b = b"second frame ".repeat(10_000);
        let mut z = zstd::bulk::compress(&a, 3).unwrap();
        z.extend(zstd::bulk::compress(&b, 19).unwrap());
        let mut plain = a;
        plain.extend(&b);
        for (push, pull) in [
            (1, 7),
            (100, 4096),
            (64 * 1024, 256 * 1024),
            (z.len(), 1 << 20),
        ] {
            assert_eq!(
                decode(&z, push, pull).unwrap(),
                plain,
                "push {push} pull {pull}"
            );
        }
    }

    #[test]
    fn a_cut_stream_is_truncated_and_garbage_is_an_error() {
        let z = zstd::bulk::compress(&vec![7u8; 1 << 20], 3).unwrap();
        for cut in [1, 4, z.len() / 2, z.len() - 1] {
            let e = decode(&z[..cut], 4096, 1 << 16).unwrap_err();
            assert!(e.contains("inside a frame"), "cut at {cut}: {e}");
        }
        let mut bad = z.clone();
        bad.extend_from_slice(b"not zstd at all");
        assert!(decode(&bad, 4096, 1 << 16).is_err());
        let mut d = HostZstd::new().unwrap();
        d.push(b"not zstd".to_vec()).unwrap();
        assert!(d.pull(1024).is_err());
        assert!(d.pull(1024).is_err(), "spent after an error");
        assert!(d.finish().is_err());
    }

    #[test]
    fn an_expanding_frame_comes_out_max_at_a_time() {
        let z = zstd::bulk::compress(&vec![0u8; 64 << 20], 3).unwrap();
        assert!(z.len() < 64 << 10);
        let mut d = HostZstd::new().unwrap();
        d.push(z).unwrap();
        let first = d.pull(1 << 16).unwrap();
        assert_eq!(first.len(), 1 << 16);
        assert_eq!(d.pull(u32::MAX).unwrap().len(), MAX_PULL as usize);
        assert!(
            d.push(Vec::new()).is_err(),
            "push before the last bytes were decoded"
        );
    }
}
