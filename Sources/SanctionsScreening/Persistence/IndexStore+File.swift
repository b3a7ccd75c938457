extension IndexStore {
  /// A standalone index file could not be written or read.
  public struct IndexFileError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the file and what to do.
    public let description: String
  }

  /// Writes `screener` to a standalone index file at `path` (atomically:
  /// a temporary file beside it, then a rename), for ``load(from:)`` in
  /// another process on the same engine build: a customer file indexed once
  /// and screened against many times, or an index shipped to workers. The
  /// file records the engine's build id (``EngineBuild/id``), not list paths
  /// or file times, so it and the binary can be copied anywhere.
  ///
  /// - Throws: ``IndexFileError`` when the file cannot be written.
  public static func save(_ screener: Screener, to path: String) throws(IndexFileError) {
    do {
      try writeIndexFile(screener, fingerprint: .engineBuild(), to: path, readableByOthers: true)
    } catch {
      throw IndexFileError(description: "cannot save the index to \(path): \(error.description)")
    }
  }

  /// Reads a standalone index file written by ``save(_:to:)``: mapped, its
  /// tables checked, only its distinct units decoded.
  ///
  /// - Throws: ``IndexFileError`` when the file is missing, damaged (magic,
  ///   checksum, any table out of bounds), or was written by another build
  ///   of the engine or index format (its keys may differ: build it again
  ///   with this one).
  public static func load(from path: String) throws(IndexFileError) -> Screener {
    switch readIndexFile(at: path, fingerprint: .engineBuild()) {
    case .success(let screener):
      return screener
    case .failure(.missing):
      throw IndexFileError(description: "\(path): no such index file (or it is empty)")
    case .failure(.stale):
      throw IndexFileError(
        description: "\(path) was written by another build of the engine or another index format; build it again")
    case .failure(.damaged(let reason)):
      throw IndexFileError(description: "\(path) is damaged (\(reason)); build it again")
    }
  }
}
