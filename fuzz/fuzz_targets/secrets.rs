#![no_main]
//! Fuzz target `secrets`: see [`imagegate_fuzz::secrets`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::secrets(data));
