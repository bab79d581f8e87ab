//! The secret scanner's keyword search: every place in a (lowercased) text
//! where one of the rules' keywords starts, in order.
//!
//! Natively this is an Aho-Corasick automaton, whose search runs on x86-64
//! and aarch64 SIMD. In the component (WebAssembly) that SIMD searcher does
//! not exist, and the automaton stepping one byte at a time was the largest
//! cost of a scan after hashing (30% of a layer of 100,000 small text files).
//! So the component searches with [`Fingerprints`] instead: the idea of
//! Teddy (Hyperscan's, and aho-corasick's x86 searcher) on WebAssembly's
//! 128-bit SIMD. The keywords are split into 8 buckets; for each of their
//! first [`FP`] bytes, two 16-entry tables (low and high nibble of a byte)
//! give the buckets whose keywords may have that byte there. A `swizzle`
//! looks up 16 text positions at once, and only positions where all [`FP`]
//! bytes fit some bucket are compared with that bucket's keywords. On real
//! text that is about 1% of the positions; the search takes a quarter of
//! the automaton's time. It reports exactly the automaton's matches (tests
//! compare the two on random and real text).
//!
//! That holds for small keyword sets. The built-in rule set has 334
//! keywords (178 rules): in 8 buckets most positions become candidates and
//! the fingerprint search was 5.7x slower than a DFA automaton on the
//! 100,000-file layer, so sets over [`MAX_FP_KEYWORDS`] use the DFA, in
//! the component too.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, BuildError, MatchKind};

/// Bytes of each keyword the fingerprint looks at (a shorter keyword
/// admits any byte at the places it does not reach).
pub const FP: usize = 4;
/// Keywords the fingerprint search takes (more fill the 8 buckets with too
/// many keywords to compare); beyond it the automaton is used.
pub const MAX_FP_KEYWORDS: usize = 128;
/// Text positions tested at once.
const LANES: usize = 16;
/// Bytes one block of lanes reads.
const BLOCK: usize = LANES + FP - 1;

/// The keywords of a compiled rule set. Keywords are distinct, lowercase
/// (ASCII) and none is a prefix of another (see `SecretsConfig::compile`),
/// so at most one keyword starts at any position.
#[derive(Debug, Clone)]
pub struct Keywords {
    automaton: AhoCorasick,
    fingerprints: Option<Fingerprints>,
}

impl Keywords {
    pub fn new(patterns: &[String]) -> Result<Keywords, BuildError> {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            // A DFA: the fastest search, worth its memory for a few hundred keywords.
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)?;
        Ok(Keywords {
            automaton,
            fingerprints: Fingerprints::new(patterns),
        })
    }

    /// Call `f(start, end, keyword)` for every keyword in `text`, by
    /// increasing start.
    pub fn for_each(&self, text: &[u8], f: impl FnMut(usize, usize, usize)) {
        match &self.fingerprints {
            Some(fp) if cfg!(all(target_arch = "wasm32", target_feature = "simd128")) => {
                fp.for_each(text, f)
            }
            _ => self.for_each_automaton(text, f),
        }
    }

    fn for_each_automaton(&self, text: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut pos = 0;
        while let Some(m) = self
            .automaton
            .find(aho_corasick::Input::new(text).span(pos..text.len()))
        {
            f(m.start(), m.end(), m.pattern().as_usize());
            pos = m.start() + 1;
        }
    }
}

/// Bucketed fingerprints of the keywords' first [`FP`] bytes.
#[derive(Debug, Clone)]
pub struct Fingerprints {
    keywords: Vec<Box<[u8]>>,
    /// Each keyword's first [`FP`] bytes as one number: most candidates are
    /// rejected by one comparison (a slice comparison is a `memcmp` call).
    heads: Vec<u32>,
    /// Per keyword, the bits of [`Fingerprints::heads`] it has (all but for
    /// keywords shorter than [`FP`]).
    head_masks: Vec<u32>,
    /// Keyword indices per bucket.
    buckets: [Vec<usize>; 8],
    /// Per fingerprint byte: bucket bits by the byte's low nibble...
    lo: [[u8; 16]; FP],
    /// ... and by its high nibble.
    hi: [[u8; 16]; FP],
}

