// The policy repository of src/it/_base in the sub-folder compliance/soc2 of a git repository (this IT's clone, with
// its pom.xml at the root), committed, as in a monorepo. Its evidence has not been exported yet.
policyFolder = 'compliance/soc2'
evaluate(new File(itSources, 'base-setup.groovy'))
def git = evaluate(new File(itSources, 'git.groovy'))
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'Policies')
return true
