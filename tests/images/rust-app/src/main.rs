//! Test binary for the imagegate rust-oci image: its dependency list is
//! embedded by `cargo auditable` (linker section `.dep-v0`).
fn main() {
    let mut buf = itoa::Buffer::new();
    let n = buf.format(42u32);
    let v = serde_json::json!({ "answer": n, "app": "rust-app" });
    println!("{v}");
}
