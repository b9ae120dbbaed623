// Evaluated by the setup.groovy of an IT that needs a git repository: returns git(String... args), which runs plain
// git in the IT's clone (the plugin reads the repository with JGit) as one author, at one fixed time.
return { String... args ->
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
