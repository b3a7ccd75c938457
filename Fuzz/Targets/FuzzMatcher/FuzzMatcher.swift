// Fuzz target: the matcher on two arbitrary names. The input is split at its
// first line feed (no line feed: the input against itself); the party kind
// comes from the input's length. Both names are prepared, scored both ways
// and explained. Run: `Fuzz/run.sh FuzzMatcher [SECONDS]`.

import FuzzSupport
import SanctionsMatching

let matcher = NameMatcher()
let kinds: [PartyKind] = [.any, .person, .organization, .vessel, .aircraft]

func fuzz(_ input: UnsafeBufferPointer<UInt8>) {
  let split = input.firstIndex(of: 0x0A)
  let first = String(decoding: UnsafeBufferPointer(rebasing: input[..<(split ?? input.count)]), as: UTF8.self)
  let second =
    split.map { String(decoding: UnsafeBufferPointer(rebasing: input[($0 + 1)...]), as: UTF8.self) } ?? first
  let kind = kinds[input.count % kinds.count]
  guard let a = try? matcher.prepare(first, kind: kind), let b = try? matcher.prepare(second, kind: kind) else { return }
  let forward = matcher.score(a, b)
  let backward = matcher.score(b, a)
  let explanation = matcher.explain(a, b)
  precondition(forward.isFinite && backward.isFinite, "score is not finite")
  precondition(forward >= 0 && forward <= 1, "score out of 0...1: \(forward)")
  _ = explanation.description
}

@main enum Main {
  static func main() { FuzzReplay.main(fuzz) }
}
