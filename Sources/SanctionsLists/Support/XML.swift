/// A small, fast XML tokenizer over bytes (UTF-8), enough for the list formats: elements,
/// attributes, text, the predefined and numeric character references, CDATA, comments,
/// processing instructions and a DOCTYPE (skipped). Errors carry the line number.
struct XMLScanner {
  enum Token {
    /// `<name attributes>` or `<name attributes/>`; `name` is the local name (prefix dropped).
    case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool, offset: Int)
    /// `</name>`; local name.
    case end(name: Range<Int>, offset: Int)
    /// Character data between tags, still with references undecoded.
    case text(Range<Int>)
    /// The content of a CDATA section (taken verbatim).
    case cdata(Range<Int>)
  }

  let data: ByteBuffer
  let path: String
  private(set) var position: Int

  init(_ data: ByteBuffer, path: String) {
    self.data = data
    self.path = path
    // Skip a UTF-8 byte-order mark.
    position = data.hasPrefix([0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The offset just past a `<!DOCTYPE ...>` (or other `<!...>`) declaration starting at
  /// `start`, read as the XML spec says: quoted literals (a system id, an entity value) may
  /// hold `>` and `]`; inside the internal subset `[...]`, comments and processing
  /// instructions are skipped whole.
  private func endOfDeclaration(from start: Int) throws(ListError) -> Int {
    let base = data.base
    let count = data.count
    var index = start + 2
    var inSubset = false
    while index < count {
      let byte = base[index]
      if byte == 0x22 || byte == 0x27 {  // a quoted literal
        var close = index + 1
        while close < count, base[close] != byte { close += 1 }
        guard close < count else { throw error("unterminated quoted literal in a declaration", at: index) }
        index = close + 1
        continue
      }
      if inSubset {
        if let end = try skip("<!--", to: "-->", at: index, unterminated: "unterminated comment in the DOCTYPE (file truncated?)") {
          index = end
          continue
        }
        if let end = try skip("<?", to: "?>", at: index, unterminated: "unterminated processing instruction in the DOCTYPE") {
          index = end
          continue
        }
        if byte == 0x5D { inSubset = false }  // ']'
      } else if byte == 0x5B {  // '['
        inSubset = true
      } else if byte == 0x3E {  // '>'
        return index + 1
      }
      index += 1
    }
    throw error("unterminated declaration", at: start)
  }

  /// When the input has `opening` at `offset` (a comment, a processing instruction): the offset
  /// just past the next `closing`; nil when it does not. Throws `unterminated` when `closing`
  /// never comes.
  private func skip(
    _ opening: StaticString, to closing: StaticString, at offset: Int, unterminated: String
  ) throws(ListError) -> Int? {
    let prefix = opening.withUTF8Buffer { Array($0) }
    guard data.hasPrefix(prefix, at: offset) else { return nil }
    guard let close = data.find(closing, from: offset + prefix.count) else { throw error(unterminated, at: offset) }
    return close + closing.utf8CodeUnitCount
  }

  func error(_ detail: String, at offset: Int, element: String? = nil) -> ListError {
    .malformedXML(path: path, line: data.line(of: offset), element: element, detail: detail)
  }

  /// The next token, or nil at the end of the input.
  mutating func next() throws(ListError) -> Token? {
    let base = data.base
    let count = data.count
    while position < count {
      if base[position] != 0x3C {  // text up to the next '<'
        let start = position
        position = data.find(0x3C, from: position)
        return .text(start..<position)
      }
      let tagStart = position
      guard position + 1 < count else {
        throw error("unexpected end of file after '<'", at: tagStart)
      }
      let second = base[position + 1]
      if second == 0x2F {  // '</'
        var index = position + 2
        let nameStart = index
        while index < count, !isNameEnd(base[index]) { index += 1 }
        let nameRange = localName(nameStart..<index)
        while index < count, isSpace(base[index]) { index += 1 }
        guard index < count else { throw error("unexpected end of file in an end tag", at: tagStart) }
        guard base[index] == 0x3E, !nameRange.isEmpty else {
          throw error("malformed end tag", at: tagStart)
        }
        position = index + 1
        return .end(name: nameRange, offset: tagStart)
      }
      if second == 0x21 {  // '<!'
        if let end = try skip("<!--", to: "-->", at: position, unterminated: "unterminated comment (file truncated?)") {
          position = end
          continue
        }
        if data.hasPrefix(Array("<![CDATA[".utf8), at: position) {
          let start = position + 9
          guard let close = data.find("]]>", from: start) else {
            throw error("unterminated CDATA section (file truncated?)", at: tagStart)
          }
          position = close + 3
          return .cdata(start..<close)
        }
        // <!DOCTYPE ...> possibly with an internal subset [...]
        position = try endOfDeclaration(from: tagStart)
        continue
      }
      if second == 0x3F, let end = try skip("<?", to: "?>", at: position, unterminated: "unterminated processing instruction") {
        position = end
        continue
      }
      // Start tag.
      var index = position + 1
      let nameStart = index
      while index < count, !isNameEnd(base[index]) { index += 1 }
      if index == nameStart { throw error("'<' not followed by an element name", at: tagStart) }
      let nameRange = localName(nameStart..<index)
      let attributesStart = index
      var quote: UInt8 = 0
      while index < count {
        let byte = base[index]
        if quote != 0 {
          if byte == quote { quote = 0 }
        } else if byte == 0x22 || byte == 0x27 {
          quote = byte
        } else if byte == 0x3E {
          break
        } else if byte == 0x3C {
          throw error("'<' inside a start tag", at: tagStart)
        }
        index += 1
      }
      guard index < count else {
        throw error("unexpected end of file in a start tag (file truncated?)", at: tagStart)
      }
      let selfClosing = index > attributesStart && base[index - 1] == 0x2F
      let attributesEnd = selfClosing ? index - 1 : index
      position = index + 1
      return .start(
        name: nameRange, attributes: attributesStart..<attributesEnd, selfClosing: selfClosing,
        offset: tagStart)
    }
    return nil
  }

  @inline(__always) private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  @inline(__always) private func isNameEnd(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E || byte == 0x2F
      || byte == 0x3C
  }

  /// Drops a namespace prefix (`x:row` → `row`).
  private func localName(_ range: Range<Int>) -> Range<Int> {
    var index = range.upperBound
    while index > range.lowerBound {
      if data.base[index - 1] == 0x3A { return index..<range.upperBound }
      index -= 1
    }
    return range
  }

  /// Decodes character data (references resolved) as a String.
  func decode(_ range: Range<Int>) throws(ListError) -> String {
    let base = data.base
    guard memchr(base + range.lowerBound, 0x26, range.count) != nil else {
      return data.string(range)
    }
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = base[index]
      if byte != 0x26 {
        output.append(byte)
        index += 1
        continue
      }
      var end = index + 1
      while end < range.upperBound, base[end] != 0x3B, end - index < 12 { end += 1 }
      guard end < range.upperBound, base[end] == 0x3B else {
        throw error("'&' not starting a character reference (write &amp;)", at: index)
      }
      let name = index + 1..<end
      if data.equals(name, "amp") {
        output.append(0x26)
      } else if data.equals(name, "lt") {
        output.append(0x3C)
      } else if data.equals(name, "gt") {
        output.append(0x3E)
      } else if data.equals(name, "quot") {
        output.append(0x22)
      } else if data.equals(name, "apos") {
        output.append(0x27)
      } else if name.count >= 2, base[name.lowerBound] == 0x23 {
        var value: UInt32 = 0
        var digits = name.lowerBound + 1
        let hex = base[digits] == 0x78 || base[digits] == 0x58
        if hex { digits += 1 }
        guard digits < name.upperBound else { throw error("empty character reference", at: index) }
        for position in digits..<name.upperBound {
          let c = base[position]
          let digit: UInt32
          switch c {
          case 0x30...0x39: digit = UInt32(c - 0x30)
          case 0x61...0x66 where hex: digit = UInt32(c - 0x61 + 10)
          case 0x41...0x46 where hex: digit = UInt32(c - 0x41 + 10)
          default: throw error("bad character reference", at: index)
          }
          value = value * (hex ? 16 : 10) + digit
          if value > 0x10FFFF { throw error("character reference out of range", at: index) }
        }
        guard let scalar = Unicode.Scalar(value), value != 0 else {
          throw error("character reference to an invalid code point", at: index)
        }
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
      } else {
        throw error("unknown entity '&\(data.string(name));'", at: index)
      }
      index = end + 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Parses the attribute region of a start tag into (local name, decoded value) pairs.
  func attributes(_ range: Range<Int>) throws(ListError) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    let base = data.base
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound, isSpace(base[index]) { index += 1 }
      if index >= range.upperBound { break }
      let nameStart = index
      while index < range.upperBound, base[index] != 0x3D, !isSpace(base[index]) { index += 1 }
      let name = localName(nameStart..<index)
      while index < range.upperBound, isSpace(base[index]) { index += 1 }
      guard index < range.upperBound, base[index] == 0x3D else {
        throw error("attribute '\(data.string(nameStart..<index))' without a value", at: nameStart)
      }
      index += 1
      while index < range.upperBound, isSpace(base[index]) { index += 1 }
      guard index < range.upperBound, base[index] == 0x22 || base[index] == 0x27 else {
        throw error("attribute value not quoted", at: nameStart)
      }
      let quote = base[index]
      let valueStart = index + 1
      index = valueStart
      while index < range.upperBound, base[index] != quote { index += 1 }
      guard index < range.upperBound else { throw error("unterminated attribute value", at: nameStart) }
      result.append((data.string(name), try decode(valueStart..<index)))
      index += 1
    }
    return result
  }

  /// The raw value range of one attribute (by local name), without decoding.
  /// The value ranges of two attributes, found in one pass over the attributes (the first
  /// occurrence of each, as `attributeRange` would give).
  func attributeRanges(
    _ first: StaticString, _ second: StaticString, in range: Range<Int>
  ) -> (Range<Int>?, Range<Int>?) {
    let base = data.base
    var found: (Range<Int>?, Range<Int>?) = (nil, nil)
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound, isSpace(base[index]) { index += 1 }
      let nameStart = index
      while index < range.upperBound, base[index] != 0x3D, !isSpace(base[index]) { index += 1 }
      let name = localName(nameStart..<index)
      while index < range.upperBound, base[index] != 0x22, base[index] != 0x27 { index += 1 }
      guard index < range.upperBound else { return found }
      let quote = base[index]
      let valueStart = index + 1
      index = valueStart
      while index < range.upperBound, base[index] != quote { index += 1 }
      let value = valueStart..<min(index, range.upperBound)
      if found.0 == nil, data.equals(name, first) {
        found.0 = value
        if found.1 != nil { return found }
      } else if found.1 == nil, data.equals(name, second) {
        found.1 = value
        if found.0 != nil { return found }
      }
      index += 1
    }
    return found
  }

  func attributeRange(_ wanted: StaticString, in range: Range<Int>) -> Range<Int>? {
    let base = data.base
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound, isSpace(base[index]) { index += 1 }
      let nameStart = index
      while index < range.upperBound, base[index] != 0x3D, !isSpace(base[index]) { index += 1 }
      let name = localName(nameStart..<index)
      while index < range.upperBound, base[index] != 0x22, base[index] != 0x27 { index += 1 }
      guard index < range.upperBound else { return nil }
      let quote = base[index]
      let valueStart = index + 1
      index = valueStart
      while index < range.upperBound, base[index] != quote { index += 1 }
      if data.equals(name, wanted) { return valueStart..<min(index, range.upperBound) }
      index += 1
    }
    return nil
  }
}

