import java.security.MessageDigest

def checksums = { File site ->
    def sums = new TreeMap<String, String>()
    site.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def path = site.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        sums[path] = MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    }
    sums
}

def first = checksums(new File(basedir, 'target/soc2-site'))
def second = checksums(new File(basedir, 'target/soc2-site-2'))
def internal = checksums(new File(basedir, 'target/soc2-site-internal'))
def internal2 = checksums(new File(basedir, 'target/soc2-site-internal-2'))
def pages = ['calendar.html', 'calendar.ics', 'controls/CHG-01.html', 'controls/CHG-02.html', 'controls/GOV-01.html',
        'controls/IAM-01.html', 'index.html', 'matrix.html', 'policies.html', 'policies.pdf',
        'policies/access-control.html', 'policies/change-management.html', 'site.css', 'system-description.html']
assert first.keySet().containsAll(pages)
assert !first.containsKey('findings.html') : 'the public site has no readiness page'
assert internal.keySet().containsAll(pages + ['findings.html'])
assert first == second
assert internal == internal2

def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] soc2: public site written to target/soc2-site (${first.size()} files); internal site"
        + " (readiness and findings: not for publishing) written to target/soc2-site-internal (${internal.size()} files)")
assert log.contains("[INFO] soc2: public site written to target/soc2-site-2 (${second.size()} files)")
assert !log.contains('One ore more components have errors') : 'the calendar is valid iCalendar'
