//! The component entry. Built for `wasm32-wasip2` this binary is
//! `imagegate.wasm`: `main` is its `wasi:cli/run` export, and the
//! `imagegate:gate/scanner` interface of `wit/imagegate.wit` is exported next
//! to it through `wit-bindgen`. Built natively, it is the same command line
//! over the library (handy for tests and benchmarks without a host).

#[cfg(target_arch = "wasm32")]
mod component {
    wit_bindgen::generate!({
        path: "wit/imagegate.wit",
        world: "imagegate",
    });

    use exports::imagegate::gate::scanner::{
        Guest, RenderedReport, ReportFormat, ScanError, ScanRequest, ScanResult, Verdict,
    };
    use imagegate::Format;

    fn to_lib(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Json => Format::Json,
            ReportFormat::Text => Format::Text,
            ReportFormat::Cyclonedx => Format::Cyclonedx,
            ReportFormat::Spdx => Format::Spdx,
            ReportFormat::Sarif => Format::Sarif,
            ReportFormat::Junit => Format::Junit,
            ReportFormat::Markdown => Format::Markdown,
        }
    }

    fn to_wit(f: Format) -> ReportFormat {
        match f {
            Format::Json => ReportFormat::Json,
            Format::Text => ReportFormat::Text,
            Format::Cyclonedx => ReportFormat::Cyclonedx,
            Format::Spdx => ReportFormat::Spdx,
            Format::Sarif => ReportFormat::Sarif,
            Format::Junit => ReportFormat::Junit,
            Format::Markdown => ReportFormat::Markdown,
        }
    }

    struct Component;

    impl Guest for Component {
        fn scan(request: ScanRequest) -> Result<ScanResult, ScanError> {
            let mut req = imagegate::ScanRequest::new(request.image);
            req.display_name = request.display_name;
            req.tag = request.tag;
            req.platform = request.platform;
            req.db = request.db.map(std::path::PathBuf::from);
            req.now = request.now;
            req.signatures = request
                .signatures
                .into_iter()
                .map(|s| imagegate::signature::SignatureInput {
                    source: s.name,
                    payload: s.payload,
                    signature: s.signature,
                })
                .collect();
            req.trusted_keys = request
                .trusted_keys
                .into_iter()
                .map(|k| (k.name, k.pem))
                .collect();
            req.formats = request.formats.into_iter().map(to_lib).collect();
            req.color = request.color;
            match imagegate::scan(&req) {
                Ok(outcome) => Ok(ScanResult {
                    verdict: match outcome.verdict {
                        imagegate::Verdict::Pass => Verdict::Pass,
                        imagegate::Verdict::Fail => Verdict::Fail,
                    },
                    exit_code: outcome.verdict.exit_code(),
                    reports: outcome
                        .reports
                        .into_iter()
                        .map(|r| RenderedReport {
                            format: to_wit(r.format),
                            content: r.content,
                        })
                        .collect(),
                }),
                Err(e) => Err(ScanError {
                    code: e.code().to_string(),
                    message: e.to_string(),
                }),
            }
        }

        fn version() -> String {
            imagegate::version()
        }

        fn explain(code: String) -> Option<String> {
            imagegate::explain::explain(&code).map(str::to_string)
        }
    }

    export!(Component);
}

fn main() {
    use std::io::IsTerminal;
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Colours only for a terminal, and never with NO_COLOR set (no-color.org).
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let code = imagegate::cli::run_with(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
        color,
    );
    std::process::exit(i32::from(code));
}
