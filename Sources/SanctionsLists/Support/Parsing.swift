/// Helpers shared by the format parsers: countries, enumerations ("a) ... b) ..."), dates.
enum Countries {
  /// Lower-cased, accent-folded, punctuation-free form used as the lookup key.
  static func key(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      var folded: Unicode.Scalar? = scalar
      if scalar.value >= 0x41 && scalar.value <= 0x5A {
        folded = Unicode.Scalar(scalar.value + 32)
      } else if scalar.value >= 0xC0 {
        folded = fold(scalar)
      }
      guard let character = folded,
        (character.value >= 0x61 && character.value <= 0x7A)
          || (character.value >= 0x30 && character.value <= 0x39)
      else {
        if scalar == "&" {
          if !output.isEmpty { output += " " }
          output += "and"
          pendingSpace = true
        } else {
          pendingSpace = !output.isEmpty
        }
        continue
      }
      if pendingSpace {
        output += " "
        pendingSpace = false
      }
      output.unicodeScalars.append(character)
    }
    if output.hasPrefix("the ") { output.removeFirst(4) }
    return output
  }

  private static func asciiKey(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + 2)
    var pendingSpace = false
    for byte in text.utf8 {
      var character = byte
      if character >= 0x41 && character <= 0x5A { character |= 0x20 }
      if (character >= 0x61 && character <= 0x7A) || (character >= 0x30 && character <= 0x39) {
        if pendingSpace {
          output.append(0x20)
          pendingSpace = false
        }
        output.append(character)
      } else if character == 0x26 {
        if !output.isEmpty { output.append(0x20) }
        output.append(contentsOf: [0x61, 0x6E, 0x64])
        pendingSpace = true
      } else {
        pendingSpace = !output.isEmpty
      }
    }
    if output.count > 4, output[0] == 0x74, output[1] == 0x68, output[2] == 0x65, output[3] == 0x20 {
      output.removeFirst(4)
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å", "ā": return "a"
    case "ç", "Ç", "č", "ć": return "c"
    case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë", "ē", "ě": return "e"
    case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï", "ı", "İ": return "i"
    case "ñ", "Ñ": return "n"
    case "ò", "ó", "ô", "õ", "ö", "ø", "Ò", "Ó", "Ô", "Õ", "Ö", "Ø": return "o"
    case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": return "u"
    case "ý", "ÿ", "Ý": return "y"
    case "ş", "š", "Ş", "Š": return "s"
    case "ţ", "Ţ": return "t"
    case "ğ", "Ğ": return "g"
    case "ž", "Ž": return "z"
    default: return nil
    }
  }

  /// The country named by the whole text (a name, variant, demonym or alpha-2 code).
  static func resolve(_ raw: String) -> Country? {
    guard var text = Text.clean(raw) else { return nil }
    while text.hasSuffix(".") || text.hasSuffix(",") || text.hasSuffix(";") { text.removeLast() }
    guard let cleaned = Text.clean(text) else { return nil }
    if cleaned.utf8.count == 2, cleaned.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
      let name = CountryTable.names[cleaned]
    {
      return Country(code: cleaned, name: name)
    }
    if let code = CountryTable.codes[key(cleaned)] {
      return Country(code: code.isEmpty ? nil : code, name: cleaned)
    }
    // "Afghanistan (since 2009)", "Iraq (individual)" → try without the parenthesis.
    if let open = cleaned.firstIndex(of: "("), open != cleaned.startIndex {
      let head = String(cleaned[..<open])
      if let code = CountryTable.codes[key(head)], !code.isEmpty {
        return Country(code: code, name: cleaned)
      }
    }
    return Country(code: nil, name: cleaned)
  }

  /// One or several countries: "(1) Russia (2) Syria", "a) X b) Y", "X; Y", "X and Y",
  /// "Ukrainian and Uzbekistani". Pieces that name no country are kept as text.
  static func list(_ raw: String?) -> [Country] {
    guard let raw, let text = Text.clean(raw) else { return [] }
    if let whole = resolve(text), whole.code != nil { return [whole] }
    var pieces = Enumeration.split(text)
    if pieces.count == 1 {
      for separator in [";", ",", " and ", "/", " or "] {
        let split: [String] =
          separator.utf8.count == 1
          ? Text.split(pieces[0], on: separator.utf8.first!)
          : pieces[0].split(separator: separator).compactMap { Text.clean(String($0)) }
        if split.count > 1, split.allSatisfy({ CountryTable.codes[key($0)] != nil || isCode($0) }) {
          pieces = split
          break
        }
      }
    }
    return pieces.compactMap { resolve($0) }
  }

  private static func isCode(_ text: String) -> Bool {
    text.utf8.count == 2 && CountryTable.names[text] != nil
  }
}

