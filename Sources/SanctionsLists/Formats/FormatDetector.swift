import SanctionsSupport

/// Recognises a list format from content and hands the bytes to its parser.
enum FormatDetector {
  typealias Failure = ListLoader.Failure

  static func parse(path: String) throws(Failure) -> ParsedList {
    let data: ByteBuffer
    do { data = try FileSystem.readFile(path) } catch { throw .error(error) }
    return try parse(data, path: path, gzipped: false)
  }

  static func parse(_ data: ByteBuffer, path: String, gzipped: Bool) throws(Failure) -> ParsedList {
    do {
      return try detectAndParse(data, path: path, gzipped: gzipped)
    } catch let failure as Failure {
      throw failure
    } catch let error as ListError {
      throw .error(error)
    } catch {
      throw .error(.unknownFormat(path: path, detail: "\(error)"))
    }
  }

  private static func detectAndParse(_ data: ByteBuffer, path: String, gzipped: Bool) throws -> ParsedList {
    if data.count == 0 {
      if gzipped { throw ListError.badCompression(path: path, detail: "the compressed file contains nothing") }
      throw Failure.empty
    }
    if Gzip.looksLikeGzip(data) {
      if gzipped { throw Failure.notAList("gzip inside gzip") }
      let inner = try Gzip.decompress(data, path: path)
      var list = try detectAndParse(inner, path: path, gzipped: true)
      list.gzipped = true
      return list
    }
    let lowerName = FileSystem.baseName(path).asciiLowercased
    if data.hasPrefix([0x50, 0x4B]) {
      guard ZipArchive.looksLikeZip(data) else {
        throw ListError.badArchive(path: path, member: nil, detail: "damaged zip signature")
      }
      return try parseZip(ZipArchive(data, path: path), path: path)
    }
    if lowerName.hasSuffix(".zip") || lowerName.hasSuffix(".xlsx") {
      throw ListError.badArchive(
        path: path, member: nil, detail: "the file does not start with a zip signature (PK)")
    }
    // Skip a BOM and leading whitespace.
    var start = data.hasPrefix([0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < data.count, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
    guard start < data.count else { throw Failure.notAList("only whitespace") }
    let probe = min(data.count, 4096)
    if memchr(data.base, 0, probe) != nil { throw Failure.notAList("binary data") }
    switch data[start] {
    case 0x3C:  // '<'
      return try parseXML(data, path: path)
    case 0x5B, 0x7B:  // '[' '{'
      return try parseJSON(data, path: path, start: start)
    default:
      return try parseCSV(data, path: path)
    }
  }

  private static func parseZip(_ archive: ZipArchive, path: String) throws -> ParsedList {
    if XLSXSheet.isWorkbook(archive) {
      let sheet = try XLSXSheet(archive: archive)
      if UKParser.isUKSheet(sheet) { return try UKParser.parse(sheet: sheet, path: path) }
      if DFATParser.isDFATSheet(sheet) { return try DFATParser.parse(sheet: sheet, path: path) }
      throw Failure.notAList("a spreadsheet that is neither the UK OFSI nor the DFAT list layout")
    }
    let xmlMembers = archive.members.filter { $0.name.asciiLowercased.hasSuffix(".xml") }
    for member in xmlMembers {
      let content = try archive.extract(member)
      let root = try rootElement(content, path: path + "(\(member.name))")
      if root == "sanctionsData" {
        return try OFACEnhancedParser.parse(content, path: path + "(\(member.name))", reportPath: path)
      }
    }
    throw Failure.notAList(
      "a zip archive without a list inside (members: \(archive.members.prefix(5).map(\.name).joined(separator: ", ")))")
  }

  /// The name of the root element, or nil when the document has none.
  static func rootElement(_ data: ByteBuffer, path: String) throws(ListError) -> String? {
    var scanner = XMLScanner(data, path: path)
    while let token = try scanner.next() {
      switch token {
      case .start(let name, _, _, _): return data.string(name)
      case .text(let range):
        if Text.clean(data.string(range)) != nil {
          throw scanner.error("text before the root element", at: range.lowerBound)
        }
      default: continue
      }
    }
    return nil
  }

  private static func parseXML(_ data: ByteBuffer, path: String) throws -> ParsedList {
    guard let root = try rootElement(data, path: path) else {
      throw ListError.malformedXML(path: path, line: data.line(of: data.count), element: nil, detail: "no root element")
    }
    switch root {
    case "CONSOLIDATED_LIST": return try UNParser.parse(data, path: path)
    case "sanctionsData": return try OFACEnhancedParser.parse(data, path: path, reportPath: path)
    case "data-set": return try CanadaParser.parse(data, path: path)
    default: throw Failure.notAList("XML with root element <\(root)>")
    }
  }

  private static func parseJSON(_ data: ByteBuffer, path: String, start: Int) throws -> ParsedList {
    if data[start] == 0x5B { return try CustomListParser.parseJSONArray(data, path: path) }
    // First value decides: FtM entity, custom record, or something else (e.g. metadata).
    let lineEnd = data.find(0x0A, from: start)
    let first: JSONValue
    do {
      first = try JSONParser.parse(data, path: path, range: start..<lineEnd, line: data.line(of: start))
    } catch {
      // Not one object per line: maybe a single multi-line JSON object (metadata).
      let value = try JSONParser.parse(data, path: path)
      throw Failure.notAList("a JSON object with keys \(value.keys.prefix(6).joined(separator: ", ")), not list records")
    }
    if first["schema"] != nil, first["id"] != nil {
      return try FollowTheMoneyParser.parse(data, path: path)
    }
    if first["name"] != nil {
      return try CustomListParser.parseJSONLines(data, path: path)
    }
    throw Failure.notAList("JSON objects with keys \(first.keys.prefix(6).joined(separator: ", ")), not list records")
  }

  private static func parseCSV(_ data: ByteBuffer, path: String) throws -> ParsedList {
    var reader = CSVReader(data, path: path)
    var fields: [CSVReader.Field] = []
    let header: [String]
    do {
      guard try reader.next(into: &fields) else { throw Failure.notAList("no content") }
      header = fields.map { reader.string($0) }
    } catch {
      throw Failure.notAList("text that is not a recognised list layout")
    }
    let trimmed = header.map { Text.clean($0) ?? "" }
    if trimmed.first?.asciiLowercased == "last updated" {
      return try UKParser.parseCSV(data, path: path)
    }
    let lowered = Set(trimmed.map(\.asciiLowercased))
    if lowered.isSuperset(of: ["_id", "source", "name", "alt_names"]) {
      return try CSLParser.parse(data, path: path)
    }
    if OFACCSVParser.looksLikePrimary(firstRecord: trimmed) {
      return try OFACCSVParser.parse(data, path: path)
    }
    if lowered.contains("id"), lowered.contains("name") {
      return try CustomListParser.parseCSV(data, path: path)
    }
    throw Failure.notAList("text or CSV that is not a recognised list layout")
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
