import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def report = { String module -> new JsonSlurper().parse(new File(basedir, module + '/target/soc2/verify.json')) }
def plain = report('plain')
assert plain.controls.size() > 40 : 'the example repository was verified'

// the evidence folder through a link inside the repository: everything the same, file paths and digests included
assert JsonOutput.toJson(report('linked')) == JsonOutput.toJson(plain)

// the HRIS export in report form: the same results and findings; only the file's digest and size differ
def hris = report('hris-report')
assert JsonOutput.toJson(hris.controls) == JsonOutput.toJson(plain.controls)
assert JsonOutput.toJson(hris.findings) == JsonOutput.toJson(plain.findings)
def employees = { r -> r.sources.find { it.id == 'hris-employees' } }
assert employees(hris).records == employees(plain).records
assert employees(hris).files[0].sha256 != employees(plain).files[0].sha256

// without the reviews, the pull-request control lacks evidence and the reviews' path says why
def missing = report('no-reviews').findings.findAll { it.rule == 'evidence-missing' }
def messages = missing.collect { it.message }
assert messages.any { it.startsWith("control 'CHG-01' has no evidence: evidence source 'github-pulls' joins 'github-reviews', which has no file matching") } : messages
assert missing.any { it.path == 'evidence/sources.yaml' && it.message.startsWith("evidence source 'github-reviews' has no file matching") } : messages
def chg01 = report('no-reviews').controls.find { it.id == 'CHG-01' }
assert chg01.status == 'deviation'
