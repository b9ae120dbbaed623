def log = new File(basedir, 'build.log').text
def md = new File(basedir, 'target/soc2/diff.md').text
def commit = md.readLines()[0].find(/\(([0-9a-f]{7})\)/) { all, id -> id }
assert commit != null : "diff.md names no base commit: " + md
def expected = """## soc2:diff against main (${commit})

**2 changes, 1 loosens a control.**

| effect | subject | change |
| --- | --- | --- |
| loosens | `change-management` | required_approvals: 2 -> 1 |
|  | `change-management` | policy 'change-management' text or parameters changed, but its version is still 1.0 |

### Drift preview

The current evidence, as of 2026-06-30, checked under the base's parameters and tests and under this change's:

- CHG-01: 50.0 % deviations under required_approvals=2 (base), 0.0 % under required_approvals=1 (this change)
"""
assert md == expected.toString() : "diff.md is:\n" + md
[
    "[INFO] soc2 diff against main (${commit}): 2 changes, 1 loosens a control",
    "[INFO]   loosens  change-management: required_approvals: 2 -> 1",
    "[INFO]   drift preview CHG-01: 50.0 % deviations under required_approvals=2 (base), 0.0 % under required_approvals=1 (this change)",
    "[INFO] soc2: pull-request comment: target/soc2/diff.md",
].each { line -> assert log.contains(line.toString()) : "build.log lacks: " + line }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/soc2/diff.json'))
assert json.loosening == 1
assert json.changes[0].effect == 'loosens'
