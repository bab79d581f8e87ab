// Tests for the imageGate shared library, run with Debian's groovy:
//   groovy pipelines/jenkins/test/run.groovy
// Jenkins and JenkinsPipelineUnit are not installable here, so the pipeline
// steps (sh, readJSON, junit, error, currentBuild, ...) are stood in for by
// closures in the script binding. `sh` really runs its command, so the
// end-to-end tests run a real scan with the imagegate host on a real image.
//
// Environment: IMAGEGATE_BIN (default target/release/imagegate),
// IMAGEGATE_IMAGES (default target/test-images); IMAGEGATE_REQUIRE_IMAGES=1
// makes missing images a failure instead of a skip.
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

File here = new File(getClass().protectionDomain.codeSource.location.path).parentFile
File libRoot = here.parentFile
File repo = libRoot.parentFile.parentFile
def loader = new GroovyClassLoader(getClass().classLoader)
loader.addClasspath(new File(libRoot, 'src').path)
def ImageGate = loader.loadClass('org.imagegate.ImageGate')

class StepError extends RuntimeException {
    StepError(String m) { super(m) }
}

/** A stand-in for the pipeline: records every step call. */
class Pipeline {
    File workspace
    List calls = []
    Map currentBuild = [result: null]
    boolean warningsNg = true
    /** The environment of `sh` steps (withCredentials binds secrets here). */
    Map env = [:]

    Binding binding() {
        Binding b = new Binding()
        b.setVariable('currentBuild', currentBuild)
        b.setVariable('sh', { Map m ->
            calls << [step: 'sh', script: m.script]
            def p = new ProcessBuilder('sh', '-c', m.script as String).directory(workspace).redirectErrorStream(false)
            p.environment().putAll(env)
            def proc = p.start()
            def out = new StringBuilder(), err = new StringBuilder()
            proc.consumeProcessOutput(out, err)
            int code = proc.waitFor()
            if (m.returnStatus) return code
            if (code != 0) throw new StepError("script returned exit code ${code}")
            return m.returnStdout ? out.toString() : null
        })
        b.setVariable('readJSON', { Map m ->
            calls << [step: 'readJSON', file: m.file]
            new JsonSlurper().parse(new File(workspace, m.file as String))
        })
        b.setVariable('readFile', { String f -> new File(workspace, f).text })
        b.setVariable('fileExists', { String f -> new File(workspace, f).exists() })
        b.setVariable('junit', { Map m -> calls << [step: 'junit'] + m })
        b.setVariable('archiveArtifacts', { Map m -> calls << [step: 'archiveArtifacts'] + m })
        b.setVariable('echo', { String s -> calls << [step: 'echo', message: s] })
        b.setVariable('error', { String s -> calls << [step: 'error', message: s]; throw new StepError(s) })
        if (warningsNg) {
            b.setVariable('sarif', { Map m -> [tool: 'sarif'] + m })
            b.setVariable('recordIssues', { Map m -> calls << [step: 'recordIssues'] + m })
        }
        return b
    }

    /** Load vars/imageGate.groovy as Jenkins does: a script whose unknown methods are steps. */
    def step(File libRoot, GroovyClassLoader loader) {
        def shell = new GroovyShell(loader, binding())
        return shell.parse(new File(libRoot, 'vars/imageGate.groovy'))
    }

    List named(String s) { calls.findAll { it.step == s } }
}

int failed = 0, passed = 0, skipped = 0
def test = { String name, Closure body ->
    try {
        def r = body()
        if (r == 'skip') { skipped++; println "SKIP ${name}" } else { passed++; println "ok   ${name}" }
    } catch (Throwable t) {
        failed++
        println "FAIL ${name}: ${t}"
        t.stackTrace.findAll { it.fileName?.endsWith('.groovy') }.take(4).each { println "       at ${it}" }
    }
}
def check = { boolean cond, def what -> if (!cond) throw new AssertionError((Object) what.toString()) }
def expectThrows = { Class type, Closure body ->
    try { body() } catch (Throwable t) {
        if (type.isInstance(t)) return t
        throw new AssertionError((Object) "expected ${type.simpleName}, got ${t}".toString())
    }
    throw new AssertionError((Object) "expected ${type.simpleName}, nothing thrown".toString())
}
def tempDir = { -> File d = File.createTempDir('imagegate-jenkins', ''); d.deleteOnExit(); d }

