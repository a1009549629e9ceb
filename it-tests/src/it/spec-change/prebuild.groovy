// A file of the user's in the output directory: regeneration must leave it alone.
def own = new File(basedir, 'target/generated-sources/asyncgen/com/example/shop/NOTES.txt')
own.parentFile.mkdirs()
own.text = 'mine'
true
