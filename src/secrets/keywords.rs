//! The secret scanner's keyword search: every place in a text where one of
//! the rules' keywords starts (ASCII case-insensitive), in order.
//!
//! Three searchers report exactly the same matches (tests compare them on
//! random and real text):
//! - [`Grams`], for the built-in rule set (334 keywords) and every set whose
//!   keywords are at least 2 bytes long: a hashed filter on the first four
//!   bytes of every text position (case folded; three for the keywords
//!   shorter than four), then a comparison with the few keywords that
//!   start with those bytes. It reads the text as it is, so the scanner
//!   makes no lowercased copy. On the 100,000-file layer 0.3% of
//!   positions pass the filter. It replaced an
//!   Aho-Corasick DFA, whose search loop was 40% of the component's time
//!   on that layer (about 3.6 ns per byte in WebAssembly; see
//!   docs/benchmarks.md).
//! - [`Fingerprints`], in the component for small sets (up to
//!   [`MAX_FP_KEYWORDS`]), over a lowercased copy of the text: the idea of
//!   Teddy (Hyperscan's, and aho-corasick's x86 searcher) on WebAssembly's
//!   128-bit SIMD. The keywords are split into 8 buckets; for each of their
//!   first [`FP`] bytes, two 16-entry tables (low and high nibble of a
//!   byte) give the buckets whose keywords may have that byte there. A
//!   `swizzle` looks up 16 text positions at once, and only positions where
//!   all [`FP`] bytes fit some bucket are compared with that bucket's
//!   keywords. With many keywords most positions become candidates (5.7x
//!   slower than a DFA on the 100,000-file layer with the 334 built-in
//!   keywords), hence the cap.
//! - An Aho-Corasick automaton (ASCII case-insensitive), for a set with a
//!   1-byte keyword (which [`Grams`] cannot filter on), and as the tests'
//!   reference.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, BuildError, MatchKind};

/// Bytes of each keyword the fingerprint looks at (a shorter keyword
/// admits any byte at the places it does not reach).
pub const FP: usize = 4;
/// Keywords the fingerprint search takes (more fill the 8 buckets with too
/// many keywords to compare); beyond it [`Grams`] is used.
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
    search: Search,
}

#[derive(Debug, Clone)]
enum Search {
    Fingerprints(Box<Fingerprints>),
    Grams(Grams),
    Automaton(AhoCorasick),
}

impl Keywords {
    pub fn new(patterns: &[String]) -> Result<Keywords, BuildError> {
        let fingerprints = if cfg!(all(target_arch = "wasm32", target_feature = "simd128")) {
            Fingerprints::new(patterns)
        } else {
            None
        };
        let search = match (fingerprints, Grams::new(patterns)) {
            (Some(fp), _) => Search::Fingerprints(Box::new(fp)),
            (None, Some(g)) => Search::Grams(g),
            (None, None) => Search::Automaton(automaton(patterns)?),
        };
        Ok(Keywords { search })
    }

    /// Whether [`Keywords::for_each`] takes the text as it is; else it
    /// takes the text ASCII-lowercased.
    pub fn folds_case(&self) -> bool {
        !matches!(self.search, Search::Fingerprints(_))
    }

    /// Call `f(start, end, keyword)` for every keyword in `text` (ASCII
    /// case-insensitive; lowercased first unless [`Keywords::folds_case`]),
    /// by increasing start.
    pub fn for_each(&self, text: &[u8], f: impl FnMut(usize, usize, usize)) {
        match &self.search {
            Search::Fingerprints(fp) => fp.for_each(text, f),
            Search::Grams(g) => g.for_each(text, f),
            Search::Automaton(a) => for_each_automaton(a, text, f),
        }
    }
}

/// A DFA automaton over `patterns` (leftmost-first, ASCII case-insensitive).
fn automaton(patterns: &[String]) -> Result<AhoCorasick, BuildError> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
}

