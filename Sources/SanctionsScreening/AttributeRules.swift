import SanctionsLists
import SanctionsMatching

/// How a query's attributes adjust a name score.
///
/// Agreement raises the score a little, conflict lowers it, absence on
/// either side is neutral. The raises are small on purpose: attributes
/// confirm a name match, they never make one.
enum AttributeRules {
  static let typeAgreement = 0.02
  static let typeConflict = 0.15
  /// A person against an organization, vessel or aircraft (or the reverse):
  /// a stronger conflict than between two kinds of non-person.
  static let personTypeConflict = 0.25
  static let birthYearAgreement = 0.03
  static let birthYearConflict = 0.10
  static let countryAgreement = 0.02
  static let countryConflict = 0.05
  /// The most the attributes can raise a score (the index searches this far
  /// below the threshold so that raised matches are never missed).
  static let maximumRaise = typeAgreement + birthYearAgreement + countryAgreement

  /// The adjusted score (clamped to 0...1) and each adjustment, in the
  /// order type, birth year, country.
  static func adjust(_ score: Double, query: ScreeningQuery, entity: ScreeningEntity) -> (Double, [ScoreAdjustment]) {
    var result = score
    var adjustments: [ScoreAdjustment] = []
    func apply(_ attribute: ScoreAdjustment.Attribute, agrees: Bool, raise: Double, lower: Double) {
      if agrees {
        result += raise
      } else {
        result -= lower
      }
      adjustments.append(ScoreAdjustment(attribute, agrees: agrees, change: agrees ? raise : -lower))
    }
    if query.kind != .any, entity.type != .unknown {
      apply(
        .type(query: query.kind, listed: entity.type), agrees: query.kind == entity.partyKind, raise: typeAgreement,
        lower: (query.kind == .person) != (entity.partyKind == .person) ? personTypeConflict : typeConflict)
    }
    if let year = query.birthYear, !entity.birthYears.isEmpty {
      let agrees = entity.birthYears.contains(where: { ($0.lowerBound - 1)...($0.upperBound + 1) ~= year })
      apply(.birthYear(year), agrees: agrees, raise: birthYearAgreement, lower: birthYearConflict)
    }
    if let country = query.country?.trimmingSpaces, !country.isEmpty, !entity.countries.isEmpty {
      let wanted = country.count == 2 ? country.uppercased() : country.lowercased()
      apply(.country(country), agrees: entity.countries.contains(wanted), raise: countryAgreement, lower: countryConflict)
    }
    return (min(1, max(0, result)), adjustments)
  }
}

extension String {
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while scalars.first?.isWhitespace == true { scalars.removeFirst() }
    while scalars.last?.isWhitespace == true { scalars.removeLast() }
    return String(scalars)
  }
}
