import SanctionsLists
import SanctionsSupport

/// Encoding of a screener's ``ListProvenance`` in the index file.
enum ProvenanceCoding {
  static func encode(_ provenance: ListProvenance, into writer: inout BinaryWriter) {
    writer.write(UInt64(provenance.files.count))
    for file in provenance.files {
      writer.write(file.path)
      writer.write(file.format)
      writer.write(UInt8(ListSource.allCases.firstIndex(of: file.source)!))
      writer.write(file.published ?? "")
      writer.write(file.snapshotDate ?? "")
      writer.write(UInt64(file.entities))
      writer.write(UInt64(file.screened))
      writer.write(file.sha256)
      writer.write(UInt64(file.companionPaths.count))
      for (path, hash) in zip(file.companionPaths, file.companionSHA256) {
        writer.write(path)
        writer.write(hash)
      }
    }
    writer.write(UInt64(provenance.warnings.count))
    for warning in provenance.warnings { writer.write(warning) }
    writer.write(UInt8(provenance.includesSuperseded ? 1 : 0))
  }

  static func decode(from reader: inout BinaryReader) throws(BinaryFormatError) -> ListProvenance {
    let fileCount = try reader.readCount()
    var files: [ListFileSummary] = []
    for _ in 0..<fileCount {
      let path = try reader.readString()
      let format = try reader.readString()
      let source = try reader.readCase(of: ListSource.allCases)
      let published = try reader.readString()
      let snapshotDate = try reader.readString()
      // Compared as read (64 bits): a damaged count above Int.max must not trap in Int(_:).
      let entityCount = try reader.read(UInt64.self)
      let screenedCount = try reader.read(UInt64.self)
      guard entityCount <= UInt64(UInt32.max), screenedCount <= entityCount else {
        throw BinaryFormatError(description: "list file entity counts out of range")
      }
      let entities = Int(entityCount)
      let screened = Int(screenedCount)
      let sha256 = try reader.readString()
      let companionCount = try reader.readCount()
      var companionPaths: [String] = []
      var companionHashes: [String] = []
      for _ in 0..<companionCount {
        companionPaths.append(try reader.readString())
        companionHashes.append(try reader.readString())
      }
      files.append(
        ListFileSummary(
          path: path, companionPaths: companionPaths, format: format, source: source,
          published: published.isEmpty ? nil : published, snapshotDate: snapshotDate.isEmpty ? nil : snapshotDate,
          entities: entities, screened: screened, sha256: sha256, companionSHA256: companionHashes))
    }
    let warningCount = try reader.readCount()
    var warnings: [String] = []
    for _ in 0..<warningCount { warnings.append(try reader.readString()) }
    let includesSuperseded = try reader.read(UInt8.self)
    guard includesSuperseded <= 1 else { throw BinaryFormatError(description: "bad superseded flag") }
    return ListProvenance(files: files, warnings: warnings, includesSuperseded: includesSuperseded == 1)
  }
}
