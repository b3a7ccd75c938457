import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How far a compressed part (a zip or xlsx member, a gzip stream) may inflate before it is
/// rejected as a decompression bomb.
///
/// The largest official lists inflate to a few hundred MB, and list XML compresses about
/// 10-20:1, so the defaults leave ample room:
/// - at most ``maxBytes`` bytes per part: 1 GiB, or `SANCTIONS_MAX_INFLATED_BYTES` (a byte
///   count, optionally with a `K`, `M` or `G` suffix, powers of 1024);
/// - past ``ratioFloor`` (8 MiB) of output, at most ``maxRatio`` (200) output bytes per
///   compressed byte.
///
/// A size the file itself claims (zip headers) is checked against the limit before anything
/// is allocated for it; output buffers grow as data actually arrives.
struct InflateLimit: Sendable, Equatable {
  var maxBytes: Int
  var maxRatio: Int
  var ratioFloor: Int

  static let defaultMaxBytes = 1 << 30
  static let environmentVariable = "SANCTIONS_MAX_INFLATED_BYTES"

  init(maxBytes: Int = defaultMaxBytes, maxRatio: Int = 200, ratioFloor: Int = 8 << 20) {
    self.maxBytes = maxBytes
    self.maxRatio = maxRatio
    self.ratioFloor = ratioFloor
  }

  /// The defaults, with `SANCTIONS_MAX_INFLATED_BYTES` applied when it is set and valid.
  static var current: InflateLimit {
    guard let raw = getenv(environmentVariable), let bytes = parseSize(String(cString: raw)) else {
      return InflateLimit()
    }
    return InflateLimit(maxBytes: bytes)
  }

  /// "512M" → 536870912; nil when not a positive size.
  static func parseSize(_ text: String) -> Int? {
    var digits = Substring(text)
    var scale = 1
    switch digits.last {
    case "k", "K": scale = 1 << 10
    case "m", "M": scale = 1 << 20
    case "g", "G": scale = 1 << 30
    default: break
    }
    if scale != 1 { digits = digits.dropLast() }
    guard let value = Int(digits), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: scale)
    return overflow ? nil : product
  }

  /// Why `produced` output bytes from `compressed` input bytes are too many, or nil when they
  /// are within the limit.
  func violation(produced: Int, compressed: Int) -> String? {
    if produced > maxBytes {
      return "it inflates to more than \(maxBytes) bytes, the limit (set \(Self.environmentVariable) to raise it)"
    }
    if produced > ratioFloor, produced / max(compressed, 1) > maxRatio {
      return
        "it inflates more than \(maxRatio) times its compressed size (\(produced) bytes from "
        + "\(compressed) compressed bytes so far): a decompression bomb, not a list"
    }
    return nil
  }
}
