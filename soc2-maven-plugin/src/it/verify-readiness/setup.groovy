// this IT is src/it/_base with the evidence of verify-clean and the files of this folder on top
import java.nio.file.Files
import java.nio.file.Path

evaluate(new File(itSources, 'base-setup.groovy'))
Path evidence = Path.of(itSources, 'verify-clean', 'evidence')
Files.walk(evidence).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.sorted().forEach { file ->
        Path target = basedir.toPath().resolve('evidence').resolve(evidence.relativize(file).toString())
        if (Files.notExists(target)) {
            Files.createDirectories(target.parent)
            Files.copy(file, target)
        }
    }
}
return true
