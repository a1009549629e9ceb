// Checks that broken-spec failed with each error's file:line:column, without a stack trace.
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
assert log.contains('BUILD FAILURE')
assert log.contains('on project broken-spec: asyncgen could not generate from src/main/asyncapi/broken.yaml:\n')
assert log =~ /\n\[ERROR\] src\/main\/asyncapi\/broken\.yaml:10:17: error: [$]ref target [^\n]*#\/components\/schemas\/Order does not exist/
assert log =~ /\n\[ERROR\] src\/main\/asyncapi\/broken\.yaml:15:17: error: [^\n]*missing\.yaml[^\n]*does not exist/
assert !(log =~ /\n\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace was printed'
assert !new File(basedir, 'target/generated-sources/asyncgen').exists()
assert !new File(basedir, 'target/asyncgen/default.digest').exists()
true
