/// A problem that did not stop a list file from loading: what it is, where in
/// the file, and the values involved. Its `description` is the sentence
/// `sanctions lists` prints, e.g. `line 12: duplicate un:QDi.001 (first on
/// line 3); later record ignored`.
public struct ListWarning: Sendable, Hashable, CustomStringConvertible {
  /// What was found.
  public let issue: Issue
  /// Where in the file (nil for a summary of the whole file).
  public let location: RecordLocation?

  /// Creates a warning.
  public init(_ issue: Issue, at location: RecordLocation? = nil) {
    self.issue = issue
    self.location = location
  }

  public var description: String {
    location.map { "\($0): \(issue)" } ?? issue.description
  }

  /// The kinds of warning. Field and record words (`Reference`, `row`,
  /// `<entity>`) are the list format's own, as its documentation names them.
  public enum Issue: Sendable, Hashable, CustomStringConvertible {
    /// A record without the field that identifies it was not loaded
    /// (`<entity> without an id not loaded`).
    case recordWithoutID(record: String, missing: String)
    /// A record with an empty identifying field was not loaded (`no
    /// Reference; row not loaded`).
    case missingValue(field: String, record: String)
    /// A DFAT Reference that does not start with a number: the row was not loaded.
    case referenceWithoutNumber(String)
    /// A record whose id was already read was ignored; `firstLine` is where
    /// the first one is, when the format says.
    case duplicateID(String, firstLine: Int?)
    /// An OFAC CSV row whose `ent_num` was already read was ignored.
    case duplicateEntNum(String, firstLine: Int)
    /// A US CSL row with the `_id` and list of an earlier row was merged
    /// into that row's entity.
    case rowsMerged(id: String, firstLine: Int)
    /// An entity without any name was not loaded.
    case noName(id: String)
    /// A custom-list record without any name was not loaded.
    case recordWithoutName(id: String)
    /// A custom-list record with a type that is not a party type was not loaded.
    case unknownRecordType(id: String, type: String)
    /// An OFAC CSV `SDN_Type` that is not a party type: the entity was
    /// loaded with an unknown type.
    case unknownSDNType(id: String, type: String)
    /// A UK group whose rows disagree on its Group Type: the first was kept.
    case conflictingGroupType(id: String, type: String, earlier: EntityType)
    /// Dates (as the format calls them, e.g. `dates of birth`) that could
    /// not be read as dates were kept as text.
    case unreadDates(count: Int, field: String)
    /// Aliases whose type column (e.g. `alt_type`) holds an unknown value
    /// (`value`, when one is named) were loaded as a.k.a.
    case unknownAliasType(count: Int, records: String, column: String, value: String?)
    /// DFAT references without a `Primary Name` row (up to 5 examples):
    /// their first name became the primary name.
    case referencesWithoutPrimaryName(count: Int, examples: [String])
    /// UK groups without a `Primary name` row (up to 5 examples): their
    /// first name became the primary name.
    case groupsWithoutPrimaryName(count: Int, examples: [String])
    /// Rows of an OFAC companion file for `ent_num`s that the primary file
    /// lacks (up to 3 examples) were not loaded.
    case orphanCompanionRows(count: Int, primary: String, examples: [String])
    /// FollowTheMoney records of schemas that are not listed parties, with
    /// their counts, were not loaded.
    case schemasNotLoaded([SchemaCount])
    /// Empty names in a JSON array of names were not loaded.
    case emptyNames(count: Int)
    /// A JSON array item that is neither a name nor an object was not loaded.
    case neitherNameNorObject
    /// Columns that the custom CSV layout does not define were ignored.
    case ignoredColumns([String])
    /// The file is not UTF-8 and was decoded as Windows-1252.
    case decodedAsWindows1252
    /// The file is a list but holds no entities (an empty export, or the wrong file).
    case noEntities
    /// An OFAC legacy CSV primary file (`sdn.csv`, `cons_prim.csv`) without the 0x1A
    /// end-of-file marker OFAC always writes: it may have been cut at a record boundary.
    case noEndOfFileMarker
    /// Entities of this file (up to 3 examples) were replaced by the same ids
    /// in the file at `path`, by `rule`.
    case replaced(count: Int, examples: [String], path: String, rule: ReplacementRule)
    /// Entities of this file (up to 3 examples) are in no newer publication of
    /// the same source (the file at `path`, dated `date`): withdrawn, so left
    /// out unless superseded entities are included.
    case withdrawn(count: Int, examples: [String], path: String, date: PartialDate, included: Bool)

