// A period still running (2026), judged as of 1 August: the GRC export holds a Q1 campaign finished in May and
// no Q2 campaign, so Q1 is late and Q2 missed; Q3 is due, Q4 upcoming, and neither is a deviation.
def log = new File(basedir, 'build.log').text.replace('\r\n', '\n')
[
    "[INFO] soc2: checked 5 controls against 5 evidence sources as of 2026-08-01",
    // a yearly policy review due in December is not overdue in August: a note to plan it
    "[INFO] policies/access-control.yaml:6:3: note: policy 'access-control' was last reviewed on 2025-12-01 (approval.on); its annual review is due on 2026-12-01, before the observation period ends on 2026-12-31 [policy-review-overdue]",
    "[ERROR] controls/IAM-05.yaml:8:1: error: IAM-05  deviation   2 of 2 quarters (100.0 %) deviate (1 missed, 1 late): a user access review campaign covers every quarter; 2 more not yet due [periodic-deviation]\n"
        + "    deviations: 2026-Q1, 2026-Q2\n"
        + "    occurrences: 2026-Q1 late by 27 days, 2026-Q2 missed, 2026-Q3 due by 2026-10-15, 2026-Q4 upcoming\n",
    "[INFO] projected opinion as of 2026-08-01: ",
    "[INFO] 1 deviation · 0 exceptions noted · 2 not tested · 2 effective\n",
].each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/soc2/verify.json'))
assert json.asOf == '2026-08-01'
def iam05 = json.controls.find { it.id == 'IAM-05' }
assert iam05.occurrences.collect { it.period + ' ' + it.status } == ['2026-Q1 late', '2026-Q2 missed', '2026-Q3 due', '2026-Q4 upcoming']
assert iam05.occurrences[0].daysLate == 27
assert iam05.deviationKeys == ['2026-Q1', '2026-Q2']
assert iam05.open == 2

// the pull request export stops on 11 March: the months since were not tested, and the report says so
assert json.findings.any { it.rule == 'evidence-stale' && it.path == 'controls/CHG-01.yaml' && it.message.contains('from 2026-03-12 to the as-of date 2026-08-01') }
assert new File(basedir, 'target/soc2/verify.md').text.contains('**Projected opinion as of 2026-08-01: ')
assert new File(basedir, 'target/soc2/TEST-soc2.xml').text.contains('<property name="soc2.asOf" value="2026-08-01"/>')