/// Splits enumerated values: "a) X b) Y", "(1) X (2) Y", "1) X 2) Y", "i) X ii) Y".
enum Enumeration {
  static func split(_ text: String) -> [String] {
    guard text.utf8.contains(0x29) else { return [text] }  // no ')' → no markers
    let scalars = Array(text.unicodeScalars)
    // Try letter markers then number markers.
    for style in 0..<2 {
      var markers: [(start: Int, end: Int)] = []
      var ordinal = 0
      var searchFrom = 0
      while true {
        let label: String = style == 0 ? String(UnicodeScalar(UInt8(97 + ordinal))) : String(ordinal + 1)
        guard ordinal < 26, let found = findMarker(label, in: scalars, from: searchFrom) else { break }
        if ordinal == 0, scalars[0..<found.start].contains(where: { !Text.isSpace($0) }) { break }
        markers.append(found)
        searchFrom = found.end
        ordinal += 1
      }
      if markers.count >= 2 {
        var pieces: [String] = []
        for (index, marker) in markers.enumerated() {
          let end = index + 1 < markers.count ? markers[index + 1].start : scalars.count
          var piece = String(String.UnicodeScalarView(scalars[marker.end..<end]))
          piece = Text.clean(piece) ?? ""
          while piece.hasSuffix(",") || piece.hasSuffix(";") || piece.hasSuffix(".") {
            piece.removeLast()
          }
          if let cleaned = Text.clean(piece) { pieces.append(cleaned) }
        }
        return pieces
      }
    }
    return [text]
  }

  /// Finds "label)" or "(label)" at a word boundary.
  private static func findMarker(_ label: String, in scalars: [Unicode.Scalar], from: Int) -> (start: Int, end: Int)? {
    let labelScalars = Array(label.unicodeScalars)
    var index = from
    while index + labelScalars.count < scalars.count {
      var start = index
      var position = index
      if scalars[position] == "(" { position += 1 }
      if position + labelScalars.count < scalars.count,
        scalars[position..<position + labelScalars.count].elementsEqual(labelScalars),
        scalars[position + labelScalars.count] == ")"
      {
        let before = start == 0 ? " " : scalars[start - 1]
        if Text.isSpace(before) || before == "," || before == ";" || before == "." || start == 0 {
          if scalars[index] != "(" { start = index }
          return (start, position + labelScalars.count + 1)
        }
      }
      index += 1
    }
    return nil
  }
}

