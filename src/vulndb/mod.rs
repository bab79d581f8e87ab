//! Vulnerability data: the advisory database (built from OSV exports) will
//! live here. For now it holds the per-ecosystem version ordering
//! ([`version`]), the OSV record model ([`osv`]), the mapping from installed
//! packages to OSV ecosystems ([`ecosystem`]) and advisory matching
//! ([`matcher`]).

pub mod ecosystem;
pub mod matcher;
pub mod osv;
pub mod version;
