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
        Guest, ReportFormat, ScanError, ScanRequest, ScanResult, Verdict, VulnerabilitySeverity,
    };
    use imagegate::vulndb::matcher::Level;

    struct Component;

    impl Guest for Component {
        fn scan(request: ScanRequest) -> Result<ScanResult, ScanError> {
            let mut req = imagegate::ScanRequest::new(request.image);
            req.display_name = request.display_name;
            req.tag = request.tag;
            req.platform = request.platform;
            req.db = request.db.map(std::path::PathBuf::from);
            req.now = request.now;
            req.reference = request.reference;
            req.policy = request.policy.map(|p| imagegate::policy::PolicyFile {
                name: p.name,
                text: p.text,
            });
            req.fail_on = request.fail_on.map(|s| match s {
                VulnerabilitySeverity::Low => Level::Low,
                VulnerabilitySeverity::Medium => Level::Medium,
                VulnerabilitySeverity::High => Level::High,
                VulnerabilitySeverity::Critical => Level::Critical,
            });
            req.format = match request.format {
                ReportFormat::Json => imagegate::Format::Json,
                ReportFormat::Text => imagegate::Format::Text,
                ReportFormat::Cyclonedx => imagegate::Format::Cyclonedx,
                ReportFormat::Spdx => imagegate::Format::Spdx,
            };
            match imagegate::scan(&req) {
                Ok(outcome) => Ok(ScanResult {
                    verdict: match outcome.verdict {
                        imagegate::Verdict::Pass => Verdict::Pass,
                        imagegate::Verdict::Fail => Verdict::Fail,
                        imagegate::Verdict::Error => Verdict::Error,
                    },
                    exit_code: outcome.verdict.exit_code(),
                    report: outcome.report,
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = imagegate::cli::run(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(i32::from(code));
}