/// Reading the many ways lists write dates.
enum Dates {
  private static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
  ]

  /// A single date: ISO (`1963-04-11`, `1963-04`, `1963`, also with a time), `11/04/1963`
  /// (day first; `00` = unknown), `11.04.1963`, `11 Apr 1963`, `11 April 1963`, `Apr 1963`,
  /// `April 11, 1963`.
  static func parse(_ raw: String) -> PartialDate? {
    guard var text = Text.clean(raw) else { return nil }
    while text.hasSuffix(".") || text.hasSuffix(",") { text.removeLast() }
    // Tokenise into runs of ASCII letters and digits (lower-cased).
    var tokens: [Substring] = []
    var current: [UInt8] = []
    for var byte in text.utf8 {
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        current.append(byte)
      } else if !current.isEmpty {
        tokens.append(Substring(String(decoding: current, as: UTF8.self)))
        current.removeAll(keepingCapacity: true)
      }
      if tokens.count > 6 { return nil }
    }
    if !current.isEmpty { tokens.append(Substring(String(decoding: current, as: UTF8.self))) }
    // Drop an ISO time part: 2025-01-10T00:00:00.
    if tokens.count >= 3, tokens[2].count > 2, let tIndex = tokens[2].firstIndex(of: "t"),
      tokens[2][..<tIndex].allSatisfy(\.isNumber)
    {
      tokens = [tokens[0], tokens[1], tokens[2][..<tIndex]]
    } else if tokens.count > 3, tokens[0].count == 4, Int(tokens[0]) != nil {
      tokens = Array(tokens.prefix(3))
    }
    func number(_ token: Substring) -> Int? { token.allSatisfy(\.isNumber) ? Int(token) : nil }
    func month(_ token: Substring) -> Int? { months[String(token)] }
    func valid(_ year: Int, _ month: Int?, _ day: Int?) -> PartialDate? {
      guard year >= 1000 && year <= 2999 else { return nil }
      if let month, !(1...12).contains(month) { return nil }
      if let day, !(1...31).contains(day) { return nil }
      return PartialDate(year: year, month: month, day: day)
    }
    switch tokens.count {
    case 1:
      if let year = number(tokens[0]), tokens[0].count == 4 { return valid(year, nil, nil) }
    case 2:
      if let year = number(tokens[1]), tokens[1].count == 4 {
        if let month = month(tokens[0]) { return valid(year, month, nil) }
        if let month = number(tokens[0]) { return month == 0 ? valid(year, nil, nil) : valid(year, month, nil) }
      }
      if let year = number(tokens[0]), tokens[0].count == 4, let month = number(tokens[1]) {
        return valid(year, month == 0 ? nil : month, nil)
      }
    case 3:
      if tokens[0].count == 4, let year = number(tokens[0]) {
        guard let month = number(tokens[1]) ?? month(tokens[1]), let day = number(tokens[2])
        else { return nil }
        return valid(year, month == 0 ? nil : month, day == 0 ? nil : day)
      }
      if let year = number(tokens[2]), tokens[2].count == 4 {
        if let day = number(tokens[0]) {
          if let month = month(tokens[1]) { return valid(year, month, day == 0 ? nil : day) }
          if let month = number(tokens[1]) {
            if month == 0 { return valid(year, nil, nil) }
            return valid(year, month, day == 0 ? nil : day)
          }
        }
        if let month = month(tokens[0]), let day = number(tokens[1]) {
          return valid(year, month, day)
        }
      }
    default:
      break
    }
    return nil
  }

  /// Dates of birth from free text, in all the styles the lists use: enumerations
  /// ("a) 1955 b) 1958"), alternatives ("X or Y", "X; Y"), circa/approximately, ranges
  /// ("between 1957 and 1962", "1973 to 1974", "1955-1958"). Unreadable text is kept
  /// verbatim as `.text`.
  static func birthDates(_ raw: String?) -> [BirthDate] {
    guard let raw, let text = Text.clean(raw) else { return [] }
    var result: [BirthDate] = []
    for piece in Enumeration.split(text) {
      let alternatives = splitAlternatives(piece)
      // "19 December 1980, or 19 January 1980" leaves a trailing comma: handled by clean-up.
      for alternative in alternatives {
        guard var part = Text.clean(alternative) else { continue }
        while part.hasSuffix(",") || part.hasSuffix(".") { part.removeLast() }
        for prefix in ["alt dob:", "alt. dob:", "alt dob", "alt. dob", "dob:", "dob"] where part.asciiLowercased.hasPrefix(prefix) {
          part = String(part.dropFirst(prefix.count))
          break
        }
        guard let cleaned = Text.clean(part) else { continue }
        if ["na", "n/a", "unknown", "not known", "-"].contains(cleaned.asciiLowercased) { continue }
        if let date = birthDate(cleaned) {
          result.append(date)
        } else if cleaned.contains(","), cleaned.split(separator: ",").count > 1,
          cleaned.split(separator: ",").allSatisfy({ birthDate(String($0)) != nil })
        {
          result += cleaned.split(separator: ",").compactMap { birthDate(String($0)) }
        } else {
          result.append(.text(cleaned))
        }
      }
    }
    return result
  }

  /// Splits on ";", " or ", " OR ", " and/or " and ">>" (byte-level).
  static func splitAlternatives(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var pieces: [String] = []
    var start = 0
    var index = 0
    func matches(_ literal: [UInt8], at position: Int) -> Bool {
      guard position + literal.count <= bytes.count else { return false }
      for offset in 0..<literal.count where bytes[position + offset] != literal[offset] { return false }
      return true
    }
    let separators: [[UInt8]] = [[0x3B], Array(" or ".utf8), Array(" OR ".utf8), Array(" and/or ".utf8), Array(">>".utf8)]
    while index < bytes.count {
      var matched = 0
      for separator in separators where matches(separator, at: index) {
        matched = separator.count
        break
      }
      if matched > 0 {
        pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
        index += matched
        start = index
      } else {
        index += 1
      }
    }
    pieces.append(String(decoding: bytes[start...], as: UTF8.self))
    return pieces
  }

  /// One birth date expression (no alternatives).
  static func birthDate(_ raw: String) -> BirthDate? {
    guard var text = Text.clean(raw) else { return nil }
    var approximate = false
    let lower = text.asciiLowercased
    for prefix in ["circa ", "approximately ", "approx. ", "approx ", "about ", "around ", "ca. ", "c. ", "~"] {
      if lower.hasPrefix(prefix) {
        approximate = true
        text = String(text.dropFirst(prefix.count))
        break
      }
    }
    guard let body = Text.clean(text) else { return nil }
    let lowerBody = body.asciiLowercased
    // Ranges.
    var bounds: (String, String)? = nil
    if lowerBody.hasPrefix("between "), let and = lowerBody.range(of: " and ") {
      let from = lowerBody.index(lowerBody.startIndex, offsetBy: 8)
      bounds = (String(body[from..<and.lowerBound]), String(body[and.upperBound...]))
    } else if lowerBody.hasPrefix("from "), let to = lowerBody.range(of: " to ") {
      let from = lowerBody.index(lowerBody.startIndex, offsetBy: 5)
      bounds = (String(body[from..<to.lowerBound]), String(body[to.upperBound...]))
    } else if let to = lowerBody.range(of: " to ") {
      bounds = (String(body[..<to.lowerBound]), String(body[to.upperBound...]))
    } else if let dash = body.range(of: " - ") {
      bounds = (String(body[..<dash.lowerBound]), String(body[dash.upperBound...]))
    } else if body.utf8.count >= 9, body.contains("-") {
      // "1955-1958", "1955- 1958", but not ISO dates.
      let parts = body.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 2, let first = Text.clean(String(parts[0])), let second = Text.clean(String(parts[1])),
        first.utf8.count == 4, second.utf8.count == 4
      {
        bounds = (first, second)
      }
    }
    if let (fromText, toText) = bounds {
      var toClean = toText
      if toClean.asciiLowercased.hasPrefix("approximately ") { toClean = String(toClean.dropFirst(14)) }
      guard let from = parse(fromText), let to = parse(toClean) else { return nil }
      return .range(from: from, to: to)
    }
    guard let date = parse(body) else { return nil }
    if approximate { return .circa(date) }
    if date.month == nil { return .year(date.year) }
    return .exact(date)
  }

  /// Excel's serial day number (1900 date system) as a date.
  static func fromExcelSerial(_ serial: Int) -> PartialDate? {
    guard serial > 60, serial < 2_958_466 else { return nil }
    // Days since 1899-12-30 (Excel's 1900 leap-year bug makes serials after 60 line up).
    var days = serial - 25_569  // days since 1970-01-01
    // Civil-from-days (Howard Hinnant).
    days += 719_468
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let dayOfEra = days - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    var year = yearOfEra + era * 400
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    if month <= 2 { year += 1 }
    return PartialDate(year: year, month: month, day: day)
  }
}

