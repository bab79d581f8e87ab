//! The host side of `imagegate:gate/host-sha256` for the Rust host: the
//! SHA-256 of layer blobs and uncompressed layers, hashed natively (the
//! `sha2` crate picks the CPU's SHA extensions at run time, SHA-NI on
//! x86-64) on a worker thread, so that hashing overlaps with the component's
//! decompression and tar walk and a 2-core machine uses both cores.
//!
//! `update` hands its bytes to the hasher's worker through a bounded queue
//! ([`QUEUE`] chunks of at most [`MAX_SEND`] bytes, usually [`CHUNK`], so
//! memory stays flat whatever the layer's size) and returns; `finish` closes the queue and waits for
//! the digest. At most [`MAX_WORKERS`] worker threads exist at once (a scan
//! has two hashers per layer at most); a hasher made beyond that hashes on
//! the calling thread. The component compares every digest with the one the
//! image names, so a wrong answer here is `digest-mismatch`, never a pass.

use sha2::{Digest as _, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

/// Bytes gathered before they go to the worker (small updates are joined
/// into one hand-over; a large one goes as it is, without a copy). WASI
/// file reads come in pieces of at most 64 KiB, so that is the size most
/// updates have.
pub const CHUNK: usize = 64 * 1024;
/// Largest update handed over as it is; a larger one is cut into
/// [`CHUNK`]s, so the queue holds at most `QUEUE * MAX_SEND` bytes whatever
/// the component passes (ours passes at most 256 KiB).
pub const MAX_SEND: usize = 4 * CHUNK;
/// Chunks the queue holds before `update` waits for the worker.
pub const QUEUE: usize = 16;
/// Worker threads alive at once, across all hashers of the process.
pub const MAX_WORKERS: usize = 4;

static WORKERS: AtomicUsize = AtomicUsize::new(0);

/// One running SHA-256 (a `hasher` resource of the component).
pub struct HostHasher {
    state: State,
}

enum State {
    /// No bytes yet: neither a worker nor a thread-local hash was made.
    Empty,
    /// Hashing on a worker thread: `pending` is not handed over yet.
    Worker {
        pending: Vec<u8>,
        tx: SyncSender<Vec<u8>>,
        handle: JoinHandle<[u8; 32]>,
    },
    /// Hashing on the calling thread (every worker slot was taken).
    Inline(Box<Sha256>),
    /// `finish` was called.
    Spent,
}

/// Gives the worker slot back when the worker thread ends, however it ends.
struct Slot;

impl Drop for Slot {
    fn drop(&mut self) {
        WORKERS.fetch_sub(1, Ordering::SeqCst);
    }
}

fn take_slot() -> Option<Slot> {
    WORKERS
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < MAX_WORKERS).then_some(n + 1)
        })
        .ok()
        .map(|_| Slot)
}

impl Default for HostHasher {
    fn default() -> Self {
        HostHasher::new()
    }
}

impl HostHasher {
    pub fn new() -> HostHasher {
        HostHasher {
            state: State::Empty,
        }
    }

    /// The state for the first bytes: a worker when a slot is free.
    fn start() -> State {
        let Some(slot) = take_slot() else {
            return State::Inline(Box::default());
        };
        let (tx, rx) = sync_channel::<Vec<u8>>(QUEUE);
        let spawned = std::thread::Builder::new()
            .name("imagegate-sha256".into())
            .spawn(move || {
                let _slot = slot;
                let mut h = Sha256::new();
                for chunk in rx {
                    h.update(&chunk);
                }
                <[u8; 32]>::from(h.finalize())
            });
        match spawned {
            Ok(handle) => State::Worker {
                pending: Vec::new(),
                tx,
                handle,
            },
            // No thread to be had (the closure, and with it the slot, is
            // dropped): hash here.
            Err(_) => State::Inline(Box::default()),
        }
    }

