//! Vulnerability data: the advisory database file built from OSV exports
//! ([`db`]), the per-ecosystem version ordering ([`version`]), the OSV record
//! model ([`osv`]), the mapping from installed packages to OSV ecosystems
//! ([`ecosystem`]) and advisory matching ([`matcher`]).

pub mod db;
pub mod ecosystem;
pub mod matcher;
pub mod osv;
pub mod scan;
pub mod version;
