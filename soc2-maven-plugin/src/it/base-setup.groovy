// Run by the setup.groovy of every IT, on the IT's clone in target/it: an IT folder holds only what differs from
// _base, the policy repository the ITs share. This copies each file of _base into the clone unless the IT has its own:
// into the clone's root, or into the folder policyFolder names when the setup sets it first.
import java.nio.file.Files
import java.nio.file.Path

Path base = Path.of(itSources, '_base')
Path project = basedir.toPath().resolve(binding.hasVariable('policyFolder') ? policyFolder : '')
Files.walk(base).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.sorted().forEach { file ->
        Path target = project.resolve(base.relativize(file).toString())
        if (Files.notExists(target)) {
            Files.createDirectories(target.parent)
            Files.copy(file, target)
        }
    }
}
return true
