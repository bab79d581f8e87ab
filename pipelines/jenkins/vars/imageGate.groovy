// The `imageGate` step: scan a container image with imagegate and gate the
// build on its verdict. All logic is in org.imagegate.ImageGate (src/).
import org.imagegate.ImageGate

def call(Map args = [:]) {
    return new ImageGate(this).run(args)
}
