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
  static let birthYearAgreement = 0.03
  static let birthYearConflict = 0.10
  static let countryAgreement = 0.02
  static let countryConflict = 0.05
  /// The most the attributes can raise a score (the index searches this far
  /// below the threshold so that raised matches are never missed).
  static let maximumRaise = typeAgreement + birthYearAgreement + countryAgreement

  static func adjust(_ score: Double, query: ScreeningQuery, entity: ScreeningEntity) -> (Double, [String]) {
    var result = score
    var notes: [String] = []
    if query.kind != .any, entity.type != .unknown {
      if query.kind == entity.partyKind {
        result += typeAgreement
        notes.append("type agrees (\(entity.type.rawValue)): +\(typeAgreement)")
      } else {
        result -= typeConflict
        notes.append("type differs (query \(query.kind.rawValue), listed \(entity.type.rawValue)): -\(typeConflict)")
      }
    }
    if let year = query.birthYear, !entity.birthYears.isEmpty {
      if entity.birthYears.contains(where: { ($0.lowerBound - 1)...($0.upperBound + 1) ~= year }) {
        result += birthYearAgreement
        notes.append("birth year \(year) agrees: +\(birthYearAgreement)")
      } else {
        result -= birthYearConflict
        notes.append("birth year \(year) differs from the listed ones: -\(birthYearConflict)")
      }
    }
    if let country = query.country?.trimmingSpaces, !country.isEmpty, !entity.countries.isEmpty {
      let wanted = country.count == 2 ? country.uppercased() : country.lowercased()
      if entity.countries.contains(wanted) {
        result += countryAgreement
        notes.append("country \(country) agrees: +\(countryAgreement)")
      } else {
        result -= countryConflict
        notes.append("country \(country) is not among the listed ones: -\(countryConflict)")
      }
    }
    return (min(1, max(0, result)), notes)
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
