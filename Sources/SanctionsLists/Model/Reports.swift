import Synchronization

/// A supported file format, as detected from the file's content.
public enum ListFormat: String, Sendable, Hashable, CaseIterable {
  /// OFAC legacy CSV set: `sdn.csv` (or `cons_prim.csv`) with `alt`, `add` and comments files.
  case ofacCSV = "ofac-csv"
  /// OFAC Enhanced XML (`SDN_ENHANCED` / `CONS_ENHANCED`), plain or zipped.
  case ofacEnhancedXML = "ofac-enhanced-xml"
  /// UN Security Council consolidated list XML.
  case unXML = "un-xml"
  /// US Consolidated Screening List CSV (trade.gov), plain or gzip-compressed.
  case usCSLCSV = "us-csl-csv"
  /// UK OFSI consolidated list, "2022 format" workbook.
  case ukOFSIXLSX = "uk-ofsi-xlsx"
  /// UK OFSI / HM Treasury consolidated list CSV (old 29-column layout or 2022 format).
  case ukOFSICSV = "uk-ofsi-csv"
  /// Canada SEMA consolidated list XML.
  case canadaSEMAXML = "ca-sema-xml"
  /// Australia DFAT consolidated list workbook.
  case dfatXLSX = "au-dfat-xlsx"
  /// FollowTheMoney entities, one JSON object per line (OpenSanctions exports).
  case followTheMoneyJSON = "ftm-json"
  /// Custom watchlist CSV with a header (`id,name,type,aliases,...`).
  case customCSV = "custom-csv"
  /// Custom watchlist, one JSON object per line.
  case customJSONLines = "custom-jsonl"
  /// A plain JSON array of names.
  case customJSONArray = "custom-json-array"
}

/// What was read from one list file (or OFAC CSV set).
public struct ListFileReport: Sendable {
  /// The file as given or found while walking a folder (the `sdn.csv` of an OFAC set).
  public var path: String
  /// Other files read as part of the same list (OFAC `alt.csv`, `add.csv`, comments).
  public var companionPaths: [String]
  /// The detected format.
  public var format: ListFormat
  /// True when the file was gzip-compressed.
  public var gzipped: Bool
  /// The list the file belongs to.
  public var source: ListSource
  /// The publication date the file states, if it states one.
  public var published: PartialDate?
  /// Records read (rows, elements, lines); several rows may form one entity.
  public var records: Int
  /// Entities read from this file (before merging with other files).
  public var entities: Int
  /// Entities that another file replaced (same id, newer publication).
  public var superseded: Int
  /// Entities of this file that are in no newer publication of its source
  /// (see ``SnapshotDate``): withdrawn since, screened only when superseded
  /// entities are included.
  public var withdrawn: Int
  /// Entities of this file in ``LoadedLists/entities`` (the others were
  /// replaced or withdrawn). The loaded entities come file by file, in report order.
  public var screened: Int
  /// The date that orders this file among the publications of its source.
  public var snapshotDate: SnapshotDate?
  /// Entity counts by type.
  public var byType: [EntityType: Int]
  /// Name counts by kind.
  public var names: [NameKind: Int]
  /// Identifier counts by kind (`passport`, `imo`, ... or the label of other identifiers).
  public var identifiers: [String: Int]
  /// Problems that did not stop loading: skipped records, replaced duplicates, values kept as
  /// text. Each says what and where.
  public var warnings: [ListWarning]

  /// Total number of names.
  public var nameCount: Int { names.values.reduce(0, +) }
  /// Total number of identifiers.
  public var identifierCount: Int { identifiers.values.reduce(0, +) }
}

/// A path found while walking a folder that was not loaded, and why.
public struct SkippedPath: Sendable, Hashable {
  /// The file or folder.
  public var path: String
  /// Why it was skipped (not a list, incomplete OFAC set...).
  public var reason: Reason

  /// Why a path met while walking a folder was not loaded.
  public enum Reason: Sendable, Hashable, CustomStringConvertible {
    /// The file's content is not a list format; the detail says what it is.
    case notAList(String)
    /// The file is empty.
    case emptyFile
    /// Neither a regular file nor a folder (a device, a socket...).
    case notARegularFile
    /// A hidden file or folder (its name starts with `.`).
    case hiddenFile
    /// OFAC companion files (`found`) without their primary file (`missing`).
    case incompleteOFACSet(found: [String], missing: String)
    /// A folder already walked, reached again through a symbolic link (a cycle such as
    /// `a -> ..`, or a second link to it): its files are loaded once.
    case alreadyWalked
    /// The path cannot be examined or read; the reason is the system's (e.g. "Too many levels
    /// of symbolic links" for a link loop, "Permission denied").
    case unreadable(String)

    public var description: String {
      switch self {
      case .notAList(let detail): return "not a list: \(detail)"
      case .emptyFile: return "empty file"
      case .notARegularFile: return "not a regular file (a FIFO, socket or device is never opened)"
      case .hiddenFile: return "hidden file"
      case .alreadyWalked:
        return "a folder already walked (a symbolic-link cycle or a second link to it); its files are loaded once"
      case .unreadable(let reason): return "cannot be read: \(reason)"
      case .incompleteOFACSet(let found, let missing):
        return "incomplete OFAC set: \(found.joined(separator: ", ")) without \(missing) "
          + "(aliases and addresses without their primary names)"
      }
    }
  }
}

/// The result of loading one or more list paths.
public struct LoadedLists: Sendable {
  /// All entities, de-duplicated by id (the newer publication wins), in load order.
  public var entities: [Entity]
  /// One report per list file, in load order.
  public var reports: [ListFileReport]
  /// Files and folders met while walking folders that were not loaded, each with the reason.
  public var skipped: [SkippedPath]
  /// The id index, built on first use (loading alone never needs it).
  private let index: LazyIDIndex

  init(entities: [Entity], reports: [ListFileReport], skipped: [SkippedPath]) {
    self.entities = entities
    self.reports = reports
    self.skipped = skipped
    index = LazyIDIndex(entities)
  }

  /// The position in ``reports`` of the file that entity `position` of
  /// ``entities`` comes from.
  public func reportIndex(ofEntityAt position: Int) -> Int? {
    var start = 0
    for (index, report) in reports.enumerated() {
      if position < start + report.screened { return index }
      start += report.screened
    }
    return nil
  }

  /// The entity with that id, if loaded.
  public func entity(id: String) -> Entity? {
    index.position(of: id).map { entities[$0] }
  }
}

/// An id → position index over the entities as loaded, built once on first use (the last
/// position wins for a repeated id).
private final class LazyIDIndex: Sendable {
  private let state: Mutex<(entities: [Entity], index: [String: Int]?)>

  init(_ entities: [Entity]) {
    state = Mutex((entities, nil))
  }

  func position(of id: String) -> Int? {
    state.withLock { state in
      if state.index == nil {
        var index: [String: Int] = [:]
        index.reserveCapacity(state.entities.count)
        for position in state.entities.indices { index[state.entities[position].id] = position }
        state.index = index
        state.entities = []
      }
      return state.index![id]
    }
  }
}
