// soc2:init without a POM, then soc2:validate and soc2:verify through the pom.xml that init wrote
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
['soc2.yaml', 'people.yaml', 'pom.xml', '.gitignore', 'evidence/sources.yaml', 'system/description.yaml',
 'policies/access-control.yaml', 'controls/CHG-01.yaml'].each { name ->
    assert new File(basedir, name).isFile() : "init did not write ${name}"
}
assert !Files.exists(basedir.toPath().resolve('${project.basedir}')) : 'no folder named after an unresolved expression'
assert new File(basedir, 'mvnw').canExecute() : 'the Maven Wrapper script is executable'
assert new File(basedir, '.mvn/wrapper/maven-wrapper.properties').text.contains('apache-maven-3.9')
assert log.contains('[INFO] soc2: wrote soc2.yaml')
assert log.contains('[INFO] soc2: wrote 27 files, kept 0 in ' + basedir.canonicalPath) ||
        log.contains('[INFO] soc2: wrote 27 files, kept 0 in ' + basedir.absolutePath)
assert log.contains('[INFO] soc2: no findings; full report: target/soc2/validate.json')
[
    "[ERROR] evidence/sources.yaml:12:11: error: evidence source 'github-pulls' has no file matching 'evidence/github/pulls.json' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:33:11: error: evidence source 'okta-users' has no file matching 'evidence/okta/users.json' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:43:11: error: evidence source 'hris-employees' has no file matching 'evidence/hris/employees.csv' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:52:11: error: evidence source 'training' has no file matching 'evidence/training/enrollments.csv' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:61:11: error: evidence source 'pagerduty-incidents' has no file matching 'evidence/pagerduty/incidents.json' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:69:11: error: evidence source 'backup-jobs' has no file matching 'evidence/aws/backup-jobs.csv' [evidence-missing]",
    "[ERROR] evidence/sources.yaml:84:11: error: evidence source 'management-reviews' has no file matching 'evidence/manual/management-reviews.yaml' [evidence-missing]",
    "[INFO] see: soc2kit explain evidence-missing (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/evidence-missing.md)",
].each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'no stack trace for user mistakes'
