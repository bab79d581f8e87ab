#![no_main]
//! Fuzz target `binary`: see [`imagegate_fuzz::binary`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::binary(data));
