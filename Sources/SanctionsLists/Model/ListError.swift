/// Why a list file could not be loaded. Every case names the file, where in it the problem is
/// (line, record or element) when that is known, what went wrong, and what to do about it.
public enum ListError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path does not exist.
  case fileNotFound(path: String)
  /// The path exists but cannot be read (permissions, I/O error, not a regular file).
  case unreadable(path: String, reason: String)
  /// The file has no content.
  case emptyFile(path: String)
  /// The content is not any supported list format.
  case unknownFormat(path: String, detail: String)
  /// The bytes are not valid UTF-8 where UTF-8 is required.
  case invalidUTF8(path: String, line: Int, byteOffset: Int)
  /// The XML is not well-formed or ends early (truncated).
  case malformedXML(path: String, line: Int, element: String?, detail: String)
  /// The CSV cannot be split into records (e.g. an unterminated quoted field).
  case malformedCSV(path: String, line: Int, detail: String)
  /// A CSV record has the wrong number of fields.
  case wrongColumnCount(path: String, line: Int, expected: Int, found: Int)
  /// A required column is absent from a CSV or spreadsheet header.
  case missingColumns(path: String, line: Int, columns: [String])
  /// The JSON is not well-formed.
  case malformedJSON(path: String, line: Int, column: Int, detail: String)
  /// A zip (or xlsx) container is damaged or not a zip at all.
  case badArchive(path: String, member: String?, detail: String)
  /// A gzip stream is damaged or truncated.
  case badCompression(path: String, detail: String)
  /// A compressed part (zip or xlsx member, gzip stream) inflates past the size or ratio
  /// limit (see `SANCTIONS_MAX_INFLATED_BYTES`).
  case inflatedTooLarge(path: String, member: String?, limit: Int, detail: String)
  /// A required member (e.g. the sheet of an xlsx) is missing from an archive.
  case missingMember(path: String, member: String)
  /// OFAC companion files (`alt.csv`, `add.csv`, ...) without their primary `sdn.csv`
  /// (or `cons_prim.csv`).
  case incompleteOFACSet(directory: String, found: [String], missing: String)
  /// A record is structurally unusable in a way that makes the whole file suspect.
  case invalidRecord(path: String, location: String, detail: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .fileNotFound(let path), .unreadable(let path, _), .emptyFile(let path),
      .unknownFormat(let path, _), .invalidUTF8(let path, _, _),
      .malformedXML(let path, _, _, _), .malformedCSV(let path, _, _),
      .wrongColumnCount(let path, _, _, _), .missingColumns(let path, _, _),
      .malformedJSON(let path, _, _, _), .badArchive(let path, _, _),
      .badCompression(let path, _), .missingMember(let path, _),
      .inflatedTooLarge(let path, _, _, _),
      .invalidRecord(let path, _, _):
      return path
    case .incompleteOFACSet(let directory, _, _):
      return directory
    }
  }

  /// A one-paragraph explanation: where, what, and what to do.
  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): no such file or directory. Check the path given to --lists."
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason)). Check that it is a readable file or folder."
    case .emptyFile(let path):
      return "\(path): the file is empty. Download the list again; an empty file is not a list."
    case .unknownFormat(let path, let detail):
      return
        "\(path): not a supported list format (\(detail)). Supported: OFAC CSV (sdn.csv set) "
        + "and Enhanced XML/ZIP, UN consolidated XML, US CSL CSV (.gz), UK OFSI XLSX/CSV, "
        + "Canada SEMA XML, DFAT XLSX, FollowTheMoney JSON lines, custom CSV/JSON lines/JSON "
        + "array of names."
    case .invalidUTF8(let path, let line, let offset):
      return
        "\(path):\(line): invalid UTF-8 byte sequence at byte offset \(offset). The file is "
        + "corrupt or in another encoding; download it again or convert it to UTF-8."
    case .malformedXML(let path, let line, let element, let detail):
      let inside = element.map { " in <\($0)>" } ?? ""
      return
        "\(path):\(line): malformed XML\(inside): \(detail). The file is damaged or "
        + "truncated; download it again."
    case .malformedCSV(let path, let line, let detail):
      return
        "\(path):\(line): malformed CSV: \(detail). The file is damaged or truncated; "
        + "download it again."
    case .wrongColumnCount(let path, let line, let expected, let found):
      return
        "\(path):\(line): record has \(found) field\(found == 1 ? "" : "s"), expected "
        + "\(expected). The file is damaged or not in the expected layout; download it again."
    case .missingColumns(let path, let line, let columns):
      return
        "\(path):\(line): header lacks required column\(columns.count == 1 ? "" : "s") "
        + columns.map { "'\($0)'" }.joined(separator: ", ")
        + ". Check that the file is in the documented layout."
    case .malformedJSON(let path, let line, let column, let detail):
      return
        "\(path):\(line):\(column): malformed JSON: \(detail). Fix the file or export it again."
    case .badArchive(let path, let member, let detail):
      let inside = member.map { " (member \($0))" } ?? ""
      return
        "\(path)\(inside): not a readable zip archive: \(detail). The download is damaged "
        + "or not a zip/xlsx file; download it again."
    case .badCompression(let path, let detail):
      return
        "\(path): damaged gzip data: \(detail). The download is damaged or truncated; "
        + "download it again."
    case .inflatedTooLarge(let path, let member, _, let detail):
      let inside = member.map { " (member \($0))" } ?? ""
      return
        "\(path)\(inside): refused to decompress: \(detail). Official lists inflate to a few "
        + "hundred MB at most; check the file, or raise the limit if it is genuine."
    case .missingMember(let path, let member):
      return
        "\(path): the archive has no \(member). It is not a complete list export; "
        + "download it again."
    case .incompleteOFACSet(let directory, let found, let missing):
      return
        "\(directory): incomplete OFAC set: has \(found.joined(separator: ", ")) but no "
        + "\(missing), so its aliases and addresses belong to no listed name. Put \(missing) "
        + "from the same publication next to them."
    case .invalidRecord(let path, let location, let detail):
      return "\(path): \(location): \(detail). The file is damaged; download it again."
    }
  }
}
