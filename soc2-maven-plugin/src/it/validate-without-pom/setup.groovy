// this IT is src/it/_base with no pom.xml: the goal runs as in a folder without one
evaluate(new File(itSources, 'base-setup.groovy'))
