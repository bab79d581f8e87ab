//! The JSON report: pretty-printed, keys in a fixed order, no timestamps,
//! so the same image always gives byte-identical output.

use crate::report::Report;

pub fn render(report: &Report) -> String {
    // Serialising plain structs, BTreeMaps and strings cannot fail.
    let mut s =
        serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
