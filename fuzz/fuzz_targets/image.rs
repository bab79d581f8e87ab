#![no_main]
//! Fuzz target `image`: see [`imagegate_fuzz::image`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| imagegate_fuzz::image(data));
