#![no_main]
//! Fuzz target `osv`: see [`imagegate_fuzz::osv`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::osv(data));
