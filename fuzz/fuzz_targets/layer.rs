#![no_main]
//! Fuzz target `layer`: see [`imagegate_fuzz::layer`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::layer(data));
