// this IT is src/it/_base with the files of this folder on top
evaluate(new File(itSources, 'base-setup.groovy'))

// Commit the fixture to a fresh git repository (plain git in the IT setup only; the plugin reads it with JGit),
// then loosen required_approvals from 2 to 1 in the working tree, as a pull request would.
def git(String... args) {
    def command = ['git', '-c', 'user.name=Ben Okafor', '-c', 'user.email=ben@tiny.example', '-c', 'commit.gpgsign=false',
                   '-c', 'init.defaultBranch=main'] + args.toList()
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll([GIT_AUTHOR_DATE: '2025-12-01T09:00:00Z', GIT_COMMITTER_DATE: '2025-12-01T09:00:00Z'])
    builder.environment().remove('GIT_DIR')
    builder.environment().remove('GIT_WORK_TREE')
    def process = builder.start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: ${output}"
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'Policies')
def policy = new File(basedir, 'policies/change-management.yaml')
policy.text = policy.text.replace('required_approvals: 2', 'required_approvals: 1')
return true