impl Fingerprints {
    /// None when a keyword is empty, or there are none or more than
    /// [`MAX_FP_KEYWORDS`].
    pub fn new(keywords: &[String]) -> Option<Fingerprints> {
        if keywords.is_empty()
            || keywords.len() > MAX_FP_KEYWORDS
            || keywords.iter().any(|k| k.is_empty())
        {
            return None;
        }
        // Keywords with the same first bytes share a bucket, so a bucket's
        // tables admit few byte combinations beyond its keywords'.
        let mut order: Vec<usize> = (0..keywords.len()).collect();
        order.sort_by_key(|&i| {
            keywords[i]
                .as_bytes()
                .get(..FP)
                .unwrap_or(keywords[i].as_bytes())
        });
        let per = keywords.len().div_ceil(8);
        let mut buckets: [Vec<usize>; 8] = Default::default();
        let mut lo = [[0u8; 16]; FP];
        let mut hi = [[0u8; 16]; FP];
        for (n, &i) in order.iter().enumerate() {
            let b = n / per;
            buckets[b].push(i);
            let kw = keywords[i].as_bytes();
            for k in 0..FP {
                match kw.get(k) {
                    Some(&c) => {
                        lo[k][usize::from(c & 15)] |= 1 << b;
                        hi[k][usize::from(c >> 4)] |= 1 << b;
                    }
                    // Past a short keyword's end: any byte.
                    None => {
                        for t in lo[k].iter_mut().chain(hi[k].iter_mut()) {
                            *t |= 1 << b;
                        }
                    }
                }
            }
        }
        Some(Fingerprints {
            heads: keywords.iter().map(|k| head(k.as_bytes())).collect(),
            head_masks: keywords
                .iter()
                .map(|k| head(&[0xff; FP][..k.len().min(FP)]))
                .collect(),
            keywords: keywords
                .iter()
                .map(|k| k.as_bytes().to_vec().into_boxed_slice())
                .collect(),
            buckets,
            lo,
            hi,
        })
    }

    /// Bucket bits of the position starting at `text[0]` (callers give at
    /// least [`FP`] bytes).
    fn position(&self, text: &[u8]) -> u8 {
        text.iter()
            .zip(self.lo.iter().zip(&self.hi))
            .fold(0xff, |m, (&c, (lo, hi))| {
                m & lo[usize::from(c & 15)] & hi[usize::from(c >> 4)]
            })
    }

    /// The tables in the form [`Fingerprints::block`] uses.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    fn prepare(&self) -> Tables<'_> {
        Tables(self)
    }

    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn prepare(&self) -> Tables {
        Tables {
            lo: self.lo.map(u8x16_from),
            hi: self.hi.map(u8x16_from),
        }
    }

    /// The positions of a block with candidate buckets (bit `j` for the
    /// position `block[j]` starts), and their bucket bits by position.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    fn block(t: &Tables<'_>, block: &[u8; BLOCK]) -> (u16, [u8; LANES]) {
        let bits: [u8; LANES] = std::array::from_fn(|j| t.0.position(&block[j..]));
        let mask = bits
            .iter()
            .enumerate()
            .fold(0u16, |m, (j, &b)| m | (u16::from(b != 0) << j));
        (mask, bits)
    }

    /// The same with WebAssembly SIMD: per fingerprint byte, one load of
    /// the 16 bytes at that offset, two table lookups by nibble
    /// (`swizzle`) and an AND.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn block(t: &Tables, block: &[u8; BLOCK]) -> (u16, [u8; LANES]) {
        use core::arch::wasm32::*;
        let nibble = u8x16_splat(15);
        let mut m = u8x16_splat(0xff);
        for k in 0..FP {
            // SAFETY: `block` has FP + 15 bytes, so the 16 bytes from
            // offset k < FP are inside it; v128_load has no alignment
            // requirement.
            let v = unsafe { v128_load(block.as_ptr().add(k).cast::<v128>()) };
            let lo = u8x16_swizzle(t.lo[k], v128_and(v, nibble));
            let hi = u8x16_swizzle(t.hi[k], u8x16_shr(v, 4));
            m = v128_and(m, v128_and(lo, hi));
        }
        if !v128_any_true(m) {
            return (0, [0; LANES]);
        }
        let mut bits = [0u8; LANES];
        // SAFETY: `bits` is 16 writable bytes; no alignment requirement.
        unsafe { v128_store(bits.as_mut_ptr().cast::<v128>(), m) };
        (u8x16_bitmask(u8x16_ne(m, u8x16_splat(0))), bits)
    }

    /// The keyword of bucket set `buckets` that starts at `text[pos..]`.
    fn verify(&self, text: &[u8], pos: usize, mut buckets: u8) -> Option<usize> {
        let rest = &text[pos..];
        let h = head(rest);
        while buckets != 0 {
            let b = buckets.trailing_zeros() as usize;
            buckets &= buckets - 1;
            for &i in &self.buckets[b] {
                if self.heads[i] == h & self.head_masks[i] && rest.starts_with(&self.keywords[i]) {
                    return Some(i);
                }
            }
        }
        None
    }

    /// Call `f(start, end, keyword)` for every keyword in `text`, by
    /// increasing start. The same on every target (natively the block
    /// step is plain Rust), so tests check it against the automaton.
    pub fn for_each(&self, text: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut emit = |pos: usize, buckets: u8| {
            if let Some(i) = self.verify(text, pos, buckets) {
                f(pos, pos + self.keywords[i].len(), i);
            }
        };
        let tables = self.prepare();
        let mut start = 0;
        while let Some(block) = text
            .get(start..start + BLOCK)
            .and_then(|b| <&[u8; BLOCK]>::try_from(b).ok())
        {
            let (mut mask, bits) = Fingerprints::block(&tables, block);
            while mask != 0 {
                let j = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                emit(start + j, bits[j]);
            }
            start += LANES;
        }
        // The last positions, fewer than a block's worth of bytes (a
        // position with fewer than FP bytes left tests the bytes it has: a
        // short keyword may still end there).
        while start < text.len() {
            let m = self.position(&text[start..]);
            if m != 0 {
                emit(start, m);
            }
            start += 1;
        }
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn u8x16_from(t: [u8; 16]) -> core::arch::wasm32::v128 {
    core::arch::wasm32::u8x16(
        t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13],
        t[14], t[15],
    )
}

