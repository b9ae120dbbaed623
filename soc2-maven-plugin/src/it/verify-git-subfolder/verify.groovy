// CI tools resolve the files the reports name from the root of the git repository: compliance/soc2/..., not the
// policy repository's own controls/..., and SARIF says which root its paths start from.
import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def xml = { File file -> DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file) }
def version = xml(new File(basedir, 'pom.xml')).getElementsByTagName('plugin').item(0).getElementsByTagName('version').item(0).textContent
def run = new JsonSlurper().parse(new File(basedir, 'target/soc2/verify.sarif')).runs[0]
assert run.tool.driver.version == version
assert run.originalUriBaseIds['%SRCROOT%'].description.text == 'The root of the git repository that tracks the policy repository.'
def locations = run.results.collect { it.locations[0].physicalLocation.artifactLocation }
assert !locations.isEmpty()
locations.each { location ->
    assert location.uriBaseId == '%SRCROOT%'
    assert location.uri.startsWith('compliance/soc2/') : "a SARIF path from the git root: ${location.uri}"
}
assert locations.any { it.uri == 'compliance/soc2/evidence/sources.yaml' }
def missing = run.tool.driver.rules.find { it.id == 'evidence-missing' }
assert missing.help.markdown.startsWith('# evidence-missing\n')

def cases = xml(new File(basedir, 'target/soc2/TEST-soc2.xml')).getElementsByTagName('testcase')
def testCases = (0..<cases.length).collect { cases.item(it) }
def control = testCases.find { it.getAttribute('name').startsWith('CHG-01: ') }
assert control.getAttribute('file') == 'compliance/soc2/controls/CHG-01.yaml'
def source = testCases.find { it.getAttribute('classname') == 'soc2.findings' && it.getAttribute('name').startsWith('evidence-missing: ') }
assert source.getAttribute('file') == 'compliance/soc2/evidence/sources.yaml'
assert source.getElementsByTagName('failure').length == 1 : 'an export that is missing fails a test case of its own'

// the goal ran from the plugin's own jar, which holds every library it needs (JGit without its signature, which Maven
// would check in every build): the installed POM names no dependency whose POMs Maven would read to build the
// plugin's class path
def installed = new File(localRepositoryPath, "io/github/soc2kit/soc2-maven-plugin/${version}")
def jar = new java.util.jar.JarFile(new File(installed, "soc2-maven-plugin-${version}.jar"))
def entry = { String name ->
    def found = jar.getEntry(name)
    assert found != null : "the plugin's jar holds ${name}"
    found
}
def text = { String name -> jar.getInputStream(entry(name)).getText('UTF-8') }
['io/github/soc2kit/core/api/EvidenceVerifier.class', 'tools/jackson/databind/ObjectMapper.class', 'dev/cel/compiler/CelCompiler.class',
 'org/eclipse/jgit/lib/Repository.class', 'com/googlecode/javaewah/EWAHCompressedBitmap.class',
 // Guava's own dependency, which goes missing when Maven's Guava (provided) wins over CEL's
 'com/google/common/util/concurrent/internal/InternalFutureFailureAccess.class'].each(entry)
assert !jar.entries().toList().any { it.name ==~ /META-INF\/[^\/]+\.(SF|RSA|DSA|EC)/ }
assert jar.manifest.mainAttributes.getValue('Multi-Release') == 'true'
def notice = text('META-INF/NOTICE')
assert notice.contains('# Jackson JSON processor') && notice.contains('Apache PDFBox\n') : 'the notices of the jars, merged'
assert text('META-INF/LICENSE.txt').contains('Stephen Colebourne') : 'the licence texts of the jars, one after another'
jar.close()
def pom = xml(new File(installed, "soc2-maven-plugin-${version}.pom"))
def dependencies = pom.getElementsByTagName('dependency')
def scopes = (0..<dependencies.length).collectEntries {
    def dependency = dependencies.item(it)
    [(dependency.getElementsByTagName('artifactId').item(0).textContent): dependency.getElementsByTagName('scope').item(0)?.textContent]
}
assert scopes.findAll { name, scope -> !(scope in ['provided', 'test']) }.isEmpty() : "the installed POM names ${scopes}"
