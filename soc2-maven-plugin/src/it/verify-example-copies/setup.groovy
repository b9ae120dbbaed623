// Lays out four copies of the example repository (its files under version control, not its build output) as the
// modules of this IT's reactor, each changed in one way; verify.groovy compares what soc2:verify says about each.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path example = Path.of(itSources).resolve('../../../example-repo').normalize()
Path project = basedir.toPath()

def copy = { String name ->
    Path target = project.resolve(name)
    Files.walk(example).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.sorted().forEach { file ->
            String relative = example.relativize(file).toString()
            if (!relative.startsWith('target') && relative != 'pom.xml') {
                Path to = target.resolve(relative)
                Files.createDirectories(to.parent)
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES)
            }
        }
    }
    Files.writeString(target.resolve('pom.xml'), Files.readString(project.resolve('module.xml')).replace('MODULE', name))
    target
}

copy('plain')

// the evidence kept elsewhere in the repository, reached through a relative link
Path linked = copy('linked')
Files.createDirectories(linked.resolve('archive'))
Files.move(linked.resolve('evidence'), linked.resolve('archive/evidence-2026'))
Files.createSymbolicLink(linked.resolve('evidence'), Path.of('archive/evidence-2026'))

// the HRIS export as BambooHR's web UI downloads a report: display names, CRLF, an empty cell for no date
Path report = copy('hris-report')
Path employees = report.resolve('evidence/hris/employees.csv')
def names = [employeeNumber: 'Employee #', firstName: 'First Name', lastName: 'Last Name', workEmail: 'Work Email',
             jobTitle: 'Job Title', department: 'Department', status: 'Status',
             employmentHistoryStatus: 'Employment Status', hireDate: 'Hire Date', terminationDate: 'Termination Date',
             supervisorEId: 'Supervisor EID']
def lines = Files.readAllLines(employees)
def header = lines[0].split(',', -1).collect { names[it] ?: it }.join(',')
def rows = lines.drop(1).collect { it.split(',', -1).collect { it == '0000-00-00' ? '' : it }.join(',') }
Files.writeString(employees, ([header] + rows).join('\r\n') + '\r\n')

// the reviews that the pull requests join were never exported
Path noReviews = copy('no-reviews')
noReviews.resolve('evidence/github/reviews').toFile().deleteDir()
return true