/// The first [`FP`] bytes of `b` as one number (zero-padded if shorter:
/// the full comparison after it decides).
fn head(b: &[u8]) -> u32 {
    let mut h = [0u8; FP];
    for (d, s) in h.iter_mut().zip(b) {
        *d = *s;
    }
    u32::from_le_bytes(h)
}

/// The fingerprint tables, ready for [`Fingerprints::block`].
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
struct Tables<'a>(&'a Fingerprints);

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
struct Tables {
    lo: [core::arch::wasm32::v128; FP],
    hi: [core::arch::wasm32::v128; FP],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (start, end, keyword) of each match.
    type Matches = Vec<(usize, usize, usize)>;

    /// The automaton's matches and the fingerprint search's.
    fn found(k: &Keywords, text: &[u8]) -> (Matches, Matches) {
        let fp = k.fingerprints.as_ref().expect("fingerprints");
        let mut a = Vec::new();
        k.for_each_automaton(text, |s, e, i| a.push((s, e, i)));
        let mut f = Vec::new();
        fp.for_each(text, |s, e, i| f.push((s, e, i)));
        (a, f)
    }

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Random texts over the keywords' own bytes with keywords planted at
    /// random places (text start and end, back to back, cut short): the
    /// fingerprint search reports exactly the automaton's matches.
    fn agree_on_random_text(keywords: &[String], seed: u64) {
        let k = Keywords::new(keywords).expect("keywords");
        let alphabet: Vec<u8> = {
            let mut a: Vec<u8> = keywords.iter().flat_map(|k| k.bytes()).collect();
            a.extend_from_slice(b" \n\x00\xff");
            a.sort_unstable();
            a.dedup();
            a
        };
        let mut rng = Rng(seed);
        let mut total = 0;
        for _ in 0..2000 {
            let len = rng.below(200);
            let mut text: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            for _ in 0..rng.below(6) {
                let kw = keywords[rng.below(keywords.len())].as_bytes();
                let at = rng.below(text.len() + 1);
                // Sometimes only a prefix: a near miss.
                let cut = if rng.below(4) == 0 {
                    rng.below(kw.len())
                } else {
                    kw.len()
                };
                text.splice(at..at, kw[..cut].iter().copied());
            }
            let (a, f) = found(&k, &text);
            assert_eq!(a, f, "text {:?}", String::from_utf8_lossy(&text));
            total += a.len();
        }
        assert!(
            total > 1000,
            "only {total} matches: the test plants too few"
        );
    }

