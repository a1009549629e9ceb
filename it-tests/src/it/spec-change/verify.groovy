// Checks the three builds of spec-change (see invoker.properties).
// Maven colours nothing in batch mode, but still writes a reset code or two: drop them.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
def builds = log.split(/(?m)^(?=\[INFO\] Scanning for projects)/).findAll { it.startsWith('[INFO] Scanning') }
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"
builds.each { assert it.contains('BUILD SUCCESS') }

def shop = new File(basedir, 'target/generated-sources/asyncgen/com/example/shop')
def classes = new File(basedir, 'target/classes/com/example/shop')
def names = { File dir -> (dir.list() ?: []).sort() }

// v1: every schema and channel payload generated.
assert builds[0] =~ /asyncgen: 5 written, 0 unchanged, 0 removed/

// v2: the refunds channel and the Coupon schema are gone, and so are their files, and only those.
assert builds[1] =~ /asyncgen: 2 written, 1 unchanged, 2 removed/
assert builds[1].contains('Recompiling the module because of changed source code')

// v3: a change in the $ref'd file alone is seen too.
assert builds[2] =~ /asyncgen: 1 written, 2 unchanged, 0 removed/
assert new File(shop, 'Order.java').getText('UTF-8').contains('String currency')

assert names(shop) == ['Channel.java', 'Channels.java', 'NOTES.txt', 'Order.java']
assert new File(shop, 'NOTES.txt').text == 'mine'
assert !new File(basedir, 'target/generated-sources/asyncgen/.asyncgen/manifest.txt').text.contains('Coupon')
// The compiler dropped the classes of the removed files too.
assert names(classes) == ['Channel.class', 'Channels.class', 'Order.class']
true
