#![no_main]
//! Fuzz target `vulndb`: see [`imagegate_fuzz::vulndb`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::vulndb(data));
