package org.imagegate

/**
 * The logic of the `imageGate` pipeline step: build the command line, run the
 * imagegate host binary (or `wasmtime run` with the component), read the JSON
 * verdict, publish JUnit / SARIF / JSON, and set the build result.
 *
 * The step owns no scanning logic: the verdict is the component's. Exit
 * codes: 0 pass, 1 fail, 2 error (could not decide). Error is never a pass.
 */
class ImageGate implements Serializable {
    private static final long serialVersionUID = 1L

    /** Report files the scan writes into the output directory. */
    static final Map<String, String> REPORT_FILES = [
        json    : 'imagegate.json',
        sarif   : 'imagegate.sarif',
        junit   : 'imagegate.junit.xml',
        markdown: 'imagegate.md',
    ]

    /** Vulnerability severity levels of the JSON report (`vulnerabilities[].severity.level`). */
    static final List<String> SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown']
    /** The values `failOn` takes: exactly the CLI's `--fail-on` (any case, as in every host). */
    static final List<String> FAIL_ON = ['low', 'medium', 'high', 'critical']
    /** The host's default sandbox limits (`--memory-limit` MiB, `--timeout` s). */
    static final long DEFAULT_MEMORY_MIB = 512
    static final long DEFAULT_TIMEOUT_S = 600

    private final def steps

    ImageGate(def steps) {
        this.steps = steps
    }

