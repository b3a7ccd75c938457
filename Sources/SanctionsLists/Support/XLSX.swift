/// Reads the first worksheet of an .xlsx workbook into rows of cell text.
struct XLSXSheet {
  struct Cell {
    var text: String
    /// True for numeric cells (Excel dates are numeric serials).
    var isNumber: Bool
    static let empty = Cell(text: "", isNumber: false)
  }

  struct Row {
    /// 1-based spreadsheet row number.
    var number: Int
    var cells: [Cell]

    subscript(column: Int) -> Cell { column < cells.count ? cells[column] : .empty }
    var isBlank: Bool { cells.allSatisfy { Text.clean($0.text) == nil } }
  }

  let name: String
  let rows: [Row]

  /// Member names of the archive that mark it as a workbook.
  static func isWorkbook(_ archive: ZipArchive) -> Bool {
    archive.member(named: "xl/workbook.xml") != nil
  }

  init(archive: ZipArchive) throws(ListError) {
    let path = archive.path
    guard let workbookMember = archive.member(named: "xl/workbook.xml") else {
      throw .missingMember(path: path, member: "xl/workbook.xml")
    }
    // First <sheet> of the workbook and its relationship target.
    let workbook = try archive.extract(workbookMember)
    var sheetName = "sheet1"
    var relationID: String? = nil
    var reader = XMLRecordReader(workbook, path: path + "(xl/workbook.xml)", records: ["sheet"])
    try reader.read(onRoot: { _ in }) { node in
      if relationID == nil {
        sheetName = node.attribute("name") ?? sheetName
        relationID = node.attribute("id") ?? ""
      }
    }
    var target = "xl/worksheets/sheet1.xml"
    if let relationID, let relsMember = archive.member(named: "xl/_rels/workbook.xml.rels") {
      let rels = try archive.extract(relsMember)
      var relReader = XMLRecordReader(rels, path: path + "(xl/_rels/workbook.xml.rels)", records: ["Relationship"])
      try relReader.read(onRoot: { _ in }) { node in
        if node.attribute("Id") == relationID, let value = node.attribute("Target") {
          if value.hasPrefix("/") {
            target = String(value.dropFirst())
          } else {
            target = "xl/" + value
          }
        }
      }
    }
    guard let sheetMember = archive.member(named: target) else {
      throw .missingMember(path: path, member: target)
    }
    var shared: [String] = []
    if let stringsMember = archive.member(named: "xl/sharedStrings.xml") {
      shared = try Self.sharedStrings(
        archive.extract(stringsMember), path: path + "(xl/sharedStrings.xml)")
    }
    let sheet = try archive.extract(sheetMember)
    name = sheetName
    rows = try Self.rows(sheet, shared: shared, path: path + "(\(target))")
  }

  private static func sharedStrings(_ data: ByteBuffer, path: String) throws(ListError) -> [String] {
    try data.requireUTF8(path: path)
    var scanner = XMLScanner(data, path: path)
    var strings: [String] = []
    var current: String? = nil
    var inText = false
    var phoneticDepth = 0
    while let token = try scanner.next() {
      switch token {
      case .start(let name, _, let selfClosing, _):
        if data.equals(name, "si") {
          current = selfClosing ? nil : ""
          if selfClosing { strings.append("") }
        } else if data.equals(name, "t") {
          inText = !selfClosing
        } else if data.equals(name, "rPh") {
          if !selfClosing { phoneticDepth += 1 }
        }
      case .end(let name, _):
        if data.equals(name, "si") {
          strings.append(current ?? "")
          current = nil
        } else if data.equals(name, "t") {
          inText = false
        } else if data.equals(name, "rPh") {
          phoneticDepth -= 1
        }
      case .text(let range):
        if inText, phoneticDepth == 0, current != nil { current! += try scanner.decode(range) }
      case .cdata(let range):
        if inText, phoneticDepth == 0, current != nil { current! += data.string(range) }
      }
    }
    return strings
  }

