//! Vulnerability data: the advisory database file built from OSV exports
//! ([`db`]), the per-ecosystem version ordering ([`version`]), the OSV record
//! model ([`osv`]), the mapping from installed packages to OSV ecosystems
//! ([`ecosystem`]), advisory matching and grouping ([`matcher`]), severity
//! ratings and their sources ([`severity`]), the KEV catalogue and EPSS
//! scores the DB can carry ([`priority`]), and matching a whole inventory
//! with what the DB could not cover ([`scan`]).

pub mod db;
pub mod ecosystem;
pub mod matcher;
pub mod osv;
pub mod priority;
pub mod scan;
pub mod severity;
pub mod triage;
pub mod version;