    /** Validate the step arguments and fill in defaults. Throws IllegalArgumentException. */
    static Map options(Map args) {
        Map known = [
            image            : null,
            policy           : null,
            vex              : null,
            failOn           : null,
            db               : null,
            reference        : null,
            outputDir        : 'imagegate-reports',
            offline          : false,
            skipVulnerabilities: false,
            reportOnly       : false,
            imagegate        : 'imagegate',
            wasm             : null,
            wasmtime         : 'wasmtime',
            failBuild        : true,
            unstableOnWarnings: false,
            publishJUnit     : true,
            archive          : true,
            recordIssues     : true,
            memoryLimit      : null,
            timeout          : null,
            attestKey        : null,
            attestation      : null,
            attestPush       : false,
        ]
        List<String> unknown = (args.keySet() as List<String>).findAll { !known.containsKey(it) }.sort()
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("imageGate: unknown argument(s) ${unknown.join(', ')}; known: ${known.keySet().sort().join(', ')}")
        }
        Map o = known + args
        if (!o.image) {
            throw new IllegalArgumentException('imageGate: `image` is required (a docker-archive or OCI-archive tarball, or an OCI layout directory)')
        }
        if (o.failOn) {
            String f = o.failOn.toString().toLowerCase()
            if (!(f in FAIL_ON)) {
                throw new IllegalArgumentException("imageGate: failOn must be one of ${FAIL_ON.join(', ')} (any case), not ${o.failOn}")
            }
            o.failOn = f
        }
        // `vex`: one path or a list of paths (the CLI's `--vex FILE`, repeatable).
        if (o.vex != null) {
            List v = (o.vex instanceof Collection ? o.vex : [o.vex]) as List
            if (v.isEmpty() || v.any { it == null || !(it instanceof CharSequence) || it.toString().trim().isEmpty() }) {
                throw new IllegalArgumentException("imageGate: vex must be a VEX document's path or a list of paths, not ${o.vex}")
            }
            o.vex = v.collect { it.toString().trim() }
        }
        ['memoryLimit', 'timeout'].each { k ->
            if (o[k] != null && !(o[k].toString() ==~ /[1-9][0-9]{0,8}/)) {
                throw new IllegalArgumentException("imageGate: ${k} must be a whole number above 0, not ${o[k]}")
            }
        }
        // Signing: the key is named, never given as text (its value would reach the log).
        if (o.attestKey != null) {
            String k = o.attestKey.toString().trim()
            if (k.isEmpty() || k.contains('\n') || k.contains('-----BEGIN')) {
                throw new IllegalArgumentException('imageGate: attestKey names the private key: env://VAR (withCredentials) or the path of a PEM file, never the PEM itself')
            }
            if (o.wasm) {
                throw new IllegalArgumentException('imageGate: attestKey needs the imagegate host binary (imagegate attest), not wasm:')
            }
            o.attestKey = k
            o.attestation = (o.attestation ?: "${o.outputDir}/${ATTESTATION_FILE}").toString()
        }
        if (o.attestPush) {
            if (o.attestKey == null) {
                throw new IllegalArgumentException('imageGate: attestPush needs attestKey (the signing key)')
            }
            if (!o.reference) {
                throw new IllegalArgumentException('imageGate: attestPush needs reference, the registry reference the image was pushed by (HOST/REPO:TAG)')
            }
        }
        return o
    }

    /** The attestation's default file name in `outputDir`. */
    static final String ATTESTATION_FILE = 'imagegate.att.json'

    /**
     * The command that signs the verdict (`imagegate attest`) with the same
     * scan options. With `attestPush` it attests the image in its registry,
     * `registry://<reference>` (pulled and scanned again: the verdict is of
     * exactly what was pushed), and attaches it there (`--attach`: an OCI 1.1
     * referrer, the referrers tag fallback, cosign's `.att` tag).
     */
    static List<String> attestCommand(Map o) {
        String target = o.attestPush ? "registry://${o.reference}" : o.image as String
        List<String> argv = [o.imagegate as String, 'attest', target, '--key', o.attestKey as String, '-o', o.attestation as String]
        if (o.attestPush) argv += ['--attach']
        if (o.policy) argv += ['--policy', o.policy as String]
        ((o.vex ?: []) as List<String>).each { String v -> argv += ['--vex', v] }
        if (o.db) argv += ['--db', o.db as String]
        if (o.offline) argv += ['--offline']
        if (o.skipVulnerabilities) argv += ['--skip-vulnerabilities']
        if (o.memoryLimit) argv += ['--memory-limit', o.memoryLimit.toString()]
        if (o.timeout) argv += ['--timeout', o.timeout.toString()]
        if (o.failOn) argv += ['--fail-on', o.failOn as String]
        if (o.reference) argv += ['--reference', o.reference as String]
        return argv.collect { it.toString() }
    }

    /** Quote one argument for a POSIX shell. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'"
    }

    /**
     * The command that runs the scan, as an argument list. With `wasm` set the
     * component runs under the wasmtime CLI; the image's directory, the policy
     * and DB directories are preopened read-only and the output directory is
     * the only writable one. The sandbox limits are the host's `--memory-limit`
     * (MiB) and `--timeout` (s), given only when set (the host's defaults are
     * 512 MiB and 600 s); wasmtime run has no limits of its own, so there they
     * are always given, with the same defaults.
     */
    static List<String> command(Map o) {
        List<String> formats = ['json', 'sarif', 'junit', 'markdown']
        List<String> argv
        String image = o.image as String
        String outDir = o.outputDir as String
        String policy = o.policy as String
        String db = o.db as String
        List<String> vex = (o.vex ?: []) as List<String>
        if (o.wasm) {
            argv = [o.wasmtime as String, 'run']
            long mib = (o.memoryLimit ?: DEFAULT_MEMORY_MIB).toString() as long
            argv += ['-W', "max-memory-size=${mib * 1024 * 1024}", '-W', "timeout=${o.timeout ?: DEFAULT_TIMEOUT_S}s"]
            argv += ['--dir', "${parent(image)}::/image"]
            argv += ['--dir', "${outDir}::/out"]
            if (policy) argv += ['--dir', "${parent(policy)}::/policy"]
            if (db) argv += ['--dir', "${parent(db)}::/db"]
            vex.eachWithIndex { String v, int i -> argv += ['--dir', "${parent(v)}::/vex${i}"] }
            argv += [o.wasm as String, 'scan', "/image/${baseName(image)}"]
            argv += ['--format', formats.join(','), '--output-dir', '/out']
            if (policy) argv += ['--policy', "/policy/${baseName(policy)}"]
            vex.eachWithIndex { String v, int i -> argv += ['--vex', "/vex${i}/${baseName(v)}"] }
            if (db) argv += ['--db', "/db/${baseName(db)}"]
            if (o.skipVulnerabilities) argv += ['--skip-vulnerabilities']
        } else {
            argv = [o.imagegate as String, 'scan', image, '--format', formats.join(','), '--output-dir', outDir]
            if (policy) argv += ['--policy', policy]
            vex.each { String v -> argv += ['--vex', v] }
            if (db) argv += ['--db', db]
            if (o.offline) argv += ['--offline']
            if (o.skipVulnerabilities) argv += ['--skip-vulnerabilities']
            if (o.memoryLimit) argv += ['--memory-limit', o.memoryLimit.toString()]
            if (o.timeout) argv += ['--timeout', o.timeout.toString()]
        }
        if (o.failOn) argv += ['--fail-on', o.failOn as String]
        if (o.reference) argv += ['--reference', o.reference as String]
        return argv.collect { it.toString() }
    }

    static String parent(String path) {
        int i = path.replaceAll('/+$', '').lastIndexOf('/')
        return i < 0 ? '.' : (i == 0 ? '/' : path.substring(0, i))
    }

    static String baseName(String path) {
        String p = path.replaceAll('/+$', '')
        int i = p.lastIndexOf('/')
        return i < 0 ? p : p.substring(i + 1)
    }

    /** The verdict and counts from a parsed JSON report. */
    static Map summarize(def report) {
        Map counts = [:]
        SEVERITIES.each { counts[it] = 0 }
        (report?.vulnerabilities ?: []).each { v ->
            String s = (v?.severity?.level ?: 'unknown').toString().toLowerCase()
            if (!(s in SEVERITIES)) s = 'unknown'
            counts[s] = counts[s] + 1
        }
        def summary = report?.summary ?: [:]
        return [
            verdict        : (report?.verdict ?: 'error').toString(),
            errors         : (summary.errors ?: 0) as int,
            warnings       : (summary.warnings ?: 0) as int,
            notes          : (summary.notes ?: 0) as int,
            vulnerabilities: counts,
        ]
    }

    /**
     * Run the gate. Returns a map with `verdict` (`pass`, `fail` or `error`),
     * `exitCode`, the counts and the report paths. Sets the build result
     * (`FAILURE` on fail or error, `UNSTABLE` for warnings when asked) and,
     * with `failBuild` (default), stops the pipeline on fail or error.
     */
    Map run(Map args) {
        Map o = options(args)
        String outDir = o.outputDir as String
        steps.sh(script: "mkdir -p ${shellQuote(outDir)}", label: 'imagegate: prepare output directory')
        String errFile = "${outDir}/imagegate.stderr"
        String cmd = command(o).collect { shellQuote(it) }.join(' ') + " 2> ${shellQuote(errFile)}"
        int code = steps.sh(script: cmd, returnStatus: true, label: 'imagegate scan') as int
        Map paths = REPORT_FILES.collectEntries { k, v -> [(k): "${outDir}/${v}".toString()] }
        Map result = [exitCode: code, reports: paths]
        // Exit 2 with a report: the gate scanned but could not decide (e.g.
        // no vulnerability DB); its reports are published like any other.
        boolean reported = (code == 0 || code == 1) || (code == 2 && steps.fileExists(paths.json))
        if (reported) {
            def report = steps.readJSON(file: paths.json)
            result += summarize(report)
            if (code == 2) {
                result.verdict = 'error'
                List undecided = (report?.policy?.undecided ?: []) as List
                result.message = undecided ? undecided.join('; ') : 'see the report'
            }
            publish(o, paths)
        } else {
            // The host's stderr is log-safe (no line from the image can start a command).
            String why = steps.fileExists(errFile) ? steps.readFile(errFile).trim() : ''
            result += [verdict: 'error', errors: 0, warnings: 0, notes: 0, message: why]
        }
        if (o.attestKey != null) attest(o, result)
        decide(o, result)
        return result
    }

    /**
     * Sign the verdict of a decided scan (an undecided one is never attested)
     * and, with attestPush, attach it in the registry. The attestation must
     * record the scan's verdict (its exit code, 0 or 1); anything else (exit
     * 2, another verdict) is an error: the pipeline asked for an attestation.
     */
    private void attest(Map o, Map result) {
        if (!(result.verdict in ['pass', 'fail'])) {
            steps.echo('imagegate: no attestation: the scan could not decide (an undecided scan is never attested)')
            return
        }
        String errFile = "${o.outputDir}/imagegate-attest.stderr"
        String cmd = attestCommand(o).collect { shellQuote(it) }.join(' ') + " 2> ${shellQuote(errFile)}"
        int code = steps.sh(script: cmd, returnStatus: true, label: o.attestPush ? 'imagegate attest --attach' : 'imagegate attest') as int
        // The host's stderr is log-safe and never holds the key.
        String log = steps.fileExists(errFile) ? steps.readFile(errFile).trim() : ''
        result.attestExitCode = code
        if (code == result.exitCode && steps.fileExists(o.attestation as String)) {
            result.attestation = o.attestation
            if (log) steps.echo(log)
            if (o.archive) steps.archiveArtifacts(artifacts: o.attestation as String, allowEmptyArchive: false, fingerprint: true)
            return
        }
        String why = code == 2 ? (log ?: 'see the log') :
            "the attestation records exit code ${code}, the scan ${result.exitCode}: the verdicts differ${o.attestPush ? ' (is the image in the registry the one scanned?)' : ''}"
        result.attestError = "imagegate: the verdict was not attested (exit ${code}): ${why}".toString()
    }

    private void publish(Map o, Map paths) {
        if (o.publishJUnit) {
            steps.junit(testResults: paths.junit, allowEmptyResults: true)
        }
        if (o.archive) {
            steps.archiveArtifacts(artifacts: [paths.json, paths.sarif, paths.junit, paths.markdown].join(','), allowEmptyArchive: true, fingerprint: true)
        }
        if (o.recordIssues) {
            try {
                steps.recordIssues(tools: [steps.sarif(pattern: paths.sarif, id: 'imagegate', name: 'imagegate')])
            } catch (MissingMethodException | NoSuchMethodError e) {
                // The Warnings NG plugin is not installed: JUnit and the archived SARIF remain.
                steps.echo('imagegate: Warnings NG plugin not installed; skipping recordIssues')
            }
        }
    }

    private void decide(Map o, Map result) {
        if (result.attestError) {
            // Asked for and not made: the build fails whatever the verdict.
            steps.currentBuild.result = 'FAILURE'
            if (o.failBuild) steps.error(result.attestError as String)
            steps.echo(result.attestError as String)
            return
        }
        String v = result.verdict
        String line = "imagegate: ${v.toUpperCase()} (${result.errors} errors, ${result.warnings} warnings)"
        if (v == 'pass') {
            if (o.unstableOnWarnings && (result.warnings as int) > 0) {
                steps.currentBuild.result = 'UNSTABLE'
                steps.echo("${line}: build marked UNSTABLE")
            } else {
                steps.echo(line)
            }
            return
        }
        if (v == 'fail' && o.reportOnly) {
            // Report-only: published, marked UNSTABLE, the pipeline goes on.
            steps.currentBuild.result = 'UNSTABLE'
            steps.echo("${line}: report-only, the build goes on (UNSTABLE)")
            return
        }
        steps.currentBuild.result = 'FAILURE'
        String msg = v == 'fail' ? "${line}: the image may not ship" :
            "imagegate: ERROR, the gate could not decide (exit ${result.exitCode}): ${result.message ?: 'see the log'}"
        if (o.failBuild) {
            steps.error(msg)
        } else {
            steps.echo(msg)
        }
    }
}