// A stand-in host: writes the reports a real scan would and exits with $FAKE_EXIT.
def fakeHost = { File ws, int exit, String verdict ->
    File f = new File(ws, 'fake-imagegate.sh')
    String report = JsonOutput.toJson([schema: 'imagegate.report/v1', verdict: verdict,
        summary: [errors: verdict == 'fail' ? 2 : 0, warnings: 1, notes: 0],
        vulnerabilities: [[id: 'CVE-1', severity: [level: 'high']], [id: 'CVE-2', severity: [level: 'high']], [id: 'CVE-3', severity: [level: 'low']]]])
    f.text = """#!/bin/sh
out=''
while [ \$# -gt 0 ]; do case "\$1" in --output-dir) out="\$2"; shift;; esac; shift; done
if [ ${exit} -eq 2 ]; then echo "imagegate: app.tar: not an image: no manifest.json or index.json" >&2; exit 2; fi
printf '%s' '${report}' > "\$out/imagegate.json"
echo '<testsuites/>' > "\$out/imagegate.junit.xml"
echo '{}' > "\$out/imagegate.sarif"
echo '# verdict' > "\$out/imagegate.md"
exit ${exit}
"""
    f.setExecutable(true)
    f.path
}

// ---- options and command line -------------------------------------------
test('options: image is required') {
    def e = expectThrows(IllegalArgumentException) { ImageGate.options([:]) }
    check(e.message.contains('`image` is required'), e.message)
}
test('options: unknown arguments are named') {
    def e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', fialOn: 'high']) }
    check(e.message.contains('fialOn'), e.message)
}
test('options: failOn must be a severity the CLI takes, in any case') {
    def e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', failOn: 'severe']) }
    check(e.message.contains('failOn must be one of low, medium, high, critical'), e.message)
    // Values the CLI refuses are refused here too.
    ['unknown', 'none'].each { v ->
        expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', failOn: v]) }
    }
    check(ImageGate.options([image: 'a.tar', failOn: 'HIGH']).failOn == 'high', 'failOn is case-insensitive')
}
test('help: every failOn value the help documents is one the real CLI takes') {
    String help = new File(libRoot, 'vars/imageGate.txt').text
    String line = help.readLines().find { it.contains('<dt>failOn</dt>') }
    List documented = (line =~ /<code>([a-z]+)<\/code>/).collect { it[1] }
    check(documented == ImageGate.FAIL_ON, "help documents ${documented}, the step takes ${ImageGate.FAIL_ON}")
    File bin = new File(System.getenv('IMAGEGATE_BIN') ?: new File(repo, 'target/release/imagegate').path)
    if (!bin.exists()) {
        if (System.getenv('IMAGEGATE_REQUIRE_IMAGES') == '1') throw new AssertionError("host missing at ${bin}")
        return 'skip'
    }
    (documented + documented*.toUpperCase()).each { v ->
        // clap refuses a value it does not know before it reads the image (exit 2, "invalid value").
        def p = [bin.path, 'scan', '/nonexistent.tar', '--fail-on', v, '--skip-vulnerabilities'].execute()
        String err = p.err.text
        p.waitFor()
        check(!err.contains('invalid value'), "the CLI refuses --fail-on ${v}: ${err}")
    }
}
test('command: host binary with every option') {
    def argv = ImageGate.command(ImageGate.options([image: 'out/app.tar', policy: 'ci/imagegate.toml', db: '/cache/ig.db',
        failOn: 'high', reference: 'registry.example.com/app:1', imagegate: '/opt/imagegate']))
    check(argv == ['/opt/imagegate', 'scan', 'out/app.tar', '--format', 'json,sarif,junit,markdown', '--output-dir',
        'imagegate-reports', '--policy', 'ci/imagegate.toml', '--db', '/cache/ig.db',
        '--fail-on', 'high', '--reference', 'registry.example.com/app:1'], argv.toString())
    def off = ImageGate.command(ImageGate.options([image: 'a.tar', offline: true, skipVulnerabilities: true]))
    check(off.containsAll(['--offline', '--skip-vulnerabilities']), off.toString())
}
test('command: vex documents, one or a list, each as --vex (preopened one by one under wasmtime run)') {
    def one = ImageGate.command(ImageGate.options([image: 'a.tar', vex: 'sec/app.openvex.json']))
    check(one.containsAll(['--vex', 'sec/app.openvex.json']) && one.count('--vex') == 1, one.toString())
    def two = ImageGate.command(ImageGate.options([image: 'a.tar', vex: ['a.cdx.json', '/w/sec/b.csaf.json'], policy: 'p.toml']))
    int i = two.indexOf('--vex')
    check(two[i..i + 3] == ['--vex', 'a.cdx.json', '--vex', '/w/sec/b.csaf.json'], two.toString())
    def wt = ImageGate.command(ImageGate.options([image: '/w/app.tar', vex: ['/w/sec/b.csaf.json', 'c.vex.json'], wasm: 'ig.wasm', outputDir: 'r']))
    check(wt.containsAll(['--dir', '/w/sec::/vex0', '--dir', '.::/vex1']), wt.toString())
    int j = wt.indexOf('--vex')
    check(wt[j..j + 3] == ['--vex', '/vex0/b.csaf.json', '--vex', '/vex1/c.vex.json'], wt.toString())
    check(!ImageGate.command(ImageGate.options([image: 'a.tar'])).contains('--vex'), 'no vex: none given')
    [[], '', '  ', [''], [null], [1], 42].each { bad ->
        def e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', vex: bad]) }
        check(e.message.contains('vex must be a VEX document'), "${bad}: ${e.message}")
    }
}
test('command: wasmtime run preopens each directory, output the only writable one') {
    def argv = ImageGate.command(ImageGate.options([image: '/w/app.tar', db: 'db/ig.db', wasm: '/opt/imagegate.wasm', outputDir: 'r']))
    check(argv == ['wasmtime', 'run', '-W', 'max-memory-size=536870912', '-W', 'timeout=600s', '--dir', '/w::/image', '--dir', 'r::/out', '--dir', 'db::/db', '/opt/imagegate.wasm',
        'scan', '/image/app.tar', '--format', 'json,sarif,junit,markdown', '--output-dir', '/out', '--db', '/db/ig.db'], argv.toString())
}
test('command: sandbox limits go to the host and to wasmtime run') {
    def host = ImageGate.command(ImageGate.options([image: 'a.tar', memoryLimit: 256, timeout: '30']))
    check(host[-4..-1] == ['--memory-limit', '256', '--timeout', '30'], host.toString())
    def wt = ImageGate.command(ImageGate.options([image: 'a.tar', wasm: 'ig.wasm', memoryLimit: 64, timeout: 5]))
    check(wt[0..5] == ['wasmtime', 'run', '-W', 'max-memory-size=67108864', '-W', 'timeout=5s'], wt.toString())
    def e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', timeout: '0']) }
    check(e.message.contains('timeout must be a whole number above 0'), e.message)
    e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', memoryLimit: '1g']) }
    check(e.message.contains('memoryLimit must be a whole number above 0'), e.message)
}
test('shell quoting survives spaces, quotes and $') {
    String q = ImageGate.shellQuote("it's a \$HOME `x`")
    def p = ['sh', '-c', "printf %s ${q}"].execute()
    check(p.text == "it's a \$HOME `x`", q)
}
test('summarize counts vulnerabilities per severity') {
    def s = ImageGate.summarize([verdict: 'fail', summary: [errors: 3, warnings: 1, notes: 2],
        vulnerabilities: [[severity: [level: 'critical']], [severity: [level: 'high']], [severity: [level: 'high']], [:], [severity: [level: 'bogus']]]])
    check(s.verdict == 'fail' && s.errors == 3 && s.notes == 2, s.toString())
    check(s.vulnerabilities.critical == 1 && s.vulnerabilities.high == 2 && s.vulnerabilities.unknown == 2, s.toString())
    check(ImageGate.summarize(null).verdict == 'error', 'a missing report is an error, never a pass')
}

