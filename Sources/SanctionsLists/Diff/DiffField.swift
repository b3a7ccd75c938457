/// An entity field that ``ListDiff`` compares between two versions of a list.
///
/// Only these fields are compared; addresses, remarks, nationalities, places of birth and the
/// other particulars of an ``Entity`` are not (they are free text whose wording changes between
/// publications far more often than the facts do).
public enum DiffField: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
  /// The entity type (person, organization, vessel, aircraft).
  case type
  /// The names (primary names, aliases, original-script names), compared by value.
  case names
  /// Identifiers (passports, national ids, IMO numbers...), compared by kind and value.
  case identifiers
  /// Dates of birth, compared as written (`1963-04-11`, `1963`, `~1960`, `1973..1974`).
  case birthDates = "birth_dates"
  /// Sanctions programmes or regimes.
  case programs

  /// The stable key: `type`, `names`, `identifiers`, `birth_dates`, `programs`.
  public var description: String { rawValue }

  /// Orders cases in declaration order.
  public static func < (lhs: DiffField, rhs: DiffField) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
