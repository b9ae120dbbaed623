def log = new File(basedir, 'build.log').text
def expected = [
    "[ERROR] controls/CHG-01.yaml:7:19: error: unknown trust services criterion 'CC8.2' [criterion-unknown]",
    "[ERROR] controls/CHG-02.yaml:1:1: error: missing required property 'owner' [schema]",
    "[ERROR] controls/IAM-01.yaml:6:1: error: 'risk': a list is not one of 'low', 'moderate', 'high' [schema]",
    "[ERROR] controls/IAM-02.yaml:5:1: error: duplicate key 'owner' (first defined at line 4) [yaml-duplicate-key]",
    "[ERROR] controls/IAM-03.yaml:8:2: error: this line is indented like no key or list item above it [yaml-syntax]",
    "[INFO] see: soc2kit explain schema (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/schema.md)",
    "5 errors, 0 warnings in 5 files; full report: target/soc2/validate.json",
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'no stack trace for user mistakes'
