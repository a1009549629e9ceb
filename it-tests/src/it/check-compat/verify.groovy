// Checks the three builds of check-compat (see invoker.properties).
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
def builds = log.split(/(?m)^(?=\[INFO\] Scanning for projects)/).findAll { it.startsWith('[INFO] Scanning') }
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"

// 1: the spec is the baseline.
assert builds[0].contains('BUILD SUCCESS')
assert builds[0].contains('[INFO] asyncgen: src/main/asyncapi/baseline/shop.yaml -> src/main/asyncapi/shop.yaml:'
    + ' 0 findings: 0 ERR, 0 WARN, 0 INFO, none unaccepted at ERR or worse')

// 2: Order.note removed fails the build, paths relative to the project, with lines to accept it;
// the WARN finding alone would not fail it.
assert builds[1].contains('BUILD FAILURE')
assert builds[1].contains('[ERROR] Failed to execute goal dev.asyncgen:asyncgen-maven-plugin:')
assert builds[1].contains('asyncgen: src/main/asyncapi/shop.yaml has 1 unaccepted change(s) at ERR or worse'
    + ' against the baseline src/main/asyncapi/baseline/shop.yaml:\n')
assert builds[1].contains('\n[ERROR] src/main/asyncapi/baseline/shop.yaml:19:9: ERR PROPERTY_REMOVED Order.note:'
    + ' property removed (reaches orders)\n')
assert builds[1].contains('\n[ERROR] Adapt to them, or accept them by adding these lines to'
    + ' src/main/asyncapi/accepted-changes.txt (say why):\n[ERROR] 8ec6e53de1e0 PROPERTY_REMOVED Order.note\n')
assert !builds[1].contains('ENUM_VALUE_ADDED')
assert !(builds[1] =~ /\n\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace was printed'

// 3: accepted; the accepted line that matches nothing is a warning.
assert builds[2].contains('BUILD SUCCESS')
assert builds[2].contains('[WARNING] src/main/asyncapi/accepted-changes.txt:3:1: this accepted change matches'
    + ' no change any more; remove the line')
assert builds[2].contains('[INFO] src/main/asyncapi/baseline/shop.yaml:19:9: ERR PROPERTY_REMOVED Order.note:'
    + ' property removed (reaches orders) (accepted)\n')
assert builds[2].contains('[INFO] src/main/asyncapi/shop.yaml:20:9: WARN ENUM_VALUE_ADDED Order.status:'
    + ' enum value \'refunded\' added (reaches orders)\n')
def order = new File(basedir, 'target/generated-sources/asyncgen/com/example/shop/Order.java').getText('UTF-8')
assert !order.contains('note')
true