// ---- the step, with a stand-in host ---------------------------------------
test('step: pass publishes and leaves the build alone') {
    def pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 0, 'pass'))
    check(r.verdict == 'pass' && r.exitCode == 0 && r.vulnerabilities.high == 2, r.toString())
    check(pl.currentBuild.result == null, "result ${pl.currentBuild.result}")
    check(pl.named('junit')[0].testResults == 'imagegate-reports/imagegate.junit.xml', pl.named('junit').toString())
    check(pl.named('archiveArtifacts')[0].artifacts.contains('imagegate-reports/imagegate.sarif'), 'archived SARIF')
    check(pl.named('recordIssues').size() == 1, 'recordIssues with Warnings NG')
}
test('step: unstableOnWarnings marks a passing build with warnings UNSTABLE') {
    def pl = new Pipeline(workspace: tempDir())
    pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 0, 'pass'), unstableOnWarnings: true)
    check(pl.currentBuild.result == 'UNSTABLE', "result ${pl.currentBuild.result}")
}
test('step: fail sets FAILURE and stops the pipeline') {
    def pl = new Pipeline(workspace: tempDir())
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 1, 'fail')) }
    check(e.message.contains('FAIL (2 errors'), e.message)
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
    check(pl.named('junit').size() == 1, 'JUnit is published before failing')
}
test('step: failBuild false returns the verdict without stopping') {
    def pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 1, 'fail'), failBuild: false)
    check(r.verdict == 'fail' && pl.currentBuild.result == 'FAILURE', r.toString())
}
test('step: exit 2 is an error with the host message, never a pass, and nothing is published') {
    def pl = new Pipeline(workspace: tempDir())
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 2, 'x')) }
    check(e.message.contains('could not decide') && e.message.contains('not an image'), e.message)
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
    check(pl.named('junit').isEmpty() && pl.named('readJSON').isEmpty(), 'no partial verdict')
}
test('step: without Warnings NG the SARIF is archived and recordIssues skipped') {
    def pl = new Pipeline(workspace: tempDir(), warningsNg: false)
    pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 0, 'pass'))
    check(pl.named('echo').any { it.message.contains('Warnings NG plugin not installed') }, pl.calls.toString())
}
test('step: missing host binary is an error') {
    def pl = new Pipeline(workspace: tempDir())
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: '/nonexistent/imagegate') }
    check(e.message.contains('could not decide'), e.message)
}

