import SanctionsNormalization

enum SanctionsNormalizationAccess {
  static let normalizer = NameNormalizer()
}
