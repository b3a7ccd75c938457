public import SanctionsScreening

/// The FollowTheMoney schemata a `/match` query may name, and how each maps to the engine's party
/// kind; and the schema a listed entity is reported with.
///
/// | query schema | party kind |
/// | --- | --- |
/// | `Person` | person |
/// | `Organization`, `Company` | organization |
/// | `Vessel` | vessel |
/// | `Airplane` | aircraft |
/// | `LegalEntity`, `Thing` | any |
///
/// Any other schema is refused (400): the engine screens names of parties, not documents,
/// addresses or payments.
public enum EntitySchema: String, Sendable, CaseIterable {
  case person = "Person"
  case organization = "Organization"
  case company = "Company"
  case vessel = "Vessel"
  case airplane = "Airplane"
  case legalEntity = "LegalEntity"
  case thing = "Thing"

  /// The party kind a query of this schema is screened as (the CLI's `--type`).
  public var partyKind: PartyKind {
    switch self {
    case .person: return .person
    case .organization, .company: return .organization
    case .vessel: return .vessel
    case .airplane: return .aircraft
    case .legalEntity, .thing: return .any
    }
  }

  /// The schema of a listed entity of `type`: `Person`, `Organization`, `Vessel`, `Airplane`, or
  /// `LegalEntity` when the list does not say.
  public static func of(_ type: EntityType) -> EntitySchema {
    switch type {
    case .person: return .person
    case .organization: return .organization
    case .vessel: return .vessel
    case .aircraft: return .airplane
    case .unknown: return .legalEntity
    }
  }

  /// The accepted names, for messages.
  static let acceptedNames = allCases.map(\.rawValue).joined(separator: ", ")
}
