// A value of a policy file that holds newlines cannot forge lines of the build log: it stays on its finding's line.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert !lines.contains('[INFO] all controls effective') : 'a value of a file started a log line of its own'
assert !lines.any { it.startsWith('[INFO] BUILD SUCCESS') } : 'a value of a file forged the build result'
assert lines.any { it.startsWith('[ERROR] controls/CHG-02.yaml:4:8: error: ') && it.contains('\\n[INFO] all controls effective\\n[INFO] BUILD SUCCESS') } :
        'the finding shows the value on its own line, newlines escaped'
assert !log.contains('\tat ') : 'no stack trace for user mistakes'
