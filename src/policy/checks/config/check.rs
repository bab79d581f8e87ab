//! The `config` check: required labels, HEALTHCHECK, remote `ADD` in the
//! build history, privileged exposed ports.

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};

/// Whether a history step is `ADD <http(s) URL>` without `--checksum`.
pub fn remote_add(created_by: &str) -> Option<&str> {
    let mut tokens = created_by.split_whitespace().skip_while(|t| *t != "ADD");
    tokens.next()?;
    let mut url = None;
    for t in tokens {
        if t.starts_with("--checksum=") {
            return None;
        }
        if url.is_none() && (t.starts_with("http://") || t.starts_with("https://")) {
            url = Some(t);
        }
    }
    url
}

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    let f = cx.facts;
    for l in &cfg.required_labels {
        if f.labels.get(l).is_none_or(|v| v.trim().is_empty()) {
            sink.emit(
                Level::Error,
                &LABEL_MISSING,
                format!("the required label {l} is not set"),
                Some(Location::config(format!("config.Labels[{l}]"))),
            );
        }
    }
    let has_hc = f
        .healthcheck
        .as_ref()
        .is_some_and(|h| !h.test.is_empty() && h.test.first().is_none_or(|t| t != "NONE"));
    if !has_hc {
        sink.emit(
            cfg.healthcheck,
            &HEALTHCHECK_MISSING,
            "the image defines no HEALTHCHECK",
            Some(Location::config("config.Healthcheck")),
        );
    }
    if cfg.add_remote_url != Level::Off {
        for (i, h) in f.history.iter().enumerate() {
            if let Some(url) = h.created_by.as_deref().and_then(remote_add) {
                sink.emit(
                    cfg.add_remote_url,
                    &ADD_REMOTE_URL,
                    format!("build step {i} ADDs {url} without --checksum"),
                    Some(Location {
                        layer: h.layer,
                        config: Some(format!("history[{i}]")),
                        ..Location::default()
                    }),
                );
            }
        }
    }
    for p in &f.exposed_ports {
        let num = p.split('/').next().and_then(|n| n.parse::<u32>().ok());
        if let Some(n) = num.filter(|n| *n > 0 && *n < 1024) {
            sink.emit(
                cfg.privileged_ports,
                &PRIVILEGED_PORT,
                format!("the image exposes the privileged port {n} ({p})"),
                Some(Location::config(format!("config.ExposedPorts[{p}]"))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_adds() {
        assert_eq!(
            remote_add("ADD https://example.com/x.tgz /opt/ # buildkit"),
            Some("https://example.com/x.tgz")
        );
        assert_eq!(
            remote_add("/bin/sh -c #(nop) ADD http://e.com/a /a"),
            Some("http://e.com/a")
        );
        assert_eq!(remote_add("/bin/sh -c #(nop) ADD file:abc in / "), None);
        assert_eq!(
            remote_add("ADD --checksum=sha256:00 https://e.com/a /a"),
            None
        );
        assert_eq!(remote_add("RUN curl https://e.com | sh"), None);
    }
}
