// One run of the imageGate step for the cross-host tests (tests/e2e/run.py):
//   groovy pipelines/jenkins/test/e2e.groovy WORKSPACE key=value...
// The keys are the step's arguments (booleans as true/false). The pipeline
// steps are stood in for as in run.groovy: `sh` really runs the command in
// WORKSPACE, so the real host scans the real image. Prints one JSON object:
// the step's result map, the build result and the log (every echo/error).
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

File here = new File(getClass().protectionDomain.codeSource.location.path).parentFile
File libRoot = here.parentFile
def loader = new GroovyClassLoader(getClass().classLoader)
loader.addClasspath(new File(libRoot, 'src').path)

File ws = new File(args[0])
Map stepArgs = args.drop(1).collectEntries { String kv ->
    int i = kv.indexOf('=')
    String k = kv.substring(0, i), v = kv.substring(i + 1)
    [(k): v == 'true' ? true : v == 'false' ? false : v]
}
List log = []
Map build = [result: null]
Binding b = new Binding()
b.setVariable('currentBuild', build)
b.setVariable('sh', { Map m ->
    def proc = new ProcessBuilder('sh', '-c', m.script as String).directory(ws).start()
    def out = new StringBuilder(), err = new StringBuilder()
    proc.consumeProcessOutput(out, err)
    int code = proc.waitFor()
    // What the step's shell prints reaches the Jenkins log.
    log << out.toString() << err.toString()
    return m.returnStatus ? code : (m.returnStdout ? out.toString() : null)
})
// Relative paths are the workspace's, as in Jenkins; absolute ones are themselves.
def at = { String f -> f.startsWith('/') ? new File(f) : new File(ws, f) }
b.setVariable('readJSON', { Map m -> new JsonSlurper().parse(at(m.file as String)) })
b.setVariable('readFile', { String f -> at(f).text })
b.setVariable('fileExists', { String f -> at(f).exists() })
b.setVariable('junit', { Map m -> null })
b.setVariable('archiveArtifacts', { Map m -> null })
b.setVariable('sarif', { Map m -> m })
b.setVariable('recordIssues', { Map m -> null })
b.setVariable('echo', { String s -> log << s })
b.setVariable('error', { String s -> log << s; throw new RuntimeException('error step') })
def step = new GroovyShell(loader, b).parse(new File(libRoot, 'vars/imageGate.groovy'))
Map result = [:]
try {
    result = step.call(stepArgs)
} catch (RuntimeException e) {
    if (e.message != 'error step') throw e
}
println JsonOutput.toJson([result: result, build: build.result, log: log.join('\n')])
