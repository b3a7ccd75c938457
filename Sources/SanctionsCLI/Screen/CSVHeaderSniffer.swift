import SanctionsSupport

/// Reads a CSV header row, and tells when a text batch's first line looks
/// like one (so the user can be pointed to `--input csv`).
enum CSVHeaderSniffer {
  /// The fields of a header row; nil when it is not valid CSV or not UTF-8.
  static func fields(_ bytes: [UInt8]) -> [String]? {
    bytes.withUnsafeBufferPointer { buffer -> [String]? in
      var position = 0
      var fields: [CSVField] = []
      do throws(CSVSyntaxError) {
        _ = try CSVScanner.scanRecord(buffer, position: &position, into: &fields)
      } catch {
        return nil
      }
      var result: [String] = []
      for field in fields {
        guard let text = UTF8Validation.string(CSVScanner.bytes(of: field, in: buffer)[...]) else { return nil }
        result.append(text.trimmingWhitespace)
      }
      return result
    }
  }

  /// Whether `line` is a header with commas: at least two fields, one of
  /// which is a column name a customer file would use for its names.
  static func looksLikeCSVHeader(_ line: ArraySlice<UInt8>) -> Bool {
    guard line.contains(0x2C) else { return false }
    var bytes = Array(line)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let header = fields(bytes), header.count >= 2 else { return false }
    return (try? CSVColumns.resolve(header: header)) != nil
  }
}
