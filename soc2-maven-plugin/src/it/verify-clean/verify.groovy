def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] soc2: checked 4 controls against 4 evidence sources')
assert log.count('[INFO] soc2: checked 4 controls') == 1 : 'soc2:render reuses the verification of soc2:verify'
assert log.contains('[INFO] soc2: using the findings of soc2:verify in this build')
assert log.contains('[INFO] soc2: public site written to target/soc2-site (')
assert new File(basedir, 'target/soc2-site-internal/findings.html').text.contains('No findings')
assert !new File(basedir, 'target/soc2-site/findings.html').exists()
assert log.contains('[INFO] 0 deviation · 0 exceptions noted · 2 not tested · 2 effective')
assert log.contains('[INFO] soc2: no findings; projected opinion: unqualified; details in target/soc2/verify.md and, once rendered, the internal site target/soc2-site-internal/')
// the libraries say nothing: no SLF4J warning, no "ical4j.properties not found." from the calendar
assert !log.contains('SLF4J')
assert !log.contains('ical4j')
['verify.json', 'verify.sarif', 'TEST-soc2.xml', 'verify.md'].each { name ->
    assert new File(basedir, "target/soc2/${name}").isFile() : "missing report ${name}"
}
assert new File(basedir, 'target/soc2/TEST-soc2.xml').text.contains('tests="4" failures="0"')