extension StringProtocol {
  /// The range of the first occurrence of `other` (plain code-unit comparison).
  func range(of other: String) -> Range<Index>? {
    guard !other.isEmpty else { return nil }
    // Fast rejection on the bytes: for a needle of ASCII characters that are no canonical
    // equivalent of another character (all but K, ; and `), a match needs its exact bytes.
    if other.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }),
      !utf8.containsBytes(of: other)
    {
      return nil
    }
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(other) {
        return index..<self.index(index, offsetBy: other.count)
      }
      index = self.index(after: index)
    }
    return nil
  }
}

extension Collection where Element == UInt8 {
  /// True when `needle`'s UTF-8 bytes occur contiguously in this collection.
  func containsBytes(of needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    if let found = withContiguousStorageIfAvailable({ Self.search(pattern, first, in: $0) }) { return found }
    return Self.search(pattern, first, in: Array(self))
  }

  private static func search(_ pattern: [UInt8], _ first: UInt8, in bytes: some RandomAccessCollection<UInt8>) -> Bool {
    let count = bytes.count
    guard count >= pattern.count else { return false }
    var index = 0
    let start = bytes.startIndex
    while index + pattern.count <= count {
      if bytes[bytes.index(start, offsetBy: index)] == first {
        var offset = 1
        while offset < pattern.count, bytes[bytes.index(start, offsetBy: index + offset)] == pattern[offset] {
          offset += 1
        }
        if offset == pattern.count { return true }
      }
      index += 1
    }
    return false
  }
}