  private static func rows(_ data: ByteBuffer, shared: [String], path: String) throws(ListError) -> [Row] {
    try data.requireUTF8(path: path)
    var scanner = XMLScanner(data, path: path)
    var rows: [Row] = []
    var row: Row? = nil
    var column = 0
    var cellType: Range<Int>? = nil
    var cellOffset = 0
    var value: String? = nil
    var sharedValue: String? = nil
    var inValue = false
    var inInline = false
    var depth = 0
    var sawSheetData = false
    var sheetDataClosed = false
    var rowWidth = 0
    while let token = try scanner.next() {
      switch token {
      case .start(let name, let attributes, let selfClosing, let offset):
        if !selfClosing { depth += 1 }
        if data.equals(name, "c") {
          cellOffset = offset
          let (reference, type) = scanner.attributeRanges("r", "t", in: attributes)
          if let reference {
            column = columnIndex(data, reference) ?? column
          }
          cellType = type
          value = nil
          sharedValue = nil
          if selfClosing { column += 1 }
        } else if data.equals(name, "v") {
          inValue = !selfClosing
          if selfClosing { value = "" }
        } else if data.equals(name, "t") {
          inInline = !selfClosing
        } else if data.equals(name, "row") {
          var number = (row?.number ?? rows.last?.number ?? 0) + 1
          if let reference = scanner.attributeRange("r", in: attributes),
            let parsed = Int(data.string(reference))
          {
            number = parsed
          }
          // Rows of a sheet are usually as wide as the previous one: allocate that at once.
          var cells: [Cell] = []
          cells.reserveCapacity(rowWidth)
          row = Row(number: number, cells: cells)
          column = 0
          if selfClosing {
            rows.append(row!)
            row = nil
          }
        } else if data.equals(name, "sheetData") {
          sawSheetData = true
        }
      case .end(let name, let offset):
        depth -= 1
        if data.equals(name, "v") {
          inValue = false
        } else if data.equals(name, "t") {
          inInline = false
        } else if data.equals(name, "c") {
          guard row != nil else { throw scanner.error("<c> outside a <row>", at: offset) }
          var text = value ?? ""
          var isNumber = false
          if let resolved = sharedValue {
            text = resolved
            sharedValue = nil
          } else if let type = cellType {
            if data.equals(type, "s") {
              guard let index = Int(text), index >= 0, index < shared.count else {
                throw .malformedXML(
                  path: path, line: data.line(of: cellOffset), element: "c",
                  detail: "shared string index '\(text)' out of range (0..<\(shared.count))")
              }
              text = shared[index]
            } else if data.equals(type, "n") {
              isNumber = true
            }
          } else {
            isNumber = !text.isEmpty
          }
          if column >= 16_384 {
            throw scanner.error("cell column out of range", at: cellOffset)
          }
          while row!.cells.count < column { row!.cells.append(.empty) }
          if row!.cells.count == column {
            row!.cells.append(Cell(text: text, isNumber: isNumber))
          } else {
            row!.cells[column] = Cell(text: text, isNumber: isNumber)
          }
          column += 1
          cellType = nil
        } else if data.equals(name, "row") {
          if let finished = row {
            rowWidth = max(rowWidth, finished.cells.count)
            rows.append(finished)
          }
          row = nil
        } else if data.equals(name, "sheetData") {
          sheetDataClosed = true
        }
      case .text(let range):
        if inValue, value == nil, let type = cellType, data.equals(type, "s") {
          // Shared-string index: read the digits directly, no intermediate String.
          var index = 0
          var digits = 0
          for position in range {
            let byte = data[position]
            if byte >= 0x30 && byte <= 0x39 {
              index = index &* 10 &+ Int(byte - 0x30)
              digits += 1
            } else if !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09) {
              digits = -1
              break
            }
          }
          guard digits > 0, digits < 10, index < shared.count else {
            throw .malformedXML(
              path: path, line: data.line(of: cellOffset), element: "c",
              detail: "shared string index '\(data.string(range))' out of range (0..<\(shared.count))")
          }
          sharedValue = shared[index]
          value = ""
        } else if inValue || inInline {
          let piece = try scanner.decode(range)
          value = (value ?? "") + piece
        }
      case .cdata(let range):
        if inValue || inInline { value = (value ?? "") + data.string(range) }
      }
    }
    if depth != 0 || (sawSheetData && !sheetDataClosed) {
      throw .malformedXML(
        path: path, line: data.line(of: data.count), element: row == nil ? "sheetData" : "row",
        detail: "unexpected end of the worksheet (file truncated?)")
    }
    return rows
  }

  /// "AB12" → 27.
  private static func columnIndex(_ data: ByteBuffer, _ range: Range<Int>) -> Int? {
    var value = 0
    var sawLetter = false
    for index in range {
      let byte = data[index]
      if byte >= 0x41 && byte <= 0x5A {
        value = value * 26 + Int(byte - 0x40)
        sawLetter = true
      } else {
        break
      }
    }
    return sawLetter ? value - 1 : nil
  }
}