// ---- the step with the real host on real images -----------------------------
File host = new File(System.getenv('IMAGEGATE_BIN') ?: new File(repo, 'target/release/imagegate').path)
File images = new File(System.getenv('IMAGEGATE_IMAGES') ?: new File(repo, 'target/test-images').path)
boolean require = System.getenv('IMAGEGATE_REQUIRE_IMAGES') == '1'
def realImage = { String name ->
    File f = new File(images, name)
    if (host.canExecute() && f.exists()) return f
    if (require) throw new AssertionError((Object) "IMAGEGATE_REQUIRE_IMAGES=1 but ${host} or ${f} is missing".toString())
    println "     (${host} or ${f} missing: build with ./build.sh and tests/images/build.sh)"
    return null
}
/** The Rust host's own verdict and report for the same inputs. */
def hostScan = { File image, List extra ->
    File out = tempDir()
    def argv = [host.path, 'scan', image.path, '--format', 'json', '-o', new File(out, 'r.json').path] + extra
    def p = argv.execute()
    p.waitFor()
    [code: p.exitValue(), report: new File(out, 'r.json').exists() ? new File(out, 'r.json').text : null]
}

test('real host: the step runs a real scan and its verdict equals the host\'s') {
    File image = realImage('bookworm-docker.tar')
    if (image == null) return 'skip'
    def pl = new Pipeline(workspace: tempDir())
    // No DB here (and no network): vulnerability checking off, as the report says.
    def r = pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, failBuild: false, offline: true, skipVulnerabilities: true)
    def direct = hostScan(image, ['--offline', '--skip-vulnerabilities'])
    def expected = new JsonSlurper().parseText(direct.report)
    check(r.exitCode == direct.code, "exit ${r.exitCode} vs host ${direct.code}")
    check(r.verdict == expected.verdict, "verdict ${r.verdict} vs host ${expected.verdict}")
    File json = new File(pl.workspace, 'imagegate-reports/imagegate.json')
    check(json.text == direct.report, 'the step\'s JSON report is byte-identical to the host\'s')
    check(new JsonSlurper().parse(json).packages.size() > 50, 'a real inventory')
    ['imagegate.sarif', 'imagegate.junit.xml', 'imagegate.md'].each {
        check(new File(pl.workspace, "imagegate-reports/${it}").length() > 0, "${it} written")
    }
}
test('real host: a policy the image breaks fails the build, and the verdict equals the host\'s') {
    File image = realImage('bookworm-docker.tar')
    if (image == null) return 'skip'
    def pl = new Pipeline(workspace: tempDir())
    File policy = new File(pl.workspace, 'imagegate.toml')
    policy.text = '[config]\nrequired-labels = ["org.opencontainers.image.licenses"]\n'
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, policy: policy.path, offline: true, skipVulnerabilities: true) }
    check(e.message.contains('FAIL (1 errors'), e.message)
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
    check(pl.named('junit').size() == 1, 'JUnit published before failing')
    def direct = hostScan(image, ['--policy', policy.path, '--offline', '--skip-vulnerabilities'])
    check(direct.code == 1, "host exit ${direct.code}")
    File json = new File(pl.workspace, 'imagegate-reports/imagegate.json')
    check(json.text == direct.report, 'the step\'s JSON report is byte-identical to the host\'s')
    check(new File(pl.workspace, 'imagegate-reports/imagegate.junit.xml').text.contains('<failure'), 'the JUnit report carries the failure')
}
test('real host: a hostile input is an error with the file named') {
    File image = realImage('bookworm-docker.tar')
    if (image == null) return 'skip'
    def pl = new Pipeline(workspace: tempDir())
    File bad = new File(pl.workspace, 'broken.tar')
    bad.bytes = image.newInputStream().withCloseable { it.readNBytes(100000) }
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: bad.path, imagegate: host.path, offline: true, skipVulnerabilities: true) }
    check(e.message.contains('broken.tar'), e.message)
    check(pl.currentBuild.result == 'FAILURE', 'error is never a pass')
}
test('real host: the vex documents reach the scan: a bad one is an error naming it, as with the host') {
    File image = realImage('bookworm-docker.tar')
    if (image == null) return 'skip'
    def pl = new Pipeline(workspace: tempDir())
    new File(pl.workspace, 'sec').mkdirs()
    File doc = new File(pl.workspace, 'sec/app.openvex.json')
    doc.text = '{"@context": "https://openvex.dev/ns/v0.2.0", "statements": [{"vulnerability": {"name": "CVE-2023-1"}, "products": [{"@id": "pkg:deb/debian/zlib1g"}], "status": "not_afected"}]}'
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, vex: [doc.path], offline: true, skipVulnerabilities: true) }
    check(e.message.contains('app.openvex.json') && e.message.contains('not_afected'), e.message)
    check(pl.currentBuild.result == 'FAILURE', 'error is never a pass')
    def direct = hostScan(image, ['--vex', doc.path, '--offline', '--skip-vulnerabilities'])
    check(direct.code == 2, "host exit ${direct.code}")
    // A valid one is read and the scan decides.
    doc.text = doc.text.replace('not_afected', 'under_investigation')
    def r = pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, vex: doc.path, offline: true, skipVulnerabilities: true, failBuild: false)
    check(r.exitCode == hostScan(image, ['--vex', doc.path, '--offline', '--skip-vulnerabilities']).code, r.toString())
    check(r.verdict != 'error', r.toString())
}
test('real host: no DB offline is an error with its reports published, never a pass') {
    File image = realImage('bookworm-docker.tar')
    if (image == null) return 'skip'
    def pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, offline: true, failBuild: false)
    check(r.verdict == 'error' && r.exitCode == 2, r.toString())
    check(r.message.contains('no vulnerability DB'), r.message)
    check(pl.named('junit').size() == 1, 'the reports of an undecided scan are published')
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
}
test('step: reportOnly marks a failing build UNSTABLE and goes on; an error still fails') {
    def pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 1, 'fail'), reportOnly: true)
    check(r.verdict == 'fail' && pl.currentBuild.result == 'UNSTABLE', r.toString())
    pl = new Pipeline(workspace: tempDir())
    expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeHost(pl.workspace, 2, 'x'), reportOnly: true) }
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
}

