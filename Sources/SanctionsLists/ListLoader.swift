import Dispatch
import Synchronization

/// Loads official list files (and custom watchlists) into one entity model.
///
/// ```swift
/// let loaded = try ListLoader.load(paths: ["lists/un/consolidated.xml", "lists/ofac"])
/// for entity in loaded.entities { index(entity.names) }
/// ```
///
/// Formats are detected from the content (magic bytes, XML root element, CSV header shape,
/// JSON shape), never from the file name alone. Files are parsed in parallel.
public enum ListLoader {
  /// Loads files and folders.
  ///
  /// - A path named explicitly must be a list (or a folder): anything else is an error.
  /// - Folders are walked recursively; files that are not lists (documentation, metadata,
  ///   hidden files) and incomplete OFAC CSV sets are skipped and reported in
  ///   ``LoadedLists/skipped``. A folder named explicitly that directly holds OFAC `alt.csv` /
  ///   `add.csv` without `sdn.csv` is an error.
  /// - A file that is a list but cannot be read (malformed XML, wrong column count, invalid
  ///   UTF-8, damaged zip...) is an error: nothing is half-loaded.
  /// - When two files yield the same entity id (two publications of one list), the newer
  ///   publication wins (a stated date beats none; on a tie the later path wins), and the
  ///   older file's report gets a warning.
  public static func load(paths: [String]) throws(ListError) -> LoadedLists {
    var jobs: [Job] = []
    var skipped: [SkippedPath] = []
    for path in paths {
      try collect(path, explicit: true, jobs: &jobs, skipped: &skipped)
    }
    let outcomes = run(jobs)
    var parsed: [(job: Job, list: ParsedList)] = []
    for (job, outcome) in zip(jobs, outcomes) {
      switch outcome {
      case .success(let list): parsed.append((job, list))
      case .failure(.notAList(let reason)):
        if job.explicit { throw .unknownFormat(path: job.path, detail: reason) }
        skipped.append(SkippedPath(path: job.path, reason: "not a list: \(reason)"))
      case .failure(.empty):
        if job.explicit { throw .emptyFile(path: job.path) }
        skipped.append(SkippedPath(path: job.path, reason: "empty file"))
      case .failure(.error(let error)):
        throw error
      }
    }
    return merge(parsed, skipped: skipped)
  }

  // MARK: - Collecting files

  struct Job: Sendable {
    var path: String
    var explicit: Bool
    var size: Int
  }

  private static func collect(
    _ path: String, explicit: Bool, jobs: inout [Job], skipped: inout [SkippedPath]
  ) throws(ListError) {
    switch FileSystem.kind(of: path) {
    case .missing:
      throw .fileNotFound(path: path)
    case .other:
      if explicit { throw .unreadable(path: path, reason: "not a regular file or folder") }
      skipped.append(SkippedPath(path: path, reason: "not a regular file"))
    case .file:
      let name = FileSystem.baseName(path)
      if OFACCSVParser.isCompanionName(name) {
        // A companion on its own is never a list.
        let primaries = OFACCSVParser.companions(ofCompanion: path)
        if explicit {
          if primaries == nil {
            throw .incompleteOFACSet(
              directory: FileSystem.directoryName(path), found: [name], missing: expectedPrimary(for: name))
          }
          throw .unknownFormat(
            path: path,
            detail: "\(name) is part of an OFAC CSV set; name its \(expectedPrimary(for: name)) or its folder instead")
        }
        return  // handled with its folder
      }
      jobs.append(Job(path: path, explicit: explicit, size: FileSystem.size(of: path)))
    case .directory:
      let names = try FileSystem.list(directory: path)
      let lowered = Set(names.map(\.asciiLowercased))
      // Incomplete OFAC sets in this folder.
      for family in [(primary: "sdn.csv", companions: ["alt.csv", "add.csv", "sdn_comments.csv"]),
                     (primary: "cons_prim.csv", companions: ["cons_alt.csv", "cons_add.csv", "cons_comments.csv"])]
      {
        let present = names.filter { family.companions.contains($0.asciiLowercased) }
        if !present.isEmpty, !lowered.contains(family.primary) {
          if explicit {
            throw .incompleteOFACSet(directory: path, found: present, missing: family.primary)
          }
          skipped.append(
            SkippedPath(
              path: path,
              reason: "incomplete OFAC set: \(present.joined(separator: ", ")) without \(family.primary) "
                + "(aliases and addresses without their primary names)"))
        }
      }
      for name in names {
        let child = FileSystem.join(path, name)
        if name.hasPrefix(".") {
          skipped.append(SkippedPath(path: child, reason: "hidden file"))
          continue
        }
        if OFACCSVParser.isCompanionName(name) { continue }
        try collect(child, explicit: false, jobs: &jobs, skipped: &skipped)
      }
    }
  }

