// Checks model-fit: the plugin generated validation annotations and builders around the team's own Customer
// class (schemaMappings), and the project's test used them together.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[;\\d]*m', '')
assert log.contains('BUILD SUCCESS')
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/

def order = new File(basedir, 'target/generated-sources/asyncgen/com/example/shop/Order.java').getText('UTF-8')
assert order.contains('@Pattern(regexp = "^o-[0-9]+$") String orderId')
assert order.contains('@Size(min = 1) List<@Valid Line> lines')
assert order.contains('public static final class Builder')
assert order.contains('com.example.crm.Customer')
assert !new File(basedir, 'target/generated-sources/asyncgen/com/example/shop/Customer.java').exists()
assert new File(basedir, 'target/test-classes/com/example/app/OrderValidationTest.class').isFile()
true
