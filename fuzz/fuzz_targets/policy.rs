#![no_main]
//! Fuzz target `policy`: see [`imagegate_fuzz::policy`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::policy(data));