  private static func expectedPrimary(for companion: String) -> String {
    companion.asciiLowercased.hasPrefix("cons") ? "cons_prim.csv" : "sdn.csv"
  }

  // MARK: - Parsing in parallel

  enum Failure: Error {
    case notAList(String)
    case empty
    case error(ListError)
  }

  private static func run(_ jobs: [Job]) -> [Result<ParsedList, Failure>] {
    let results = Mutex<[Result<ParsedList, Failure>?]>(Array(repeating: nil, count: jobs.count))
    // Largest files first, so two cores finish together.
    let order = jobs.indices.sorted { jobs[$0].size > jobs[$1].size }
    DispatchQueue.concurrentPerform(iterations: order.count) { slot in
      let index = order[slot]
      let outcome: Result<ParsedList, Failure>
      do throws(Failure) {
        outcome = .success(try FormatDetector.parse(path: jobs[index].path))
      } catch {
        outcome = .failure(error)
      }
      results.withLock { $0[index] = outcome }
    }
    return results.withLock { $0.map { $0! } }
  }

  // MARK: - Merging

  private static func merge(_ parsed: [(job: Job, list: ParsedList)], skipped: [SkippedPath]) -> LoadedLists {
    // Which file wins each id.
    var owner: [String: Int] = [:]
    owner.reserveCapacity(parsed.reduce(0) { $0 + $1.list.entities.count })
    func newer(_ a: Int, than b: Int) -> Bool {
      switch (parsed[a].list.published, parsed[b].list.published) {
      case (nil, nil): return a > b
      case (.some, nil): return true
      case (nil, .some): return false
      case (.some(let x), .some(let y)): return x == y ? a > b : x > y
      }
    }
    for (fileIndex, item) in parsed.enumerated() {
      for entity in item.list.entities {
        if let current = owner[entity.id] {
          if newer(fileIndex, than: current) { owner[entity.id] = fileIndex }
        } else {
          owner[entity.id] = fileIndex
        }
      }
    }
    var entities: [Entity] = []
    entities.reserveCapacity(owner.count)
    var reports: [ListFileReport] = []
    for (fileIndex, item) in parsed.enumerated() {
      let list = item.list
      var byType: [EntityType: Int] = [:]
      var names: [NameKind: Int] = [:]
      var identifiers: [String: Int] = [:]
      var lostTo: [Int: (count: Int, examples: [String])] = [:]
      for entity in list.entities {
        byType[entity.type, default: 0] += 1
        for name in entity.names { names[name.kind, default: 0] += 1 }
        for identifier in entity.identifiers { identifiers[identifier.kind.description, default: 0] += 1 }
        let winner = owner[entity.id]!
        if winner == fileIndex {
          entities.append(entity)
        } else {
          var entry = lostTo[winner] ?? (0, [])
          entry.count += 1
          if entry.examples.count < 3 { entry.examples.append(entity.id) }
          lostTo[winner] = entry
        }
      }
      var warnings = list.warnings
      var superseded = 0
      for (winner, entry) in lostTo.sorted(by: { $0.key < $1.key }) {
        superseded += entry.count
        let other = parsed[winner]
        let rule: String
        if let date = other.list.published, date != list.published {
          rule = "its publication of \(date) is newer than \(list.published.map(\.description) ?? "this file's (undated)")"
        } else {
          rule = "same or unknown publication date, so the later path wins"
        }
        warnings.append(
          "\(entry.count) entit\(entry.count == 1 ? "y" : "ies") (e.g. \(entry.examples.joined(separator: ", "))) "
            + "replaced by the same id\(entry.count == 1 ? "" : "s") in \(other.job.path): \(rule)")
      }
      reports.append(
        ListFileReport(
          path: item.job.path, companionPaths: list.companions, format: list.format,
          gzipped: list.gzipped, source: list.source, published: list.published,
          records: list.records, entities: list.entities.count, superseded: superseded,
          byType: byType, names: names, identifiers: identifiers, warnings: warnings))
    }
    return LoadedLists(entities: entities, reports: reports, skipped: skipped)
  }
}
