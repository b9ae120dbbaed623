def log = new File(basedir, 'build.log').text
def lines = log.readLines()
// one line per control that is not effective, in aligned columns: where, id, status, summary and the rule; the
// deviating records below it
[
    "[ERROR] controls/IAM-01.yaml:8:1: error: IAM-01  deviation   1 of 1 trigger (100.0 %) deviate: leavers lose access in time [timeliness-deviation]",
    "    deviations: dora@tiny.example",
    "[ERROR] controls/CHG-01.yaml:9:1: error: CHG-01  deviation   1 of 2 records (50.0 %) deviate: changes are approved before merge [population-deviation]",
    "    deviations: tiny-co/tiny#102",
    "[INFO] controls/CHG-02.yaml:1:5:        CHG-02  not tested  tested by people: The board minutes record the yearly review",
    "[INFO] controls/GOV-01.yaml:1:5:        GOV-01  not tested  tested by people: Management reviews the program once a year; the minutes are kept in the board folder",
    "[INFO] 2 deviation · 0 exceptions noted · 2 not tested · 0 effective",
].each { line -> assert lines.contains(line) : "build.log lacks: " + line }
// the deviation is not printed a second time as a finding of its own
['changes are approved before merge', 'leavers lose access in time'].each { summary ->
    assert lines.count { it.contains(summary) } == 1 : "one line says '${summary}'"
}
// the other findings keep their own lines; the summary points to verify.md and to the internal site where the
// plugin's configuration puts it, not to SARIF
assert lines.contains("[WARNING] registers/exceptions.yaml:4:13: warning: exception 'EXC-2026-01' names record 'tiny-co/tiny#412' of control 'CHG-01', which is not one of its deviations [exception-unused]")
assert log.contains("2 errors, 1 warning in 3 files; projected opinion: qualified risk; details in target/soc2/verify.md and, once rendered, the internal site target/audit-site/")
assert !log.contains('verify.sarif')
assert !log.contains('\tat ') : 'no stack trace for a failing control'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/soc2/verify.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.find { it.ruleId == 'population-deviation' }.locations[0].physicalLocation.artifactLocation.uri == 'controls/CHG-01.yaml'
def junit = new File(basedir, 'target/soc2/TEST-soc2.xml').text
// the two controls in deviation, and the warning about an exception no control's test case shows
assert junit.contains('tests="5" failures="3" skipped="2"')
assert junit.contains('<testcase name="exception-unused: registers/exceptions.yaml:4:13" classname="soc2.findings" file="registers/exceptions.yaml" line="4" time="0">')
