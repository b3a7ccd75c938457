/// Scores as text for output, without Foundation.
package enum ScoreText {
  /// A score in [0, 1] with four decimals (`0.9312`): what the CLI's output
  /// and `ScreeningMatch.description` show. Values outside [0, 1] (and
  /// non-finite ones) are clamped.
  package static func fourDecimals(_ value: Double) -> String {
    let scaled = tenThousandths(value)
    let whole = scaled / 10_000
    var fraction = String(scaled % 10_000)
    while fraction.count < 4 { fraction = "0" + fraction }
    return "\(whole).\(fraction)"
  }

  /// The score as ``fourDecimals(_:)`` prints it, in ten-thousandths
  /// (0...10000): scores compared at the precision users see.
  package static func tenThousandths(_ value: Double) -> Int {
    Int((min(1, max(0, value.isFinite ? value : 0)) * 10_000).rounded())
  }
}
