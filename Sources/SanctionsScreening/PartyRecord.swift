public import SanctionsLists

/// One published record of a matched party; encodes as
/// `{"entity_id":"ofac:6365","source":"ofac-sdn"}`.
public struct PartyRecord: Sendable, Hashable, Codable {
  /// The record's source-qualified id (`ofac:21944`, `csl:SDN:21944`).
  public let entityID: String
  /// The list that publishes it.
  public let source: ListSource

  enum CodingKeys: String, CodingKey {
    case entityID = "entity_id"
    case source
  }
}
