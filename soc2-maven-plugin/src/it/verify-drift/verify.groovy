def log = new File(basedir, 'build.log').text
def expected = [
    "[ERROR] controls/CHG-01.yaml:9:1: error: CHG-01: 1 of 2 records (50.0 %) deviate: changes are approved before merge: tiny-co/tiny#102 (does not meet 'record.independent_approvals >= policy.required_approvals') [population-deviation]",
    "[ERROR] controls/IAM-01.yaml:8:1: error: IAM-01: 1 of 1 trigger (100.0 %) deviate: leavers lose access in time: dora@tiny.example (33 days after 2026-04-17 (limit 1)) [timeliness-deviation]",
    "projected opinion: qualified risk; full report: target/soc2/verify.sarif",
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'no stack trace for a failing control'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/soc2/verify.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.find { it.ruleId == 'population-deviation' }.locations[0].physicalLocation.artifactLocation.uri == 'controls/CHG-01.yaml'
def junit = new File(basedir, 'target/soc2/TEST-soc2.xml').text
// the two controls in deviation, and the warning about an exception no control's test case shows
assert junit.contains('tests="5" failures="3" skipped="2"')
assert junit.contains('<testcase name="exception-unused: registers/exceptions.yaml:4:13" classname="soc2.findings" file="registers/exceptions.yaml" line="4" time="0">')