    /// Add bytes. An error means the hasher can't go on (used after
    /// `finish`, or its worker is gone): the host traps.
    pub fn update(&mut self, data: Vec<u8>) -> Result<(), String> {
        if matches!(self.state, State::Empty) {
            self.state = HostHasher::start();
        }
        match &mut self.state {
            State::Worker { pending, tx, .. } => {
                let gone = |_| "the SHA-256 worker thread ended early".to_string();
                if data.len() > MAX_SEND {
                    if !pending.is_empty() {
                        tx.send(std::mem::take(pending)).map_err(gone)?;
                    }
                    for piece in data.chunks(CHUNK) {
                        tx.send(piece.to_vec()).map_err(gone)?;
                    }
                    return Ok(());
                }
                let chunk = if pending.is_empty() && data.len() >= CHUNK {
                    data
                } else {
                    if pending.capacity() == 0 {
                        pending.reserve_exact(CHUNK.max(data.len()));
                    }
                    pending.extend_from_slice(&data);
                    if pending.len() < CHUNK {
                        return Ok(());
                    }
                    std::mem::take(pending)
                };
                tx.send(chunk).map_err(gone)
            }
            State::Inline(h) => {
                h.update(&data);
                Ok(())
            }
            State::Empty | State::Spent => Err("hasher used after finish".to_string()),
        }
    }

    /// The digest of everything added; the hasher is spent.
    pub fn finish(&mut self) -> Result<[u8; 32], String> {
        match std::mem::replace(&mut self.state, State::Spent) {
            State::Empty => Ok(Sha256::digest([]).into()),
            State::Inline(h) => Ok(h.finalize().into()),
            State::Worker {
                pending,
                tx,
                handle,
            } => {
                if !pending.is_empty() {
                    tx.send(pending)
                        .map_err(|_| "the SHA-256 worker thread ended early".to_string())?;
                }
                drop(tx);
                handle
                    .join()
                    .map_err(|_| "the SHA-256 worker thread panicked".to_string())
            }
            State::Spent => Err("hasher finished twice".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Every way of splitting the input gives the one-shot digest, whether
    /// the bytes go to a worker or are hashed in place.
    #[test]
    fn digests_match_sha256_however_the_bytes_come() {
        let data: Vec<u8> = (0..MAX_SEND + 3 * CHUNK + 12_345)
            .map(|i| (i * 7 + i / 251) as u8)
            .collect();
        let want = hex(&Sha256::digest(&data));
        for split in [
            1usize,
            511,
            4096,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            3 * CHUNK,
            MAX_SEND + 1,
        ] {
            let mut h = HostHasher::new();
            for part in data.chunks(split) {
                h.update(part.to_vec()).unwrap();
            }
            assert_eq!(hex(&h.finish().unwrap()), want, "split {split}");
            assert!(
                h.finish().is_err(),
                "a spent hasher answers no second digest"
            );
            assert!(h.update(vec![1]).is_err());
        }
        let mut empty = HostHasher::new();
        assert_eq!(hex(&empty.finish().unwrap()), hex(&Sha256::digest([])));
    }

    /// More hashers than worker slots: the extra ones hash on the calling
    /// thread, all give right answers, and every slot is returned.
    #[test]
    fn hashers_beyond_the_worker_limit_hash_inline() {
        let data = vec![0x5au8; CHUNK + 3];
        let want = hex(&Sha256::digest(&data));
        let mut hs: Vec<HostHasher> = (0..MAX_WORKERS + 3).map(|_| HostHasher::new()).collect();
        for h in &mut hs {
            h.update(data.clone()).unwrap();
        }
        let inline = hs
            .iter()
            .filter(|h| matches!(h.state, State::Inline(_)))
            .count();
        assert!(inline >= 3, "{inline} of {} hashed inline", hs.len());
        for h in &mut hs {
            assert_eq!(hex(&h.finish().unwrap()), want);
        }
        // A dropped, unfinished hasher gives its slot back too.
        let mut h = HostHasher::new();
        h.update(data.clone()).unwrap();
        drop(h);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while WORKERS.load(Ordering::SeqCst) != 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(WORKERS.load(Ordering::SeqCst), 0);
    }
}