// ---- attestations: attestKey / attestPush ----------------------------------
/** A fresh P-256 key pair: [private PKCS#8 PEM, public SPKI PEM] (no key in the repository). */
def keyPair = { ->
    def g = java.security.KeyPairGenerator.getInstance('EC')
    g.initialize(new java.security.spec.ECGenParameterSpec('secp256r1'))
    def kp = g.generateKeyPair()
    def pem = { String type, byte[] der -> "-----BEGIN ${type}-----\n" + der.encodeBase64().toString().replaceAll(/(.{64})/, '$1\n').replaceAll(/\n$/, '') + "\n-----END ${type}-----\n" }
    [pem('PRIVATE KEY', kp.private.encoded), pem('PUBLIC KEY', kp.public.encoded)]
}
// A stand-in host that also answers `attest`: writes the -o file and exits with `attestExit`.
def fakeAttestHost = { File ws, int scanExit, String verdict, int attestExit ->
    String scan = fakeHost(ws, scanExit, verdict)
    File f = new File(ws, 'fake-attest.sh')
    f.text = """#!/bin/sh
if [ "\$1" != attest ]; then exec ${scan} "\$@"; fi
echo "\$@" > "${ws}/attest-args"
out=''
while [ \$# -gt 0 ]; do case "\$1" in -o) out="\$2"; shift;; esac; shift; done
if [ ${attestExit} -eq 2 ]; then echo "imagegate: --key env://IG_KEY: the environment variable IG_KEY is not set" >&2; exit 2; fi
echo '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}' > "\$out"
echo "imagegate: attested verdict ${verdict} (key abc) in \$out" >&2
exit ${attestExit}
"""
    f.setExecutable(true)
    f.path
}

