#![no_main]
//! Fuzz target `inventory`: see [`imagegate_fuzz::inventory`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::inventory(data));