fn for_each_automaton(a: &AhoCorasick, text: &[u8], mut f: impl FnMut(usize, usize, usize)) {
    let mut pos = 0;
    while let Some(m) = a.find(aho_corasick::Input::new(text).span(pos..text.len())) {
        f(m.start(), m.end(), m.pattern().as_usize());
        pos = m.start() + 1;
    }
}

/// Bits of the filter's hashes: two tables of 2^16 bytes ([`hash4`] and
/// [`hash3`] take 16 bits of the product).
const GRAM_BITS: u32 = 16;
const _: () = assert!(GRAM_BITS == 16);
/// Bits of the hash that pick a bucket of keywords (its top bits).
const BUCKET_BITS: u32 = 10;
/// Text positions the filter tests per 8-byte load (each has its first
/// four bytes in it).
const GROUP: usize = 5;

/// The hashed 4-gram filter: a position is a candidate when the entry of
/// the hash of its first four bytes is set in the table of the keywords of
/// 4 or more bytes, or the entry of the hash of its first three bytes in
/// the table of the shorter keywords (a 2-byte keyword sets all 256
/// trigrams it begins). The bytes are case folded for the hashes by
/// setting bit 5 (`A` and `a` hash alike; so do a few pairs of symbols,
/// such as `_` and DEL, which only makes a candidate). A candidate is
/// compared with the keywords of its hash bucket (first four folded bytes
/// in one comparison, then the rest, ASCII case-insensitively) and with the
/// short keywords.
///
/// The search loop reads 8 bytes at a time and tests 5 positions without
/// a branch (a branch per position mispredicts on text). On JavaScript
/// text 0.3% of positions are candidates (a filter on three bytes alone
/// let 2.3% through: the keywords' first three bytes are common English).
#[derive(Debug, Clone)]
pub struct Grams {
    keywords: Vec<Box<[u8]>>,
    /// 1 where some keyword of 4 or more bytes has its first four bytes'
    /// hash ([`hash4`]).
    long: Box<[u8; 1 << GRAM_BITS]>,
    /// 1 where some shorter keyword has its first three bytes' hash
    /// ([`hash3`]).
    short: Box<[u8; 1 << GRAM_BITS]>,
    /// Per bucket, the range of [`Grams::entries`] it holds
    /// (2^[`BUCKET_BITS`] + 1 offsets).
    starts: Box<[u32]>,
    /// (first four folded bytes, keyword) of the keywords of 4 or more
    /// bytes, by bucket of their [`hash4`].
    entries: Box<[(u32, usize)]>,
    /// The keywords of 2 or 3 bytes: (their folded bytes, the mask of
    /// their length, keyword).
    shorts: Box<[(u32, u32, usize)]>,
}

/// Bit 5 of each byte: set, it folds ASCII upper case into lower case.
const FOLD: u32 = 0x2020_2020;

/// The multiplier of the filter's hashes (Knuth's, 2^32 / golden ratio).
const MUL: u32 = 0x9e37_79b1;

/// The filter's hash of the four bytes of `w` (little-endian), case
/// folded: the top 16 bits of the product.
#[inline(always)]
fn hash4(w: u32) -> usize {
    ((w | FOLD).wrapping_mul(MUL) >> 16) as usize
}

/// The filter's hash of the first three bytes of `w` (little-endian),
/// case folded: bits 8 to 23 of the same product, which depend on its
/// low 24 bits only (a multiplicative hash of 24-bit words), so one
/// multiplication gives both hashes.
#[inline(always)]
fn hash3(w: u32) -> usize {
    (((w | FOLD).wrapping_mul(MUL) >> 8) & 0xffff) as usize
}