test('options: attestKey names the key (env://VAR or a file), never holds it; attestPush needs a key and a reference') {
    def o = ImageGate.options([image: 'a.tar', attestKey: 'env://IG_KEY'])
    check(o.attestKey == 'env://IG_KEY' && o.attestation == 'imagegate-reports/imagegate.att.json', o.toString())
    check(ImageGate.options([image: 'a.tar', attestKey: 'k.pem', attestation: 'x.json']).attestation == 'x.json', 'attestation')
    check(ImageGate.options([image: 'a.tar']).attestation == null, 'no key, no attestation')
    def e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', attestKey: '-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----\n']) }
    check(e.message.contains('never the PEM itself') && !e.message.contains('MIG'), e.message)
    e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', attestKey: 'env://K', wasm: 'ig.wasm']) }
    check(e.message.contains('needs the imagegate host binary'), e.message)
    e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', attestPush: true]) }
    check(e.message.contains('attestPush needs attestKey'), e.message)
    e = expectThrows(IllegalArgumentException) { ImageGate.options([image: 'a.tar', attestPush: true, attestKey: 'env://K']) }
    check(e.message.contains('attestPush needs reference'), e.message)
}
test('attestCommand: the same scan options; attestPush attests registry://reference with --attach') {
    def local = ImageGate.attestCommand(ImageGate.options([image: 'out/app', attestKey: 'env://IG_KEY', policy: 'p.toml', vex: 'a.vex.json', db: 'ig.db', failOn: 'HIGH', offline: true, reference: 'reg.example/team/app:1', memoryLimit: 256]))
    check(local == ['imagegate', 'attest', 'out/app', '--key', 'env://IG_KEY', '-o', 'imagegate-reports/imagegate.att.json', '--policy', 'p.toml', '--vex', 'a.vex.json',
        '--db', 'ig.db', '--offline', '--memory-limit', '256', '--fail-on', 'high', '--reference', 'reg.example/team/app:1'], local.toString())
    def push = ImageGate.attestCommand(ImageGate.options([image: 'app.tar', attestKey: '/run/k.pem', attestPush: true, reference: 'reg.example/team/app:1', skipVulnerabilities: true]))
    check(push[0..7] == ['imagegate', 'attest', 'registry://reg.example/team/app:1', '--key', '/run/k.pem', '-o', 'imagegate-reports/imagegate.att.json', '--attach'], push.toString())
    check(push.contains('--skip-vulnerabilities'), push.toString())
}
test('step: attests after a decided scan and returns the file; archives it') {
    def pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeAttestHost(pl.workspace, 0, 'pass', 0), attestKey: 'env://IG_KEY')
    check(r.verdict == 'pass' && r.attestation == 'imagegate-reports/imagegate.att.json' && r.attestExitCode == 0, r.toString())
    check(new File(pl.workspace, r.attestation).exists(), 'bundle written')
    check(pl.calls.any { it.step == 'sh' && it.script.startsWith("'${pl.workspace}/fake-attest.sh' 'attest' 'app.tar' '--key' 'env://IG_KEY'") }, pl.named('sh').toString())
    check(pl.named('archiveArtifacts').any { it.artifacts == 'imagegate-reports/imagegate.att.json' }, pl.named('archiveArtifacts').toString())
    check(pl.named('echo').any { it.message.contains('attested verdict pass') }, pl.calls.toString())
    check(pl.currentBuild.result == null, "result ${pl.currentBuild.result}")
    // A failing verdict is attested too (and fails the build as always).
    pl = new Pipeline(workspace: tempDir())
    r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeAttestHost(pl.workspace, 1, 'fail', 1), attestKey: 'env://IG_KEY', failBuild: false)
    check(r.verdict == 'fail' && r.attestation && pl.currentBuild.result == 'FAILURE', r.toString())
}
test('step: no attestation for an undecided scan; a failed or different attestation fails a passing build') {
    def pl = new Pipeline(workspace: tempDir())
    expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeAttestHost(pl.workspace, 2, 'x', 0), attestKey: 'env://IG_KEY') }
    check(!new File(pl.workspace, 'attest-args').exists(), 'attest ran after an error')
    check(pl.named('echo').any { it.message.contains('an undecided scan is never attested') }, pl.calls.toString())
    pl = new Pipeline(workspace: tempDir())
    def e = expectThrows(StepError) { pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeAttestHost(pl.workspace, 0, 'pass', 2), attestKey: 'env://IG_KEY') }
    check(e.message.contains('the verdict was not attested (exit 2)') && e.message.contains('IG_KEY is not set'), e.message)
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
    pl = new Pipeline(workspace: tempDir())
    def r = pl.step(libRoot, loader).call(image: 'app.tar', imagegate: fakeAttestHost(pl.workspace, 0, 'pass', 1), attestKey: 'env://IG_KEY', attestPush: true, reference: 'reg.example/a:1', failBuild: false)
    check(r.verdict == 'pass' && r.attestError.contains('the verdicts differ') && r.attestError.contains('the one scanned'), r.toString())
    check(pl.currentBuild.result == 'FAILURE', "result ${pl.currentBuild.result}")
}

