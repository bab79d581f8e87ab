//! Vulnerability data: the advisory database (built from OSV exports) will
//! live here. For now it holds the per-ecosystem version ordering that
//! advisory matching is built on.

pub mod version;
