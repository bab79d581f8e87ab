//! zstd layer decoding: in WebAssembly with `ruzstd` ([`Frames`]), or by the
//! host ([`use_host_zstd`], the `imagegate-accel` build's
//! `imagegate:gate/host-zstd` import) where the host has a native decoder.
//!
//! Both read every frame of the stream (skopeo and buildkit may write
//! several). The host's answers are bounded ([`PULL`] bytes at most each)
//! and checked the same way as the portable decoder's: the layer walk
//! hashes the output against the diff_id and counts it against the
//! decompression-bomb limits, so a host answering wrong can't make a scan
//! pass.

use std::io::{self, BufRead, Read};

/// The most decoded bytes asked of the host at once.
pub const PULL: u32 = 256 * 1024;

/// A zstd decoder a host provides (see [`use_host_zstd`]).
pub trait HostZstd {
    /// Hand over the next compressed bytes (only after `pull` came back empty).
    fn push(&mut self, data: &[u8]);
    /// At most `max` decoded bytes; empty when everything pushed is decoded.
    fn pull(&mut self, max: u32) -> Result<Vec<u8>, String>;
    /// The compressed stream ended: an error when it ended inside a frame.
    fn finish(&mut self) -> Result<(), String>;
}

/// Makes a host decoder for each zstd layer.
pub type HostZstdFactory = fn() -> Box<dyn HostZstd>;

static HOST_ZSTD: std::sync::OnceLock<HostZstdFactory> = std::sync::OnceLock::new();

/// Decode zstd layers with `factory`'s decoders from now on (the
/// `imagegate-accel` build installs the host's when the host has one). The
/// first call wins; later ones are ignored.
pub fn use_host_zstd(factory: HostZstdFactory) {
    let _ = HOST_ZSTD.set(factory);
}

/// A reader of the decoded stream of `src`: the host's decoder when one was
/// installed with [`use_host_zstd`], else [`Frames`].
pub fn decoder<'a, R: BufRead + 'a>(src: R) -> Box<dyn Read + 'a> {
    match HOST_ZSTD.get() {
        Some(make) => Box::new(Host::new(src, make())),
        None => Box::new(Frames::new(src)),
    }
}

/// Decodes every zstd frame of a stream with `ruzstd`, in WebAssembly.
pub struct Frames<R: BufRead> {
    dec: Option<ruzstd::decoding::StreamingDecoder<R, ruzstd::decoding::FrameDecoder>>,
    src: Option<R>,
}

impl<R: BufRead> Frames<R> {
    pub fn new(src: R) -> Self {
        Frames {
            dec: None,
            src: Some(src),
        }
    }
}

impl<R: BufRead> Read for Frames<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(dec) = self.dec.as_mut() {
                let n = dec.read(buf)?;
                if n > 0 || buf.is_empty() {
                    return Ok(n);
                }
                let dec = self.dec.take();
                self.src = dec.map(|d| d.into_inner());
            }
            let Some(mut src) = self.src.take() else {
                return Ok(0);
            };
            if src.fill_buf()?.is_empty() {
                return Ok(0);
            }
            let dec = ruzstd::decoding::StreamingDecoder::new(src)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}")))?;
            self.dec = Some(dec);
        }
    }
}

/// Decodes a stream with the host's decoder: pushes the compressed bytes as
/// `src` has them and pulls the decoded ones in pieces of at most [`PULL`].
struct Host<R> {
    src: R,
    dec: Box<dyn HostZstd>,
    out: Vec<u8>,
    pos: usize,
    done: bool,
}

impl<R: BufRead> Host<R> {
    fn new(src: R, dec: Box<dyn HostZstd>) -> Self {
        Host {
            src,
            dec,
            out: Vec::new(),
            pos: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Read for Host<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(rest) = self.out.get(self.pos..).filter(|r| !r.is_empty()) {
                let n = rest.len().min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                self.pos += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            let got = self
                .dec
                .pull(PULL)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}")))?;
            if got.len() > PULL as usize {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "the host's zstd decoder returned {} bytes where at most {PULL} were asked for",
                        got.len()
                    ),
                ));
            }
            if !got.is_empty() {
                self.out = got;
                self.pos = 0;
                continue;
            }
            let chunk = self.src.fill_buf()?;
            if chunk.is_empty() {
                self.done = true;
                self.dec.finish().map_err(|e| {
                    io::Error::new(io::ErrorKind::UnexpectedEof, format!("zstd: {e}"))
                })?;
                return Ok(0);
            }
            let n = chunk.len();
            self.dec.push(chunk);
            self.src.consume(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A host "decoder" that hands back what was pushed (the protocol's
    /// shape without a codec), with switches to answer wrong.
    #[derive(Default)]
    struct Echo {
        pending: Vec<u8>,
        pushes: usize,
        oversize: bool,
        truncated: bool,
    }

    impl HostZstd for Echo {
        fn push(&mut self, data: &[u8]) {
            assert!(
                self.pending.is_empty(),
                "pushed before pull came back empty"
            );
            self.pushes += 1;
            self.pending.extend_from_slice(data);
        }
        fn pull(&mut self, max: u32) -> Result<Vec<u8>, String> {
            if self.oversize && !self.pending.is_empty() {
                return Ok(vec![0; max as usize + 1]);
            }
            let n = self.pending.len().min(max as usize);
            Ok(self.pending.drain(..n).collect())
        }
        fn finish(&mut self) -> Result<(), String> {
            if self.truncated {
                Err("the stream ends inside a frame".into())
            } else {
                Ok(())
            }
        }
    }

    fn data() -> Vec<u8> {
        (0..1_000_000u32).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn frames_decodes_every_frame() {
        let a = data();
        let b = b"second frame".repeat(1000);
        let level = ruzstd::encoding::CompressionLevel::Fastest;
        let mut z = ruzstd::encoding::compress_to_vec(a.as_slice(), level);
        z.extend(ruzstd::encoding::compress_to_vec(b.as_slice(), level));
        let mut out = Vec::new();
        Frames::new(z.as_slice()).read_to_end(&mut out).unwrap();
        assert_eq!(out.len(), a.len() + b.len());
        assert!(out.starts_with(&a) && out.ends_with(&b));
    }

    #[test]
    fn the_host_gets_every_byte_once_and_answers_in_bounded_pieces() {
        let src = data();
        let echo = Box::new(Echo::default());
        let mut r = Host::new(
            std::io::BufReader::with_capacity(64 * 1024, src.as_slice()),
            echo,
        );
        let mut out = Vec::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            assert!(n <= PULL as usize);
            out.extend_from_slice(&buf[..n]);
        }
        assert_eq!(out, src);
        assert!(r.done);
    }

    #[test]
    fn an_oversized_host_answer_is_an_error() {
        let src = data();
        let echo = Box::new(Echo {
            oversize: true,
            ..Echo::default()
        });
        let e = Host::new(src.as_slice(), echo)
            .read_to_end(&mut Vec::new())
            .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidData);
        assert!(
            e.to_string().contains("at most 262144 were asked for"),
            "{e}"
        );
    }

    #[test]
    fn a_stream_ending_inside_a_frame_is_a_truncation() {
        let src = data();
        let echo = Box::new(Echo {
            truncated: true,
            ..Echo::default()
        });
        let e = Host::new(src.as_slice(), echo)
            .read_to_end(&mut Vec::new())
            .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::UnexpectedEof);
        assert!(e.to_string().contains("inside a frame"), "{e}");
    }
}