/** A docker-registry on loopback with bookworm-oci pushed as team/app:1, or null (skipped). */
def startRegistry = { ->
    File bin = new File('/usr/bin/docker-registry')
    File layout = new File(images, 'bookworm-oci')
    boolean skopeo = ['sh', '-c', 'command -v skopeo'].execute().waitFor() == 0
    if (!bin.exists() || !skopeo || !layout.exists() || !host.canExecute()) {
        if (require) throw new AssertionError((Object) "IMAGEGATE_REQUIRE_IMAGES=1 but docker-registry, skopeo, ${layout} or ${host} is missing".toString())
        println '     (docker-registry, skopeo, the test images or the host missing)'
        return null
    }
    def sock = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1'))
    int port = sock.localPort
    sock.close()
    File dir = tempDir()
    File config = new File(dir, 'config.yml')
    config.text = "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n"
    def proc = new ProcessBuilder(bin.path, 'serve', config.path).redirectErrorStream(true).redirectOutput(new File(dir, 'log')).start()
    long start = System.currentTimeMillis()
    while (true) {
        try { new Socket('127.0.0.1', port).close(); break } catch (IOException ignored) { }
        if (System.currentTimeMillis() - start > 20000) { proc.destroy(); throw new AssertionError('docker-registry did not start') }
        Thread.sleep(100)
    }
    def push = ['skopeo', '--insecure-policy', 'copy', '--dest-tls-verify=false', "oci:${layout}:bookworm", "docker://127.0.0.1:${port}/team/app:1"].execute()
    String err = push.err.text
    if (push.waitFor() != 0) { proc.destroy(); throw new AssertionError((Object) "skopeo: ${err}".toString()) }
    [proc: proc, host: "127.0.0.1:${port}".toString()]
}

