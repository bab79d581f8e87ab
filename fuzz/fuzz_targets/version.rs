#![no_main]
//! Fuzz target `version`: see [`imagegate_fuzz::version`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::version(data));
