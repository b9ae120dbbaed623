import java.nio.file.Files

// this IT is src/it/_base with the files of this folder on top
evaluate(new File(itSources, 'base-setup.groovy'))

// target/soc2, the reports folder, is a link to a folder outside the project, as a pull request could plant it

def outside = basedir.toPath().resolveSibling(basedir.name + '-outside')
outside.toFile().deleteDir()
Files.createDirectories(outside)
Files.writeString(outside.resolve('keep.txt'), 'kept\n')
def build = Files.createDirectories(basedir.toPath().resolve('target'))
Files.deleteIfExists(build.resolve('soc2'))
Files.createSymbolicLink(build.resolve('soc2'), outside)
return true