/// An element subtree, built for one record at a time.
struct XMLNode {
  var name: String
  var attributes: [(name: String, value: String)]
  /// The element's own character data (direct text children concatenated).
  var text: String
  var children: [XMLNode]
  /// Byte offset of the start tag (for line numbers).
  var offset: Int

  func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
  func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
  /// The cleaned text of the first child with that name.
  func text(_ name: String) -> String? { Text.clean(child(name)?.text) }
  /// The cleaned text of every child with that name.
  func texts(_ name: String) -> [String] { children(name).compactMap { Text.clean($0.text) } }
  func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// Walks a whole document, checking well-formedness, and hands every element whose name is in
/// `records` (outside other records) to `onRecord` as a subtree.
struct XMLRecordReader {
  var scanner: XMLScanner
  /// Names of the record elements.
  let records: Set<String>

  init(_ data: ByteBuffer, path: String, records: Set<String>) {
    scanner = XMLScanner(data, path: path)
    self.records = records
  }

  /// Parses the document. `onRoot` receives the root element (without children) first.
  /// Returns the number of records.
  mutating func read(
    onRoot: (XMLNode) throws(ListError) -> Void,
    onRecord: (XMLNode) throws(ListError) -> Void
  ) throws(ListError) {
    var stack: [(name: Range<Int>, offset: Int)] = []
    var sawRoot = false
    let data = scanner.data
    while let token = try scanner.next() {
      switch token {
      case .start(let name, let attributes, let selfClosing, let offset):
        if stack.isEmpty {
          if sawRoot { throw scanner.error("a second root element", at: offset) }
          sawRoot = true
          let root = XMLNode(
            name: data.string(name), attributes: try scanner.attributes(attributes), text: "",
            children: [], offset: offset)
          try onRoot(root)
        }
        let nameString = data.string(name)
        if !stack.isEmpty, records.contains(nameString) {
          var node = XMLNode(
            name: nameString, attributes: try scanner.attributes(attributes), text: "",
            children: [], offset: offset)
          if !selfClosing { try readChildren(into: &node, nameRange: name) }
          try onRecord(node)
          continue
        }
        if !selfClosing { stack.append((name, offset)) }
      case .end(let name, let offset):
        guard let open = stack.popLast() else {
          throw scanner.error("end tag </\(data.string(name))> without a start tag", at: offset)
        }
        guard sameName(open.name, name) else {
          throw scanner.error(
            "end tag </\(data.string(name))> does not match <\(data.string(open.name))> "
              + "opened on line \(data.line(of: open.offset))", at: offset,
            element: data.string(open.name))
        }
      case .text(let range):
        if stack.isEmpty, !isBlank(range) {
          throw scanner.error("text outside the root element", at: range.lowerBound)
        }
      case .cdata:
        break
      }
    }
    if let open = stack.last {
      throw scanner.error(
        "unexpected end of file: <\(data.string(open.name))> opened on line "
          + "\(data.line(of: open.offset)) is never closed (file truncated?)",
        at: data.count, element: data.string(open.name))
    }
    if !sawRoot { throw scanner.error("no root element", at: data.count) }
  }

