// without a POM the goal reads the current folder and writes target/soc2 in it, never a folder named '${...}'
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] soc2: no findings; full report: target/soc2/validate.json')
assert new File(basedir, 'target/soc2/validate.json').isFile()
assert !Files.exists(basedir.toPath().resolve('${project.basedir}'))
assert !Files.exists(basedir.toPath().resolve('${project.build.directory}'))
assert !log.contains('NullPointerException')
