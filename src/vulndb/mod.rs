//! Vulnerability data: the advisory database file built from OSV exports
//! ([`db`]) and the per-ecosystem version ordering that advisory matching is
//! built on ([`version`]).

pub mod db;
pub mod version;
