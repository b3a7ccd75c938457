// Fuzz target: the name normalizer over arbitrary bytes (valid and invalid
// UTF-8, any script), both from bytes and from a decoded String.
// Run: `Fuzz/run.sh FuzzNormalizer [SECONDS]`.

import FuzzSupport
import SanctionsNormalization

let normalizer = NameNormalizer()

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
  var total = 0
  if let name = try? normalizer.normalize(utf8: input) {
    for token in name.tokens { total &+= token.forms.count &+ token.primary.utf8.count }
  }
  let text = String(decoding: input, as: UTF8.self)
  if let name = try? normalizer.normalize(text) {
    for token in name.tokens { total &+= token.forms.count &+ (token.isNumeric ? 1 : 0) }
  }
  if total == -1 { print(total) }
}

@main enum Main {
  static func main() { FuzzReplay.main(fuzz) }
}
