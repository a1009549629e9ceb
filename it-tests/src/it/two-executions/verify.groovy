// Checks the two executions of two-executions (one reads an AsyncAPI 2.6 document, the other a 3.0 one), over two builds.
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
def builds = log.split(/(?m)^(?=\[INFO\] Scanning for projects)/).findAll { it.startsWith('[INFO] Scanning') }
assert builds.size() == 2 : "expected two builds in build.log, found ${builds.size()}"
builds.each { assert it.contains('BUILD SUCCESS') }

assert builds[0] =~ /generate \(orders\)[\s\S]*asyncgen: 3 written, 0 unchanged, 0 removed in target\/generated-sources\/orders/
assert builds[0] =~ /generate \(users\)[\s\S]*asyncgen: 3 written, 0 unchanged, 0 removed in target\/generated-sources\/users/
assert builds[1].contains('asyncgen: target/generated-sources/orders is up to date with src/main/asyncapi/orders.yaml')
assert builds[1].contains('asyncgen: target/generated-sources/users is up to date with src/main/asyncapi/users.yaml')

assert new File(basedir, 'target/asyncgen/orders.digest').isFile()
assert new File(basedir, 'target/asyncgen/users.digest').isFile()
assert new File(basedir, 'target/generated-sources/orders/com/example/orders/Order.java').isFile()
assert new File(basedir, 'target/generated-sources/users/com/example/users/User.java').isFile()
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
true
