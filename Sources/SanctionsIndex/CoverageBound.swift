/// The evidence weight of the parts a bit mask marks.
enum CoverageBound {
  /// Slack on the coverage bound, against floating-point rounding.
  static let slack: Float = 0.001

  /// The sum of `weight(position)` over the set bits of `mask` below `count`.
  @inline(__always)
  static func weight(of mask: UInt32, count: Int, _ weight: (Int) -> Float) -> Float {
    var total: Float = 0
    var bits = mask
    while bits != 0 {
      let position = bits.trailingZeroBitCount
      if position < count { total += weight(position) }
      bits &= bits - 1
    }
    return total
  }
}
