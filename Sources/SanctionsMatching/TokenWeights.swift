public import SanctionsNormalization

#if canImport(Glibc)
  import Glibc
#endif

/// How much evidence each name part carries.
///
/// A rare part agreeing (`Shoygu`) is strong evidence, a common one
/// (`Muhammad`, `Ali`, `Bank`, `Trading`) weak. Without a corpus the weights
/// come from the project's own knowledge of names (common given names,
/// patronymics, particles, generic organization words); built from the loaded
/// lists, they also reflect how often each part occurs there (inverse
/// document frequency).
public struct TokenWeights: Sendable {
  private let documentFrequency: [String: Int32]
  private let documentCount: Int
  private let logDocumentCount: Float

  /// Weights from vocabulary knowledge alone.
  public static let standard = TokenWeights(frequencies: [:], documentCount: 0)

  /// Weights from how many of `names` contain each part (by its preferred
  /// romanization), combined with vocabulary knowledge.
  public init(corpus names: some Sequence<NormalizedName>) {
    var frequencies: [String: Int32] = [:]
    var count = 0
    var seen = Set<String>()
    for name in names {
      count += 1
      seen.removeAll(keepingCapacity: true)
      for token in name.tokens where seen.insert(token.primary).inserted {
        frequencies[token.primary, default: 0] += 1
      }
    }
    self.init(frequencies: frequencies, documentCount: count)
  }

  init(frequencies: [String: Int32], documentCount: Int) {
    self.documentFrequency = frequencies
    self.documentCount = documentCount
    self.logDocumentCount = documentCount > 1 ? Float(log(Double(documentCount + 1))) : 0
  }

  /// The number of names the weights were learned from (0 for `standard`).
  public var corpusSize: Int { documentCount }

  /// The weight of a name token in [0.05, 1].
  func weight(of text: String, role: TokenRole) -> Float {
    let base: Float
    switch role {
    case .particle: return 0.15
    case .stopWord: return 0.06
    case .initial: return 0.3
    case .number: return 0.6
    case .legalForm: return 0.1
    case .name:
      if NameVocabulary.kunya.contains(text) {
        base = 0.3
      } else if NameVocabulary.commonGivenNames.contains(text) {
        base = 0.55
      } else if NameVocabulary.genericOrganizationWords.contains(text) {
        base = 0.35
      } else if NameVocabulary.isPatronymic(text) {
        base = 0.6
      } else if text.utf8.count <= 2 {
        base = 0.45
      } else {
        base = 1
      }
    }
    guard logDocumentCount > 0, let frequency = documentFrequency[text] else { return base }
    let idf = Float(log(Double(documentCount + 1) / Double(frequency + 1)))
    let corpusWeight = max(0.2, min(1, 1.6 * idf / logDocumentCount))
    return min(base, corpusWeight)
  }
}