impl Grams {
    /// None when a keyword is shorter than 2 bytes or there are none.
    pub fn new(keywords: &[String]) -> Option<Grams> {
        if keywords.is_empty() || keywords.iter().any(|k| k.len() < 2) {
            return None;
        }
        let mut long = Box::new([0u8; 1 << GRAM_BITS]);
        let mut short = Box::new([0u8; 1 << GRAM_BITS]);
        let mut by_bucket: Vec<(usize, u32, usize)> = Vec::new();
        let mut shorts = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            let k = k.as_bytes();
            let w = head(k);
            match *k {
                [a, b] => {
                    for c in 0..=255u8 {
                        short[hash3(u32::from_le_bytes([a, b, c, 0]))] = 1;
                    }
                    shorts.push(((w | FOLD) & 0xffff, 0xffff, i));
                }
                [_, _, _] => {
                    short[hash3(w)] = 1;
                    shorts.push(((w | FOLD) & 0x00ff_ffff, 0x00ff_ffff, i));
                }
                _ => {
                    long[hash4(w)] = 1;
                    by_bucket.push((hash4(w) >> (GRAM_BITS - BUCKET_BITS), w | FOLD, i));
                }
            }
        }
        by_bucket.sort_unstable();
        let mut starts = vec![0u32; (1 << BUCKET_BITS) + 1];
        for &(b, ..) in &by_bucket {
            starts[b + 1] += 1;
        }
        for j in 1..starts.len() {
            starts[j] += starts[j - 1];
        }
        Some(Grams {
            keywords: keywords
                .iter()
                .map(|k| k.as_bytes().to_vec().into_boxed_slice())
                .collect(),
            long,
            short,
            starts: starts.into_boxed_slice(),
            entries: by_bucket.into_iter().map(|(_, w, i)| (w, i)).collect(),
            shorts: shorts.into_boxed_slice(),
        })
    }

    /// 1 when the filter lets the position whose first bytes are `w` pass.
    #[inline(always)]
    fn passes(&self, w: u32) -> u8 {
        // The hashes have GRAM_BITS bits: always in the tables.
        self.long[hash4(w)] | self.short[hash3(w)]
    }

    /// The keyword that starts at `text[pos..]`, a candidate whose first
    /// four bytes (zero-padded past the text's end) are `w`.
    #[inline(always)]
    fn verify(&self, text: &[u8], pos: usize, w: u32) -> Option<usize> {
        let rest = text.get(pos..).unwrap_or_default();
        let folded = w | FOLD;
        let starts_with = |k: &[u8]| {
            rest.get(..k.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(k))
        };
        let b = hash4(w) >> (GRAM_BITS - BUCKET_BITS);
        let range = self.starts.get(b).copied().unwrap_or(0) as usize
            ..self.starts.get(b + 1).copied().unwrap_or(0) as usize;
        for &(head, i) in self.entries.get(range).unwrap_or_default() {
            if folded == head && starts_with(&self.keywords[i]) {
                return Some(i);
            }
        }
        self.shorts
            .iter()
            .find(|&&(head, mask, i)| folded & mask == head && starts_with(&self.keywords[i]))
            .map(|&(.., i)| i)
    }

    /// Call `f(start, end, keyword)` for every keyword in `text`, by
    /// increasing start.
    pub fn for_each(&self, text: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut emit = |pos: usize, w: u32| {
            if let Some(i) = self.verify(text, pos, w) {
                f(pos, pos + self.keywords[i].len(), i);
            }
        };
        let mut pos = 0;
        while let Some(bytes) = text.get(pos..pos + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(bytes);
            let v = u64::from_le_bytes(eight);
            let mut hits = 0u32;
            for k in 0..GROUP {
                hits |= u32::from(self.passes((v >> (8 * k)) as u32)) << k;
            }
            while hits != 0 {
                let k = hits.trailing_zeros() as usize;
                hits &= hits - 1;
                emit(pos + k, (v >> (8 * k)) as u32);
            }
            pos += GROUP;
        }
        // The last positions: the bytes they have, zero-padded. A keyword
        // that fits before the end has all its hashed bytes there (a 2-byte
        // keyword set all 256 third bytes, 0 too); the padding can only
        // make a candidate, and the comparison decides.
        while pos < text.len() {
            let w = head(&text[pos..]);
            if self.passes(w) != 0 {
                emit(pos, w);
            }
            pos += 1;
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

    /// The keyword sets under test, with each searcher that takes them.
    struct Searchers {
        automaton: AhoCorasick,
        fingerprints: Option<Fingerprints>,
        grams: Option<Grams>,
    }

    impl Searchers {
        fn new(keywords: &[String]) -> Searchers {
            Searchers {
                automaton: automaton(keywords).expect("automaton"),
                fingerprints: Fingerprints::new(keywords),
                grams: Grams::new(keywords),
            }
        }
    }

    /// The automaton's matches, and those of each other searcher that
    /// takes the keywords (there must be at least one). The fingerprints
    /// get the text lowercased, as the scanner gives it to them.
    fn found(k: &Searchers, text: &[u8]) -> (Matches, Vec<Matches>) {
        let mut a = Vec::new();
        for_each_automaton(&k.automaton, text, |s, e, i| a.push((s, e, i)));
        let mut others = Vec::new();
        if let Some(fp) = &k.fingerprints {
            let mut f = Vec::new();
            fp.for_each(&text.to_ascii_lowercase(), |s, e, i| f.push((s, e, i)));
            others.push(f);
        }
        if let Some(g) = &k.grams {
            let mut f = Vec::new();
            g.for_each(text, |s, e, i| f.push((s, e, i)));
            others.push(f);
        }
        assert!(!others.is_empty(), "no searcher besides the automaton");
        (a, others)
    }

    fn agree(k: &Searchers, text: &[u8]) -> usize {
        let (a, others) = found(k, text);
        for f in others {
            assert_eq!(a, f, "text {:?}", String::from_utf8_lossy(text));
        }
        a.len()
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
        let k = Searchers::new(keywords);
        let alphabet: Vec<u8> = {
            let mut a: Vec<u8> = keywords.iter().flat_map(|k| k.bytes()).collect();
            // Upper case too, and bytes that fold like others in the
            // trigram filter's hash (`_` and DEL, `@` and a backquote).
            let upper: Vec<u8> = a.iter().map(u8::to_ascii_uppercase).collect();
            a.extend(upper);
            a.extend_from_slice(b" \n\x00\xff\x7f@`");
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
                // In random case.
                let bytes: Vec<u8> = kw[..cut]
                    .iter()
                    .map(|b| match rng.below(3) {
                        0 => b.to_ascii_uppercase(),
                        _ => *b,
                    })
                    .collect();
                text.splice(at..at, bytes);
            }
            total += agree(&k, &text);
        }
        assert!(
            total > 1000,
            "only {total} matches: the test plants too few"
        );
    }

    /// `n` random keywords of `shortest` to `shortest + spread - 1` bytes
    /// over a small alphabet (so they share first bytes), distinct and
    /// prefix-free, as `SecretsConfig::compile` makes them.
    fn random_keywords(n: usize, seed: u64, shortest: usize, spread: usize) -> Vec<String> {
        let mut rng = Rng(seed);
        let mut v: Vec<String> = Vec::new();
        while v.len() < n {
            let len = shortest + rng.below(spread);
            let w: String = (0..len)
                .map(|_| char::from(b"abcdefgh_-:="[rng.below(12)]))
                .collect();
            if !v
                .iter()
                .any(|o| o.starts_with(&w) || w.starts_with(o.as_str()))
            {
                v.push(w);
            }
        }
        v
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
    /// 5 interleaved runs). So the trigram filter searches them.
    #[test]
    fn the_builtin_keywords_use_the_trigram_filter() {
        let cs = super::super::CompiledSecrets::builtin();
        assert!(cs.patterns.len() > MAX_FP_KEYWORDS, "{}", cs.patterns.len());
        assert!(matches!(cs.keywords.search, Search::Grams(_)));
        let kws = builtin_keywords();
        assert!(
            kws.iter().any(|k| k.len() < FP),
            "short keywords are tested too"
        );
        assert!(
            cs.patterns.iter().any(|k| k.len() == 2),
            "a 2-byte keyword is tested too"
        );
    }

    /// All 334 built-in keywords: the trigram filter finds what the
    /// automaton finds, on random text and on real text.
    #[test]
    fn grams_find_what_the_automaton_finds() {
        let cs = super::super::CompiledSecrets::builtin();
        agree_on_random_text(&cs.patterns, 11);
        let k = Searchers::new(&cs.patterns);
        for src in REAL_TEXT {
            assert!(agree(&k, src.as_bytes()) > 10);
        }
        // 2-byte keywords, also as the text's last bytes, and keywords
        // sharing their first three bytes.
        let kws: Vec<String> = ["ab", "q~", "secret", "secre_", "sec:xx", "xyzw1"]
            .iter()
            .map(|k| k.to_string())
            .collect();
        let k = Searchers::new(&kws);
        for text in [
            &b"ab"[..],
            b"q~",
            b"a",
            b"",
            b"xq~",
            b"secret",
            b"secre_secretsec:xxq~ab",
            b"0123456789abcdef0123456789q~ab",
            b"sec:x",
            b"xyzw",
            b"xyzw1",
            b"XYZW1 Q~ SeCrEt sEC:XX",
            b"Q~",
            b"_ab\x7fb@q`q",
        ] {
            agree(&k, text);
        }
        for (n, seed) in [(1, 12), (5, 13), (60, 14), (400, 15)] {
            // 2 bytes or more: the filter's keywords.
            agree_on_random_text(&random_keywords(n, seed, 2, FP + 6), seed);
        }
    }

    /// A 1-byte keyword: the automaton searches.
    #[test]
    fn a_one_byte_keyword_uses_the_automaton() {
        let kws: Vec<String> = (0..=MAX_FP_KEYWORDS)
            .map(|i| format!("kw{i:04}"))
            .chain(["z".to_string()])
            .collect();
        assert!(Grams::new(&kws).is_none());
        let k = Keywords::new(&kws).expect("keywords");
        assert!(matches!(k.search, Search::Automaton(_)));
        let mut got = Vec::new();
        k.for_each(b"kw0001 z", |s, e, i| got.push((s, e, i)));
        assert_eq!(got, vec![(0, 6, 1), (7, 8, MAX_FP_KEYWORDS + 1)]);
    }

    /// Real text: this crate's own sources, which are full of the keywords.
    const REAL_TEXT: [&str; 4] = [
        include_str!("rules.rs"),
        include_str!("tests.rs"),
        include_str!("mod.rs"),
        include_str!("../../docs/secrets.md"),
    ];

    #[test]
    fn fingerprints_find_what_the_automaton_finds() {
        agree_on_random_text(&builtin_keywords(), 1);
        // Fewer keywords than buckets, exactly 8, more than 8 per bucket,
        // the most allowed, and keywords sharing their first bytes.
        // Shorter keywords than FP too (they match any byte past their end).
        let words = |n: usize, seed: u64| random_keywords(n, seed, 1, FP + 7);
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

    #[test]
    fn fingerprints_agree_on_real_text() {
        let k = Searchers::new(&builtin_keywords());
        assert!(k.fingerprints.is_some());
        for src in REAL_TEXT {
            assert!(agree(&k, src.as_bytes()) > 10);
        }
    }

    #[test]
    fn empty_or_too_many_keywords_take_no_fingerprints() {
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
        let k = Searchers::new(&kws);
        for text in [
            &b"..ab..xyz1"[..],
            b"ab",
            b"q~",
            b"x.sg.",
            b"0123456789abcdef0123456789q~ab",
            b"sg.0123456789abcdef0123456789abcdef.ab",
        ] {
            assert!(agree(&k, text) > 0, "{:?}", String::from_utf8_lossy(text));
        }
    }
}
