/// A small, fast, seeded pseudo-random generator (SplitMix64).
///
/// The benchmarks use it instead of the system generator so that every run, on every
/// machine and Swift version, generates exactly the same names and queries: the helpers
/// below never go through the standard library's `random(in:)`, whose algorithm may change.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator; equal seeds give equal sequences.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `0..<1`.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// True with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// An element chosen uniformly.
  public mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// An element chosen with a bias towards the front of the array, so that the first
  /// entries of a name table (the commonest names) come up more often than the last ones, as
  /// in real populations (the first of 40 entries about 8 % of the time, the last 1 %).
  public mutating func pickCommon<Element>(_ elements: [Element]) -> Element {
    let u = unit()
    return elements[min(elements.count - 1, Int(Double(elements.count) * u * u.squareRoot()))]
  }

  /// An index chosen by weight.
  public mutating func weighted(_ weights: [Int]) -> Int {
    var remaining = below(weights.reduce(0, +))
    for (index, weight) in weights.enumerated() {
      if remaining < weight { return index }
      remaining -= weight
    }
    return weights.count - 1
  }
}
