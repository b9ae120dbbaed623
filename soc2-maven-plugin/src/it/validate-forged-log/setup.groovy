// this IT is src/it/_base with the files of this folder on top
evaluate(new File(itSources, 'base-setup.groovy'))
