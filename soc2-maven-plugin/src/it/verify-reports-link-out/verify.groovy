// A reports folder that is a link out of the build directory is refused before anything is written through it.
def log = new File(basedir, 'build.log').text
def build = basedir.toPath().resolve('target').toAbsolutePath().normalize()
def expected = "<outputDirectory>: the reports folder ${build.resolve('soc2')} is, or lies under, a symbolic link" +
        " that leads out of the build directory ${build}; delete the link or choose another folder"
assert log.contains(expected) : 'build.log lacks: ' + expected
def outside = basedir.toPath().resolveSibling(basedir.name + '-outside').toFile()
assert outside.list() as List == ['keep.txt'] : 'nothing is written outside the build directory'
assert !log.contains('\tat ') : 'no stack trace for a refused folder'
