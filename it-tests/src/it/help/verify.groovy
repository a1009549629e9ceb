// Checks that asyncgen:help documents the generate goal and every parameter.
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
assert log.contains('BUILD SUCCESS')
assert log.contains('asyncgen:generate')
assert log.contains('asyncgen:help')
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
true
