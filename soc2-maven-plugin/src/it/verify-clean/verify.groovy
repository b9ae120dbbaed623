def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] soc2: checked 4 controls against 3 evidence sources')
assert log.contains('[INFO] soc2: no findings; projected opinion: unqualified; full report: target/soc2/verify.sarif')
['verify.json', 'verify.sarif', 'TEST-soc2.xml', 'verify.md'].each { name ->
    assert new File(basedir, "target/soc2/${name}").isFile() : "missing report ${name}"
}
assert new File(basedir, 'target/soc2/TEST-soc2.xml').text.contains('tests="4" failures="0"')