    /// The built-in rule set's keywords, at most [`MAX_FP_KEYWORDS`] of them.
    fn builtin_keywords() -> Vec<String> {
        let cs = super::super::CompiledSecrets::builtin();
        let mut kws = cs.patterns.clone();
        // The short ones first, so they are among those tested.
        kws.sort_by_key(|k| k.len());
        kws.truncate(MAX_FP_KEYWORDS);
        kws
    }

    /// The built-in rule set has more keywords than fingerprints take: with
    /// all 334 in 8 buckets, most positions are candidates, and the scan of
    /// the 100,000-file layer took 5.7x the automaton's time (bench/ab.sh,
    /// 5 interleaved runs). So the automaton searches them.
    #[test]
    fn the_builtin_keywords_use_the_automaton() {
        let cs = super::super::CompiledSecrets::builtin();
        assert!(cs.patterns.len() > MAX_FP_KEYWORDS, "{}", cs.patterns.len());
        assert!(cs.keywords.fingerprints.is_none());
        let kws = builtin_keywords();
        assert!(
            kws.iter().any(|k| k.len() < FP),
            "short keywords are tested too"
        );
    }

    #[test]
    fn fingerprints_find_what_the_automaton_finds() {
        agree_on_random_text(&builtin_keywords(), 1);
        // Fewer keywords than buckets, exactly 8, more than 8 per bucket,
        // the most allowed, and keywords sharing their first bytes.
        let words = |n: usize, seed: u64| -> Vec<String> {
            let mut rng = Rng(seed);
            let mut v: Vec<String> = Vec::new();
            while v.len() < n {
                // Shorter keywords than FP too (they match any byte past their end).
                let len = 1 + rng.below(FP + 7);
                let w: String = (0..len)
                    .map(|_| char::from(b"abcdefgh_-:="[rng.below(12)]))
                    .collect();
                // Distinct and prefix-free, as `SecretsConfig::compile` makes them.
                if !v
                    .iter()
                    .any(|o| o.starts_with(&w) || w.starts_with(o.as_str()))
                {
                    v.push(w);
                }
            }
            v
        };
        for (n, seed) in [
            (1, 2),
            (3, 3),
            (8, 4),
            (9, 5),
            (40, 6),
            (MAX_FP_KEYWORDS, 7),
        ] {
            agree_on_random_text(&words(n, seed), seed);
        }
        agree_on_random_text(
            &[
                "secret".into(),
                "secre_".into(),
                "secrex".into(),
                "sec:xx".into(),
            ],
            8,
        );
    }

    /// Real text: this crate's own sources, which are full of the keywords.
    #[test]
    fn fingerprints_agree_on_real_text() {
        let k = Keywords::new(&builtin_keywords()).expect("keywords");
        for src in [
            include_str!("rules.rs"),
            include_str!("tests.rs"),
            include_str!("mod.rs"),
            include_str!("../../docs/secrets.md"),
        ] {
            let low = src.to_ascii_lowercase();
            let (a, f) = found(&k, low.as_bytes());
            assert!(a.len() > 10, "{}", a.len());
            assert_eq!(a, f);
        }
    }

    #[test]
    fn empty_or_too_many_keywords_use_the_automaton() {
        assert!(Fingerprints::new(&["".into(), "abcdef".into()]).is_none());
        assert!(Fingerprints::new(&[]).is_none());
        let many: Vec<String> = (0..=MAX_FP_KEYWORDS).map(|i| format!("kw{i:04}")).collect();
        assert!(Fingerprints::new(&many).is_none());
        assert!(Fingerprints::new(&many[..MAX_FP_KEYWORDS]).is_some());
    }

    /// Keywords shorter than FP bytes take any byte past their end, also
    /// in the text's last bytes.
    #[test]
    fn short_keywords_are_found_to_the_last_byte() {
        let kws: Vec<String> = vec!["ab".into(), "xyz1".into(), "q~".into(), "sg.".into()];
        assert!(Fingerprints::new(&kws).is_some());
        let k = Keywords::new(&kws).expect("keywords");
        for text in [
            &b"..ab..xyz1"[..],
            b"ab",
            b"q~",
            b"x.sg.",
            b"0123456789abcdef0123456789q~ab",
            b"sg.0123456789abcdef0123456789abcdef.ab",
        ] {
            let (a, f) = found(&k, text);
            assert!(!a.is_empty(), "{:?}", String::from_utf8_lossy(text));
            assert_eq!(a, f, "{:?}", String::from_utf8_lossy(text));
        }
    }
}
