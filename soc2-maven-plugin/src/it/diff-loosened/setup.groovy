// this IT is src/it/_base with the files of this folder on top
evaluate(new File(itSources, 'base-setup.groovy'))

// Commit the fixture to a fresh git repository (plain git in the IT setup only; the plugin reads it with JGit),
// then loosen required_approvals from 2 to 1 in the working tree, as a pull request would.
def git = evaluate(new File(itSources, 'git.groovy'))
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'Policies')
def policy = new File(basedir, 'policies/change-management.yaml')
policy.text = policy.text.replace('required_approvals: 2', 'required_approvals: 1')
return true
