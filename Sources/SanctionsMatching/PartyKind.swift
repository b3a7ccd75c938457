/// What kind of party a name belongs to; it selects the matching rules.
public enum PartyKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// A natural person: titles and honorifics are ignored, two name parts
  /// must agree before a multi-part name can alert.
  case person
  /// A company, organization or other legal entity: legal forms are
  /// equivalences (`LLC` = `OOO` = `Limited Liability Company`), not evidence.
  case organization
  /// A ship: like an organization, and numbers must agree.
  case vessel
  /// An aircraft: like a vessel.
  case aircraft
  /// Unknown: the rules of persons and organizations both apply leniently.
  case any

  var removesTitles: Bool { self == .person || self == .any }
  /// Whether names of this kind are always compared as organizations'
  /// (every distinctive word on both sides counts).
  var comparesAsOrganization: Bool { self == .organization || self == .vessel || self == .aircraft }
  var hasLegalForms: Bool { self != .person }
  var requiresTwoNameParts: Bool { self == .person }
}
