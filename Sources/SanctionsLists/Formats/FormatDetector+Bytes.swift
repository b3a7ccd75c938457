import SanctionsSupport

extension ListLoader {
  /// Detects the format of a list held in memory and parses it, as
  /// ``load(paths:options:)`` does for one file (gzip, zip/xlsx, XML, JSON
  /// and CSV layouts), without touching the file system. `name` stands for
  /// the file's path: its extension steers detection as a real path would.
  ///
  /// For the fuzz targets (`Fuzz/`) and tests: returns the entities read, or
  /// nil when the bytes are not a list (or a damaged one).
  package static func parseInMemory(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> [Entity]? {
    let buffer = ByteBuffer(capacity: bytes.count) { (target: UnsafeMutableBufferPointer<UInt8>) -> Int in
      if let source = bytes.baseAddress, let destination = target.baseAddress {
        destination.update(from: source, count: bytes.count)
      }
      return bytes.count
    }
    guard let list = try? FormatDetector.parse(buffer, path: name, gzipped: false) else { return nil }
    return list.entities
  }
}
