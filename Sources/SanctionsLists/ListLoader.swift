import SanctionsSupport
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
  ///   publication wins (by ``SnapshotDate``: the stated date, else a date in the path; a
  ///   date beats none; on a tie the later path wins), and the older file's report gets a
  ///   warning.
  /// - When a source has files of several dates, entities found only in an older one were
  ///   withdrawn since: they are left out (and counted in ``ListFileReport/withdrawn``)
  ///   unless `options.includeSuperseded`. Custom watchlists and FollowTheMoney exports are
  ///   never treated as snapshots of one another.
  public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws(ListError) -> LoadedLists {
    var jobs: [Job] = []
    var skipped: [SkippedPath] = []
    var walked: Set<FileID> = []
    for path in paths {
      try collect(path, explicit: true, jobs: &jobs, skipped: &skipped, walked: &walked)
    }
    var outcomes = run(jobs)
    var parsed: [(job: Job, list: ParsedList, counts: Counts)] = []
    for (index, job) in jobs.enumerated() {
      // Take the outcome out, so `parsed` holds the only reference to each list's entities
      // (the merge moves them without copying).
      let outcome = outcomes[index]
      outcomes[index] = .failure(.empty)
      switch outcome {
      case .success(let result): parsed.append((job, result.list, result.counts))
      case .failure(.notAList(let reason)):
        if job.explicit { throw .unknownFormat(path: job.path, detail: reason) }
        skipped.append(SkippedPath(path: job.path, reason: .notAList(reason)))
      case .failure(.empty):
        if job.explicit { throw .emptyFile(path: job.path) }
        skipped.append(SkippedPath(path: job.path, reason: .emptyFile))
      case .failure(.error(let error)):
        throw error
      }
    }
    return merge(consume parsed, skipped: skipped, options: options)
  }

  // MARK: - Collecting files

  struct Job: Sendable {
    var path: String
    var explicit: Bool
    /// Estimated work (bytes to parse), used to start the largest files first.
    var size: Int
  }

  /// Adds the list files at or under `path` to `jobs`. `walked` holds the folders entered so
  /// far (by device and inode): a folder met again (a symbolic-link cycle) is skipped.
  private static func collect(
    _ path: String, explicit: Bool, jobs: inout [Job], skipped: inout [SkippedPath], walked: inout Set<FileID>
  ) throws(ListError) {
    let found: (kind: FileSystem.Kind, id: FileID)
    do {
      found = try FileSystem.inspect(path)
    } catch {
      if error.isMissing && explicit { throw .fileNotFound(path: path) }
      // A link loop, a dangling link, no permission: say so, with the system's reason.
      let reason = error.isMissing ? "no such file (a dangling symbolic link?)" : error.reason
      if explicit { throw .unreadable(path: path, reason: reason) }
      skipped.append(SkippedPath(path: path, reason: .unreadable(reason)))
      return
    }
    switch found.kind {
    case .missing:
      throw .fileNotFound(path: path)
    case .other:
      if explicit { throw .unreadable(path: path, reason: "not a regular file or folder") }
      skipped.append(SkippedPath(path: path, reason: .notARegularFile))
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
      // Compressed containers expand ~6-10x: weight them so the largest work starts first.
      let lower = name.asciiLowercased
      let compressed = lower.hasSuffix(".xlsx") || lower.hasSuffix(".zip") || lower.hasSuffix(".gz")
      jobs.append(Job(path: path, explicit: explicit, size: FileSystem.size(of: path) * (compressed ? 8 : 1)))
    case .directory:
      guard walked.insert(found.id).inserted else {
        skipped.append(SkippedPath(path: path, reason: .alreadyWalked))
        return
      }
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
            SkippedPath(path: path, reason: .incompleteOFACSet(found: present, missing: family.primary)))
        }
      }
      for name in names {
        let child = FileSystem.join(path, name)
        if name.hasPrefix(".") {
          skipped.append(SkippedPath(path: child, reason: .hiddenFile))
          continue
        }
        if OFACCSVParser.isCompanionName(name) { continue }
        try collect(child, explicit: false, jobs: &jobs, skipped: &skipped, walked: &walked)
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

  /// Counts for a file's report, computed by the worker that parsed it (in parallel).
  struct Counts {
    var byType: [EntityType: Int] = [:]
    var names: [NameKind: Int] = [:]
    var identifiers: [String: Int] = [:]
    /// The id prefixes (`uk`, `ofac`, ... up to the first `:`; "" for an id without one) of
    /// the file's entities: ids are source-qualified, so files with no prefix in common can
    /// share no id.
    var idPrefixes: Set<Substring> = []

    init(_ list: ParsedList) {
      // Indexing (not `for entity in`) reads fields in place instead of copying each entity.
      let entities = list.entities
      var lastPrefix: Substring? = nil
      for position in entities.indices {
        let id = entities[position].id
        let prefix = id.utf8.firstIndex(of: 0x3A).map { id[..<$0] } ?? ""
        if prefix != lastPrefix {
          idPrefixes.insert(prefix)
          lastPrefix = prefix
        }
        byType[entities[position].type, default: 0] += 1
        let entityNames = entities[position].names
        for index in entityNames.indices { names[entityNames[index].kind, default: 0] += 1 }
        let entityIdentifiers = entities[position].identifiers
        for index in entityIdentifiers.indices {
          identifiers[entityIdentifiers[index].kind.description, default: 0] += 1
        }
      }
    }
  }

  private static func run(_ jobs: [Job]) -> [Result<(list: ParsedList, counts: Counts), Failure>] {
    let results = Mutex<[Result<(list: ParsedList, counts: Counts), Failure>?]>(
      Array(repeating: nil, count: jobs.count))
    // Largest files first, each worker taking the next one, so the workers finish together.
    let order = jobs.indices.sorted { jobs[$0].size > jobs[$1].size }
    ParallelLoop.forEach(count: order.count, schedule: .inOrder) { slot in
      let index = order[slot]
      let outcome: Result<(list: ParsedList, counts: Counts), Failure>
      do throws(Failure) {
        let list = try FormatDetector.parse(path: jobs[index].path)
        outcome = .success((list, Counts(list)))
      } catch {
        outcome = .failure(error)
      }
      results.withLock { $0[index] = outcome }
    }
    return results.withLock { $0.map { $0! } }
  }

  // MARK: - Merging

  private static func merge(
    _ parsed: consuming [(job: Job, list: ParsedList, counts: Counts)], skipped: [SkippedPath], options: LoadOptions
  ) -> LoadedLists {
    let dates = parsed.map { SnapshotDate.of(path: $0.job.path, published: $0.list.published)?.date }
    let newerSnapshot = newestSnapshots(sources: parsed.map(\.list.source), dates: dates)
    // Files that may share ids: those with an id prefix in common (union-find over files).
    var group = Array(parsed.indices)
    func root(_ file: Int) -> Int {
      var file = file
      while group[file] != file { file = group[file] }
      return file
    }
    var fileWithPrefix: [Substring: Int] = [:]
    for fileIndex in parsed.indices {
      for prefix in parsed[fileIndex].counts.idPrefixes {
        if let other = fileWithPrefix[prefix] {
          let (a, b) = (root(fileIndex), root(other))
          if a != b { group[max(a, b)] = min(a, b) }
        } else {
          fileWithPrefix[prefix] = fileIndex
        }
      }
    }
    var groupSize = [Int](repeating: 0, count: parsed.count)
    for fileIndex in parsed.indices { groupSize[root(fileIndex)] += 1 }
    // Which file wins each id, for files that may share ids with another file; a file alone
    // in its group keeps all its entities without any look-up.
    var owner: [String: Int] = [:]
    owner.reserveCapacity(
      parsed.indices.reduce(0) { groupSize[root($1)] > 1 ? $0 + parsed[$1].list.entities.count : $0 })
    var contested = [Bool](repeating: false, count: parsed.count)
    func newer(_ a: Int, than b: Int) -> Bool {
      switch (dates[a], dates[b]) {
      case (nil, nil): return a > b
      case (.some, nil): return true
      case (nil, .some): return false
      case (.some(let x), .some(let y)): return x == y ? a > b : x > y
      }
    }
    for fileIndex in parsed.indices where groupSize[root(fileIndex)] > 1 {
      let fileEntities = parsed[fileIndex].list.entities
      for position in fileEntities.indices {
        let id = fileEntities[position].id
        if let current = owner.updateValue(fileIndex, forKey: id) {
          contested[fileIndex] = true
          contested[current] = true
          if !newer(fileIndex, than: current) { owner[id] = current }
        }
      }
    }
    // Winners of contested files, the warnings about losers, and each file's first position
    // in the merged array.
    var keep: [[Bool]] = Array(repeating: [], count: parsed.count)
    var kept = [Int](repeating: 0, count: parsed.count)
    var reports: [ListFileReport] = []
    for (fileIndex, item) in parsed.enumerated() {
      let list = item.list
      var lostTo: [Int: (count: Int, examples: [String])] = [:]
      let withdrawnSince = newerSnapshot[fileIndex]
      var withdrawn = (count: 0, examples: [String]())
      if !contested[fileIndex] && withdrawnSince == nil {
        kept[fileIndex] = list.entities.count
      } else {
        var mask = [Bool](repeating: false, count: list.entities.count)
        for position in list.entities.indices {
          let id = list.entities[position].id
          let winner = contested[fileIndex] ? owner[id]! : fileIndex
          if winner == fileIndex {
            if withdrawnSince != nil {
              withdrawn.count += 1
              if withdrawn.examples.count < 3 { withdrawn.examples.append(id) }
              if !options.includeSuperseded { continue }
            }
            mask[position] = true
            kept[fileIndex] += 1
          } else {
            var entry = lostTo[winner] ?? (0, [])
            entry.count += 1
            if entry.examples.count < 3 { entry.examples.append(id) }
            lostTo[winner] = entry
          }
        }
        keep[fileIndex] = mask
      }
      var warnings = list.warnings
      if list.entities.isEmpty { warnings.append(ListWarning(.noEntities)) }
      if let newer = withdrawnSince, withdrawn.count > 0 {
        warnings.append(
          ListWarning(
            .withdrawn(
              count: withdrawn.count, examples: withdrawn.examples, path: parsed[newer].job.path,
              date: dates[newer]!, included: options.includeSuperseded)))
      }
      var superseded = 0
      for (winner, entry) in lostTo.sorted(by: { $0.key < $1.key }) {
        superseded += entry.count
        let other = parsed[winner]
        let rule: ListWarning.ReplacementRule
        if let date = dates[winner], date != dates[fileIndex] {
          rule = .newerPublication(date, than: dates[fileIndex])
        } else {
          rule = .laterPath
        }
        warnings.append(
          ListWarning(.replaced(count: entry.count, examples: entry.examples, path: other.job.path, rule: rule)))
      }
      reports.append(
        ListFileReport(
          path: item.job.path, companionPaths: list.companions, format: list.format,
          gzipped: list.gzipped, source: list.source, published: list.published,
          records: list.records, entities: list.entities.count, superseded: superseded,
          withdrawn: withdrawn.count, screened: kept[fileIndex],
          snapshotDate: SnapshotDate.of(path: item.job.path, published: list.published),
          byType: item.counts.byType, names: item.counts.names, identifiers: item.counts.identifiers,
          warnings: warnings))
    }
    var firstSlot = [Int](repeating: 0, count: parsed.count)
    var total = 0
    for fileIndex in parsed.indices {
      firstSlot[fileIndex] = total
      total += kept[fileIndex]
    }
    // The merged array, filled from the back by moving entities out of the parsed lists
    // (no copies); losers are dropped.
    let entities = [Entity](unsafeUninitializedCapacity: total) { buffer, initialized in
      var slot = total
      for fileIndex in parsed.indices.reversed() {
        var source: [Entity] = []
        swap(&source, &parsed[fileIndex].list.entities)
        let mask = keep[fileIndex]
        var position = source.count
        while let entity = source.popLast() {
          position -= 1
          if mask.isEmpty || mask[position] {
            slot -= 1
            (buffer.baseAddress! + slot).initialize(to: entity)
          }
        }
      }
      precondition(slot == 0)
      initialized = total
    }
    return LoadedLists(entities: entities, reports: reports, skipped: skipped)
  }

  /// For each file, the newest file of the same source when that one has a
  /// later snapshot date (so this file is an older publication), else nil.
  private static func newestSnapshots(sources: [ListSource], dates: [PartialDate?]) -> [Int?] {
    var newest: [ListSource: Int] = [:]
    for (index, source) in sources.enumerated() where source.publishesSnapshots {
      guard let date = dates[index] else { continue }
      if let current = newest[source], let currentDate = dates[current], currentDate >= date { continue }
      newest[source] = index
    }
    return sources.indices.map { index in
      guard let newer = newest[sources[index]], let date = dates[index], let newerDate = dates[newer],
        date < newerDate
      else { return nil }
      return newer
    }
  }
}

/// How ``ListLoader/load(paths:options:)`` treats several publications of one source.
public struct LoadOptions: Sendable, Hashable {
  /// Screen entities found only in an older publication of a source (withdrawn since).
  public var includeSuperseded: Bool

  /// Options; by default entities withdrawn from a newer publication are left out.
  public init(includeSuperseded: Bool = false) {
    self.includeSuperseded = includeSuperseded
  }
}

extension ListSource {
  /// Whether files of this source are publications of one list, a newer one
  /// replacing an older (not true of custom watchlists and FtM exports).
  var publishesSnapshots: Bool { self != .custom && self != .followTheMoney }
}
