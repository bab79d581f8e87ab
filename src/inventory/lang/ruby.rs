//! Ruby gems: the specifications RubyGems writes when it installs a gem,
//! `<GEM_HOME>/specifications/<name>-<version>.gemspec` (also
//! `specifications/default/` for default gems bundled with Ruby).
//!
//! As Trivy's `gemspec` analyser: any `*.gemspec` below a `specifications/`
//! directory; the file is Ruby, not data, so it is read the way Trivy reads
//! it, line by line: find `Gem::Specification.new do |s|`, take the block
//! variable, then the `s.name = ...`, `s.version = ...`, `s.license = ...`
//! and `s.licenses = [...]` lines, dropping quotes and `.freeze`. Unlike
//! Trivy we only accept quoted literals for name and version (RubyGems
//! always writes literals there; an expression such as `Foo::VERSION` would
//! not be a version). `Gemfile.lock` is a lock file, which Trivy's image
//! scan does not read, and neither do we.

use crate::inventory::{Ecosystem, Package};

/// `"async".freeze` → `async`; `'1.2'` → `1.2`. None when not a quoted literal.
fn literal(value: &str) -> Option<&str> {
    let v = value.trim();
    let v = v.strip_suffix(".freeze").unwrap_or(v);
    let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = v.strip_prefix(q)?.strip_suffix(q)?;
    Some(inner).filter(|s| !s.is_empty() && !s.contains(q))
}

/// The value after `<var>.<attr> =` on a line, if the line assigns it.
fn assignment<'a>(line: &'a str, var: &str, attr: &str) -> Option<&'a str> {
    let rest = line
        .strip_prefix(var)?
        .strip_prefix('.')?
        .strip_prefix(attr)?;
    let rest = rest.trim_start().strip_prefix('=')?;
    if attr == "licenses" {
        // The list between the brackets: `["MIT".freeze, "Ruby".freeze]`.
        let open = rest.find('[')?;
        let close = rest.rfind(']')?;
        return rest.get(open + 1..close);
    }
    // As Trivy, the first whitespace-free token, which also drops a
    // trailing `if s.respond_to? ...` guard.
    rest.split_whitespace().next()
}

/// Parse an installed gem specification.
pub fn parse(content: &[u8]) -> Result<Package, String> {
    let text = super::text(content);
    let mut var: Option<String> = None;
    let (mut name, mut version) = (None, None);
    let mut licenses: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.contains("Gem::Specification.new") {
            var = line
                .split('|')
                .nth(1)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty());
            continue;
        }
        let Some(var) = var.as_deref() else { continue };
        if let Some(v) = assignment(line, var, "name") {
            name = literal(v).map(str::to_string);
        } else if let Some(v) = assignment(line, var, "version") {
            version = literal(v).map(str::to_string);
        } else if let Some(v) = assignment(line, var, "licenses") {
            licenses = v
                .split(',')
                .filter_map(literal)
                .map(str::to_string)
                .collect();
        } else if let Some(v) = assignment(line, var, "license") {
            licenses = literal(v).map(str::to_string).into_iter().collect();
        }
        if name.is_some() && version.is_some() && !licenses.is_empty() {
            break;
        }
    }
    match (name, version) {
        (Some(n), Some(v)) => {
            let mut p = Package::new(Ecosystem::Gem, n, v);
            p.licenses = licenses;
            Ok(p)
        }
        _ => Err("no name or version in the gem specification".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // specifications/rack-2.2.8.gemspec as RubyGems 3.4 writes it.
    const RACK: &str = r#"# -*- encoding: utf-8 -*-
# stub: rack 2.2.8 ruby lib

Gem::Specification.new do |s|
  s.name = "rack".freeze
  s.version = "2.2.8"

  s.required_rubygems_version = Gem::Requirement.new(">= 0".freeze) if s.respond_to? :required_rubygems_version=
  s.metadata = { "bug_tracker_uri" => "https://github.com/rack/rack/issues", "changelog_uri" => "https://github.com/rack/rack/blob/main/CHANGELOG.md", "documentation_uri" => "https://rubydoc.info/github/rack/rack", "source_code_uri" => "https://github.com/rack/rack" } if s.respond_to? :metadata=
  s.require_paths = ["lib".freeze]
  s.authors = ["Leah Neukirchen".freeze]
  s.bindir = "bin".freeze
  s.date = "2023-07-31"
  s.description = "Rack provides a minimal, modular and adaptable interface for developing\nweb applications in Ruby.\n".freeze
  s.email = "leah@vuxu.org".freeze
  s.executables = ["rackup".freeze]
  s.files = ["bin/rackup".freeze]
  s.homepage = "https://github.com/rack/rack".freeze
  s.licenses = ["MIT".freeze]
  s.required_ruby_version = Gem::Requirement.new(">= 2.4.0".freeze)
  s.rubygems_version = "3.4.10".freeze
  s.summary = "A modular Ruby webserver interface.".freeze

  s.installed_by_version = "3.4.10" if s.respond_to? :installed_by_version

  s.specification_version = 4

  s.add_development_dependency(%q<minitest>.freeze, ["~> 5.0"])
end
"#;

    #[test]
    fn rack() {
        let p = parse(RACK.as_bytes()).unwrap();
        assert_eq!(
            (p.ecosystem, p.name.as_str(), p.version.as_str()),
            (Ecosystem::Gem, "rack", "2.2.8")
        );
        assert_eq!(p.licenses, vec!["MIT"]);
    }

    #[test]
    fn default_gem_other_variable_and_single_license() {
        let t = "# stub: bigdecimal 3.1.3 ruby lib\nGem::Specification.new do |spec|\n  spec.name = 'bigdecimal'\n  spec.version = '3.1.3'\n  spec.license = \"Ruby\".freeze\nend\n";
        let p = parse(t.as_bytes()).unwrap();
        assert_eq!(
            (p.name.as_str(), p.version.as_str()),
            ("bigdecimal", "3.1.3")
        );
        assert_eq!(p.licenses, vec!["Ruby"]);
        let p = parse(b"Gem::Specification.new do |s|\n s.name = \"json\".freeze\n s.version = \"2.6.3\"\n s.licenses = [\"Ruby\".freeze, \"BSD-2-Clause\".freeze]\nend\n").unwrap();
        assert_eq!(p.licenses, vec!["Ruby", "BSD-2-Clause"]);
    }

    #[test]
    fn broken() {
        assert!(parse(b"").is_err());
        // Assignments before the specification block do not count.
        assert!(parse(b"s.name = \"x\"\ns.version = \"1\"\n").is_err());
        assert!(parse(b"Gem::Specification.new do |s|\n  s.name = \"x\".freeze\nend\n").is_err());
        assert!(parse(
            b"Gem::Specification.new do |s|\n  s.name = \"x\"\n  s.version = Foo::VERSION\nend\n"
        )
        .is_err());
        // Attributes that only start like name/version are not them.
        assert!(parse(
            b"Gem::Specification.new do |s|\n  s.name = \"x\"\n  s.version_x = \"1\"\nend\n"
        )
        .is_err());
    }
}