  private func sameName(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.count == b.count && memcmp(scanner.data.base + a.lowerBound, scanner.data.base + b.lowerBound, a.count) == 0
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    for index in range {
      let byte = scanner.data.base[index]
      if !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) { return false }
    }
    return true
  }

  /// Reads children until the matching end tag of `node`.
  private mutating func readChildren(into node: inout XMLNode, nameRange: Range<Int>) throws(ListError) {
    let data = scanner.data
    var text: [UInt8]? = nil
    var firstText: String? = nil
    while let token = try scanner.next() {
      switch token {
      case .start(let name, let attributes, let selfClosing, let offset):
        var child = XMLNode(
          name: data.string(name), attributes: try scanner.attributes(attributes), text: "",
          children: [], offset: offset)
        if !selfClosing { try readChildren(into: &child, nameRange: name) }
        node.children.append(child)
      case .end(let name, let offset):
        guard sameName(name, nameRange) else {
          throw scanner.error(
            "end tag </\(data.string(name))> does not match <\(node.name)> opened on line "
              + "\(data.line(of: node.offset))", at: offset, element: node.name)
        }
        if let text {
          node.text = String(decoding: text, as: UTF8.self)
        } else if let firstText {
          node.text = firstText
        }
        return
      case .text(let range), .cdata(let range):
        let piece: String
        if case .cdata = token { piece = data.string(range) } else { piece = try scanner.decode(range) }
        if firstText == nil, text == nil {
          firstText = piece
        } else {
          if text == nil { text = Array(firstText!.utf8) }
          text!.append(contentsOf: piece.utf8)
        }
      }
    }
    throw scanner.error(
      "unexpected end of file: <\(node.name)> opened on line \(data.line(of: node.offset)) is "
        + "never closed (file truncated?)", at: data.count, element: node.name)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
