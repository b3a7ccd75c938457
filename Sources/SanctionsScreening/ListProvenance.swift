public import SanctionsLists
import SanctionsSupport

/// What a screener was built from: every list file with its source, dates,
/// counts and SHA-256, and the warnings loading gave. Saved with the index,
/// so every run (not only the one that built it) can report it and record it
/// in audit data.
public struct ListProvenance: Sendable, Hashable {
  /// The list files, in load order (the order of ``ScreeningEntity/listFile``).
  public var files: [ListFileSummary]
  /// The warnings loading gave (list problems, skipped paths, names not
  /// indexed), as sentences.
  public var warnings: [String]
  /// Whether entities withdrawn from a newer publication were screened too.
  public var includesSuperseded: Bool

  /// Provenance of lists loaded elsewhere (no files known).
  public static let unknown = ListProvenance(files: [], warnings: [], includesSuperseded: false)

  /// Creates a provenance record.
  public init(files: [ListFileSummary], warnings: [String], includesSuperseded: Bool) {
    self.files = files
    self.warnings = warnings
    self.includesSuperseded = includesSuperseded
  }

  /// The files and warnings of loaded lists; each file (and companion) is
  /// hashed here.
  ///
  /// - Complexity: reads every list file once (SHA-256 at a few hundred MB/s).
  public init(_ lists: LoadedLists, options: LoadOptions, extraWarnings: [String] = []) {
    var files: [ListFileSummary] = []
    files.reserveCapacity(lists.reports.count)
    let reports = lists.reports
    let hashes = ParallelLoop.map(count: reports.count, schedule: .inOrder) { index in
      ([reports[index].path] + reports[index].companionPaths).map { path in
        (try? SHA256.hash(file: path))?.digest.hexadecimal ?? "unreadable"
      }
    }
    var warnings: [String] = []
    for (index, report) in lists.reports.enumerated() {
      files.append(
        ListFileSummary(
          path: FileSystem.realPath(report.path) ?? report.path,
          companionPaths: report.companionPaths.map { FileSystem.realPath($0) ?? $0 },
          format: report.format.rawValue, source: report.source, published: report.published?.description,
          snapshotDate: report.snapshotDate?.date.description, entities: report.entities, screened: report.screened,
          sha256: hashes[index][0], companionSHA256: Array(hashes[index].dropFirst())))
      for warning in report.warnings { warnings.append("\(report.path): \(warning)") }
    }
    for skipped in lists.skipped { warnings.append("skipped \(skipped.path): \(skipped.reason)") }
    self.init(files: files, warnings: warnings + extraWarnings, includesSuperseded: options.includeSuperseded)
  }
}

/// One list file a screener was built from.
public struct ListFileSummary: Sendable, Hashable {
  /// The file's absolute path when the index was built.
  public var path: String
  /// Files read with it (an OFAC CSV set's `alt.csv`, `add.csv`, comments).
  public var companionPaths: [String]
  /// The detected format (`un-xml`, `ofac-csv`, ...).
  public var format: String
  /// The list it belongs to.
  public var source: ListSource
  /// The publication date the file states (`2026-02-27`), if any.
  public var published: String?
  /// The date ordering it among publications of its source (stated, else from its path).
  public var snapshotDate: String?
  /// Entities read from it.
  public var entities: Int
  /// Of those, entities screened (the others were replaced by newer publications or withdrawn).
  public var screened: Int
  /// SHA-256 of the file, 64 hex digits.
  public var sha256: String
  /// SHA-256 of each companion file, in ``companionPaths`` order.
  public var companionSHA256: [String]

  /// Creates a summary.
  public init(
    path: String, companionPaths: [String], format: String, source: ListSource, published: String?,
    snapshotDate: String?, entities: Int, screened: Int, sha256: String, companionSHA256: [String]
  ) {
    self.path = path
    self.companionPaths = companionPaths
    self.format = format
    self.source = source
    self.published = published
    self.snapshotDate = snapshotDate
    self.entities = entities
    self.screened = screened
    self.sha256 = sha256
    self.companionSHA256 = companionSHA256
  }
}