test('real host: attestKey from withCredentials (env://) signs the verdict; the host verifies the bundle') {
    File image = realImage('bookworm-oci')
    if (image == null) return 'skip'
    def (String key, String pub) = keyPair()
    def pl = new Pipeline(workspace: tempDir(), env: [IG_KEY: key])
    File pubFile = new File(pl.workspace, 'key.pub')
    pubFile.text = pub
    def r = pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, offline: true, skipVulnerabilities: true, attestKey: 'env://IG_KEY')
    check(r.verdict == 'pass' && r.attestation == 'imagegate-reports/imagegate.att.json', r.toString())
    File bundle = new File(pl.workspace, r.attestation)
    def v = [host.path, 'verify-attestation', image.path, '--key', pubFile.path, '--bundle', bundle.path].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    v.waitForProcessOutput(out, err)
    check(v.exitValue() == 0, "verify-attestation: ${out} ${err}")
    // Another key does not verify it.
    File other = new File(pl.workspace, 'other.pub')
    other.text = keyPair()[1]
    def w = [host.path, 'verify-attestation', image.path, '--key', other.path, '--bundle', bundle.path].execute()
    w.waitForProcessOutput(new StringBuilder(), new StringBuilder())
    check(w.exitValue() == 1, "another key: exit ${w.exitValue()}")
    // The key never reaches the log (echo steps, the sh scripts).
    String log = pl.calls.toString()
    key.readLines().findAll { it && !it.startsWith('-----') }.each { check(!log.contains(it), 'a line of the key is in the log') }
}
test('real host + real registry: attestPush attaches to registry://reference; the .att tag and the referrers tag are there and the bundle verifies on the pulled image') {
    def reg = startRegistry()
    if (reg == null) return 'skip'
    try {
        File image = new File(images, 'bookworm-oci')
        def (String key, String pub) = keyPair()
        def pl = new Pipeline(workspace: tempDir(), env: [IG_KEY: key, HOME: tempDir().path])
        File pubFile = new File(pl.workspace, 'key.pub')
        pubFile.text = pub
        String ref = "${reg.host}/team/app:1"
        def r = pl.step(libRoot, loader).call(image: image.path, imagegate: host.path, offline: true, skipVulnerabilities: true, attestKey: 'env://IG_KEY', attestPush: true, reference: ref)
        check(r.verdict == 'pass' && r.attestExitCode == 0, r.toString())
        String attached = pl.named('echo').collect { it.message }.find { it.contains('attached to') }
        check(attached != null && attached.contains('referrers tag sha256-') && attached.contains('.att'), pl.calls.toString())
        String digest = new JsonSlurper().parse(new File(pl.workspace, 'imagegate-reports/imagegate.json')).image.manifest_digest
        String hex = digest.substring(7)
        def get = { String p -> def c = new URL("http://${reg.host}${p}").openConnection(); c.setRequestProperty('Accept', 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json'); new JsonSlurper().parse(c.inputStream) }
        def att = get("/v2/team/app/manifests/sha256-${hex}.att")
        check(att.layers.size() == 1 && att.layers[0].mediaType == 'application/vnd.dsse.envelope.v1+json', att.toString())
        def index = get("/v2/team/app/manifests/sha256-${hex}")
        check(index.manifests.size() == 1 && index.manifests[0].artifactType == 'application/vnd.dev.sigstore.bundle.v0.3+json', index.toString())
        File pulled = new File(tempDir(), 'pulled')
        def p = [host.path, 'pull', "${reg.host}/team/app@${digest}", '-o', pulled.path].execute()
        String perr = p.err.text
        check(p.waitFor() == 0, perr)
        def v = [host.path, 'verify-attestation', pulled.path, '--key', pubFile.path, '--bundle', new File(pl.workspace, r.attestation).path].execute()
        String vout = v.text
        check(v.waitFor() == 0, vout)
    } finally {
        reg.proc.destroy()
    }
}

println "\n${passed} passed, ${failed} failed, ${skipped} skipped"
System.exit(failed == 0 ? 0 : 1)
