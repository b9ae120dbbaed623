def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] soc2: skipped')
assert !new File(basedir, 'target/soc2').exists()
