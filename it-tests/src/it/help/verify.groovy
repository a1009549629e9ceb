// Checks that asyncgen:help documents the goals and every parameter of generate, and that the plugin jar
// carries the Eclipse m2e lifecycle mapping.
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
assert log.contains('BUILD SUCCESS')
assert log.contains('asyncgen:generate')
assert log.contains('asyncgen:help')
assert log.contains('asyncgen:check-compat')
// Help wraps lines at 80 characters.
assert log.replaceAll(/\s+/, ' ').contains('Generates Java from AsyncAPI 2.x and 3.x documents')
def parameters = [
    inputSpec: 'asyncgen.inputSpec', packageName: 'asyncgen.packageName',
    outputDirectory: 'asyncgen.outputDirectory', addCompileSourceRoot: 'asyncgen.addCompileSourceRoot',
    dateTimeType: 'asyncgen.dateTimeType', enforceRequired: 'asyncgen.enforceRequired',
    closedEnums: 'asyncgen.closedEnums',
    allowRemoteRefs: 'asyncgen.allowRemoteRefs', refRoot: 'asyncgen.refRoot', maxSpecSize: 'asyncgen.maxSpecSize',
    failOnWarnings: 'asyncgen.failOnWarnings', skip: 'asyncgen.skip']
parameters.each { name, property ->
  assert log =~ /(?m)^ +$name( \(|$)/ : "help does not list $name"
  assert log.contains("User property: $property") : "help does not name the property $property"
}
assert log.contains('${project.build.directory}/generated-sources/asyncgen)')
assert log.contains('Required: Yes')

// m2e runs generate on configuration and incremental builds, and leaves check-compat to command-line builds.
def jar = new File(localRepositoryPath,
    "dev/asyncgen/asyncgen-maven-plugin/$asyncgenVersion/asyncgen-maven-plugin-${asyncgenVersion}.jar")
def zip = new java.util.zip.ZipFile(jar)
try {
  def entry = zip.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
  assert entry != null : "$jar has no META-INF/m2e/lifecycle-mapping-metadata.xml"
  def mapping = new groovy.xml.XmlSlurper().parse(zip.getInputStream(entry))
  def actions = mapping.pluginExecutions.pluginExecution.collectEntries {
    [(it.pluginExecutionFilter.goals.goal.text()): it.action]
  }
  assert actions.keySet() == ['generate', 'check-compat'] as Set
  assert actions.generate.execute.runOnIncremental.text() == 'true'
  assert actions.generate.execute.runOnConfiguration.text() == 'true'
  assert actions['check-compat'].children()*.name() == ['ignore']
} finally {
  zip.close()
}
true
