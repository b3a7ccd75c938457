/// Reads a name the way it is displayed when it holds bidirectional override controls.
///
/// Invisible bidi controls are removed by case folding anyway, but the overrides
/// RIGHT-TO-LEFT OVERRIDE (U+202E) and LEFT-TO-RIGHT OVERRIDE (U+202D) also change the
/// order in which characters are *shown*: `U+202E nidaL nib amasU U+202C` displays as
/// `Usama bin Ladin`. A name that displays as a listed name must match it, so the normalizer
/// reads such a name in display order as well (see ``NameNormalizer``):
///
/// - inside an RLO span, the characters are shown right to left: the span is reversed, except
///   runs of right-to-left letters (Hebrew, Arabic, ...), which read in their own order;
/// - inside an LRO span, runs of right-to-left letters are shown reversed.
///
/// A span ends at its POP DIRECTIONAL FORMATTING (U+202C) or at the end of the name;
/// embeddings and isolates inside a span suspend it, as in the Unicode Bidirectional
/// Algorithm. This is the display order of a single-line name, not the full algorithm
/// (numbers and mirrored brackets are not treated specially).
enum BidiDisplayOrder {
  private enum Frame { case rightToLeftOverride, leftToRightOverride, embedding, isolate }

  /// The name in display order with bidi controls removed, or nil when it has no override
  /// (the usual case, decided from the UTF-8 bytes without decoding).
  static func displayOrder(_ name: String) -> String? {
    // U+202D, U+202E are E2 80 AD / E2 80 AE in UTF-8.
    guard name.utf8.contains(0xE2), name.unicodeScalars.contains(where: { $0.value == 0x202D || $0.value == 0x202E })
    else { return nil }
    var stack: [Frame] = []
    var segments: [(override: Frame?, characters: [Character])] = []
    for character in name {
      let scalar = character.unicodeScalars.first!.value
      switch scalar {
      case 0x202E: stack.append(.rightToLeftOverride)
      case 0x202D: stack.append(.leftToRightOverride)
      case 0x202A, 0x202B: stack.append(.embedding)
      case 0x2066, 0x2067, 0x2068: stack.append(.isolate)
      case 0x202C:
        if let top = stack.last, top != .isolate { stack.removeLast() }
      case 0x2069:
        if let isolate = stack.lastIndex(of: .isolate) { stack.removeSubrange(isolate...) }
      default:
        let current: Frame? =
          switch stack.last {
          case .rightToLeftOverride?: .rightToLeftOverride
          case .leftToRightOverride?: .leftToRightOverride
          default: nil
          }
        if let last = segments.last, last.override == current {
          segments[segments.count - 1].characters.append(character)
        } else {
          segments.append((current, [character]))
        }
      }
    }
    var result = ""
    for segment in segments {
      switch segment.override {
      case .rightToLeftOverride?:
        result += String(reversingRuns(in: segment.characters.reversed(), where: isRightToLeft))
      case .leftToRightOverride?:
        result += String(reversingRuns(in: segment.characters, where: isRightToLeft))
      default:
        result += String(segment.characters)
      }
    }
    return result
  }

  /// `characters` with each maximal run of characters satisfying `test` reversed.
  private static func reversingRuns(in characters: [Character], where test: (Character) -> Bool) -> [Character] {
    var result = characters
    var start = 0
    while start < result.count {
      guard test(result[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < result.count, test(result[end]) { end += 1 }
      result[start..<end].reverse()
      start = end
    }
    return result
  }

  /// Whether a character is a letter of a right-to-left script (Hebrew, Arabic, Syriac,
  /// Thaana, N'Ko and their presentation forms, and the supplementary RTL blocks).
  private static func isRightToLeft(_ character: Character) -> Bool {
    switch character.unicodeScalars.first!.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
    default: return false
    }
  }
}