    public var description: String {
      switch self {
      case .recordWithoutID(let record, let missing):
        return "\(record) without \(missing) not loaded"
      case .missingValue(let field, let record):
        return "no \(field); \(record) not loaded"
      case .referenceWithoutNumber(let reference):
        return "Reference '\(reference)' does not start with a number; row not loaded"
      case .duplicateID(let id, let firstLine):
        return "duplicate \(id)\(firstLine.map { " (first on line \($0))" } ?? ""); later record ignored"
      case .duplicateEntNum(let number, let firstLine):
        return "duplicate ent_num \(number) (first on line \(firstLine)); later row ignored"
      case .rowsMerged(let id, let firstLine):
        return "same _id and list as line \(firstLine) (\(id)); the two rows were merged into one entity"
      case .noName(let id):
        return "\(id) has no name; not loaded"
      case .recordWithoutName(let id):
        return "\(id) has no name; record not loaded"
      case .unknownRecordType(let id, let type):
        return "\(id) has unknown type '\(type)'; record not loaded"
      case .unknownSDNType(let id, let type):
        return "\(id) has unknown SDN_Type '\(type)'; type unknown"
      case .conflictingGroupType(let id, let type, let earlier):
        return "\(id) has Group Type '\(type)' but earlier rows say \(earlier.rawValue); kept the first"
      case .unreadDates(let count, let field):
        return "\(count) \(field) could not be read as dates; kept as text"
      case .unknownAliasType(let count, let records, let column, let value):
        if let value { return "\(count) \(records) with unknown \(column) '\(value)' loaded as aka" }
        return "\(count) \(records) with an unknown \(column) loaded as aka"
      case .referencesWithoutPrimaryName(let count, let examples):
        return "\(count) references without a 'Primary Name' row (\(examples.joined(separator: ", "))): "
          + "first name taken as primary"
      case .groupsWithoutPrimaryName(let count, let examples):
        return "\(count) group\(count == 1 ? "" : "s") without a 'Primary name' row "
          + "(\(examples.joined(separator: ", "))): the first name was taken as primary"
      case .orphanCompanionRows(let count, let primary, let examples):
        return "\(count) row\(count == 1 ? "" : "s") for ent_nums not in \(primary) "
          + "(e.g. \(examples.joined(separator: ", "))) not loaded: the companion file is from a different publication"
      case .schemasNotLoaded(let schemas):
        let summary = schemas.map { "\($0.schema) \($0.count)" }.joined(separator: ", ")
        return "records of schemas that are not listed parties were not loaded: \(summary)"
      case .emptyNames(let count):
        return "\(count) empty names in the array were not loaded"
      case .neitherNameNorObject:
        return "neither a name nor an object; not loaded"
      case .ignoredColumns(let columns):
        return "columns not part of the custom layout were ignored: \(columns.joined(separator: ", "))"
      case .decodedAsWindows1252:
        return "decoded as Windows-1252 (the file is not UTF-8)"
      case .noEntities:
        return "the file holds no entities: nothing from it is screened; check that it is the complete list"
      case .noEndOfFileMarker:
        return "no end-of-file marker: the file may be truncated (OFAC ends its CSV files with 0x1A); download it again"
      case .replaced(let count, let examples, let path, let rule):
        return "\(count) entit\(count == 1 ? "y" : "ies") (e.g. \(examples.joined(separator: ", "))) "
          + "replaced by the same id\(count == 1 ? "" : "s") in \(path): \(rule)"
      case .withdrawn(let count, let examples, let path, let date, let included):
        return "\(count) entit\(count == 1 ? "y" : "ies") (e.g. \(examples.joined(separator: ", "))) "
          + "\(count == 1 ? "is" : "are") in no newer publication of this source (\(path), \(date)): "
          + (included ? "screened anyway, as superseded entities were included" : "withdrawn, so not screened (--include-superseded screens them)")
      }
    }
  }

  /// How many records of one FollowTheMoney schema were read.
  public struct SchemaCount: Sendable, Hashable {
    /// The schema name (`Address`, `Ownership`, ...).
    public let schema: String
    /// Records of that schema.
    public let count: Int

    /// Creates a count.
    public init(schema: String, count: Int) {
      self.schema = schema
      self.count = count
    }
  }

  /// Why another file's entity replaced this file's entity with the same id.
  public enum ReplacementRule: Sendable, Hashable, CustomStringConvertible {
    /// The other file states a newer publication date than this one's
    /// (nil: this file states none).
    case newerPublication(PartialDate, than: PartialDate?)
    /// Same or unknown publication dates: the later path wins.
    case laterPath

    public var description: String {
      switch self {
      case .newerPublication(let date, let own):
        return "its publication of \(date) is newer than \(own.map(\.description) ?? "this file's (undated)")"
      case .laterPath:
        return "same or unknown publication date, so the later path wins"
      }
    }
  }
}

/// Where in a list file a warning points.
public enum RecordLocation: Sendable, Hashable, CustomStringConvertible {
  /// A line of a text file (XML, CSV, JSON Lines), from 1.
  case line(Int)
  /// A spreadsheet row, from 1.
  case row(Int)
  /// An item of a JSON array, from 1.
  case item(Int)
  /// A companion file of the list (such as an OFAC `alt.csv`), by name.
  case file(String)

  public var description: String {
    switch self {
    case .line(let number): return "line \(number)"
    case .row(let number): return "row \(number)"
    case .item(let number): return "item \(number)"
    case .file(let name): return name
    }
  }
}
