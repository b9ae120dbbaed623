def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] soc2: read 12 files')
assert log.contains('[INFO] soc2: no findings; full report: target/soc2/validate.json')
def report = new File(basedir, 'target/soc2/validate.json')
assert report.isFile()
assert report.text.contains('"findings": []')
