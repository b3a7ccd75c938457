/// Filter keys of the transcription: a necessary condition of an abjad word
/// and a Latin spelling transcribing each other.
///
/// Both sides are reduced to *sound classes*: every Latin letter maps, on
/// its own and whatever surrounds it, to a class (`k q g c x` → `K`,
/// `t d` → `T`, `s z` → `S`, `j` → `C`, `b p f` → `P`, `l m n r` as
/// themselves) or to nothing (vowels, `h`, `w`, `v`, `y`), and repeated
/// classes collapse. Because the map reads one letter at a time, the classes
/// of a Latin spelling are the classes of the letter values it is made of:
/// unwritten vowels and doubled letters leave them unchanged. An abjad word
/// therefore has one class string per choice of its letters' values (a
/// silent letter or the article left out adds the empty choice); a Latin
/// spelling has one per form.
///
/// A transcription with no mismatch has the same classes as one of the abjad
/// word's choices; one with a single mismatch (a letter turned into another,
/// vanished, or a Latin consonant more) is one deletion away on one side or
/// both. Only abjad words whose every choice keeps
/// ``mismatchMinimumClasses`` classes may have a mismatch at all.
extension AbjadTranscription {
  /// The fewest classes every choice of an abjad word must keep for a
  /// single mismatch to be allowed in its transcription.
  static let mismatchMinimumClasses = 3
  /// The most class strings an abjad word may have: a word with more (many
  /// letters of many values) is not transcribed, and agrees with no word of
  /// another script.
  static let mostClassChoices = 256

  /// The sound class of one Latin letter, or 0 for none.
  @inline(__always)
  static func soundClass(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "k"), UInt8(ascii: "q"), UInt8(ascii: "g"), UInt8(ascii: "c"), UInt8(ascii: "x"):
      return UInt8(ascii: "K")
    case UInt8(ascii: "t"), UInt8(ascii: "d"): return UInt8(ascii: "T")
    case UInt8(ascii: "s"), UInt8(ascii: "z"): return UInt8(ascii: "S")
    case UInt8(ascii: "j"): return UInt8(ascii: "C")
    case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"): return UInt8(ascii: "P")
    case UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"): return byte
    default: return 0
    }
  }

  /// Calls `body` with the classes of `latin` in order, repeats collapsed.
  @inline(__always)
  static func forEachClass(of latin: [UInt8], _ body: (UInt8) -> Void) {
    var last: UInt8 = 0
    for byte in latin {
      let symbol = soundClass(byte)
      if symbol != 0, symbol != last {
        body(symbol)
        last = symbol
      }
    }
  }

  /// The class string of a Latin spelling.
  static func soundClasses(_ latin: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    forEachClass(of: latin) { out.append($0) }
    return out
  }

  /// The class strings of an abjad word's letters, one per choice of
  /// values, or nil when there are more than ``mostClassChoices``.
  static func soundClassChoices(_ letters: [UInt8]) -> [[UInt8]]? {
    var choices = Set<[UInt8]>()
    guard forEachClassChoice(letters, { choices.insert(Array($0)) }) else { return nil }
    return choices.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The key hashes of an abjad word (its class strings, and their
  /// one-deletion variants when a mismatch is allowed), sorted, and whether
  /// a mismatch is allowed; nil when it has more than ``mostClassChoices``
  /// class strings.
  static func keyHashes(ofLetters letters: [UInt8]) -> (hashes: [UInt64], allowsMismatch: Bool)? {
    guard !letters.isEmpty else { return nil }
    var shortest = Int.max
    guard forEachClassChoice(letters, { shortest = min(shortest, $0.count) }) else { return nil }
    let allowsMismatch = shortest >= mismatchMinimumClasses
    var hashes = Set<UInt64>()
    var seen = Set<UInt64>()  // class strings already expanded (many choices give the same)
    _ = forEachClassChoice(letters) { choice in
      guard seen.insert(FilterKey.hash(choice)).inserted else { return }
      keyHashes(choice, withDeletions: allowsMismatch) { hash, _ in hashes.insert(hash) }
    }
    return (hashes.sorted(), allowsMismatch)
  }

  /// The class strings of each letter code: what each of its values
  /// gives, and nothing when it may be silent.
  private static let classOptions: [[[UInt8]]] = {
    let table = valueTable
    return (0..<AbjadLetters.letters.count).map { code in
      var set = Set<[UInt8]>()
      for value in Int(table.firstValue[code])..<Int(table.firstValue[code + 1]) {
        set.insert(soundClasses(Array(table.bytes[Int(table.starts[value])..<Int(table.starts[value + 1])])))
      }
      if table.maySilence[code] || set.isEmpty { set.insert([]) }
      return set.sorted { $0.lexicographicallyPrecedes($1) }
    }
  }()

  /// The class strings of each letter of `letters[start...]`: those of its
  /// code, and nothing for the article's `l` before a sun letter.
  private static func letterOptions(_ letters: [UInt8], from start: Int) -> [[[UInt8]]] {
    (start..<letters.count).map { i in
      let options = classOptions[Int(letters[i])]
      return assimilates(letters, at: i) && !options.contains([]) ? [[]] + options : options
    }
  }

  /// Calls `body` with the class string of each choice of the letters'
  /// values (from the first letter, and from the third when the article
  /// may be left out; a string may come more than once), in stack memory.
  /// False, without calling it, when either start has more than
  /// ``mostClassChoices`` combinations.
  static func forEachClassChoice(_ letters: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    let optionLists = (dropsArticle(letters) ? [0, 2] : [0]).map { letterOptions(letters, from: $0) }
    for options in optionLists {
      var combinations = 1
      for option in options {
        combinations *= option.count
        if combinations > mostClassChoices { return false }
      }
    }
    let longestOption = 4  // classes of one value (`tsch`: T S K)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count * longestOption + 1) { buffer in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * letters.count + 1) { state in
        for options in optionLists where !options.isEmpty {
          // An odometer over the options: `chosen[p]` is letter p's option,
          // `lengthBefore[p]` the string's length before letter p.
          let chosen = state.baseAddress!
          let lengthBefore = chosen + options.count
          for p in options.indices { chosen[p] = 0 }
          lengthBefore[0] = 0
          var from = 0
          while true {
            for p in from..<options.count {
              var end = lengthBefore[p]
              for symbol in options[p][chosen[p]] where end == 0 || buffer[end - 1] != symbol {
                buffer[end] = symbol
                end += 1
              }
              lengthBefore[p + 1] = end
            }
            body(UnsafeBufferPointer(rebasing: buffer[0..<lengthBefore[options.count]]))
            var p = options.count - 1
            while p >= 0 {
              chosen[p] += 1
              if chosen[p] < options[p].count { break }
              chosen[p] = 0
              p -= 1
            }
            if p < 0 { break }
            from = p
          }
        }
      }
    }
    return true
  }

  /// The key hashes of a Latin spelling: those of its class string, with
  /// one-deletion variants when `withDeletions`; `emit` is told whether the
  /// hash is of the whole string. Works in stack memory.
  static func latinKeyHashes(_ latin: [UInt8], withDeletions: Bool, _ emit: (_ hash: UInt64, _ isWhole: Bool) -> Void) {
    withClassString(of: latin) { keyHashes($0, withDeletions: withDeletions, emit) }
  }

  /// Calls `body` with the class string of a Latin spelling, in stack memory.
  static func withClassString<Result>(of latin: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, latin.count)) { classes in
      var count = 0
      forEachClass(of: latin) { symbol in
        classes[count] = symbol
        count += 1
      }
      return body(UnsafeBufferPointer(rebasing: classes[0..<count]))
    }
  }

  /// The key hashes of a class string: its own and, when `withDeletions`
  /// and it has ``mismatchMinimumClasses`` classes or more, those of each
  /// string one class shorter (repeats collapsed again).
  static func keyHashes(
    _ string: UnsafeBufferPointer<UInt8>, withDeletions: Bool, _ emit: (_ hash: UInt64, _ isWhole: Bool) -> Void
  ) {
    emit(FilterKey.hash(string), true)
    guard withDeletions, string.count >= mismatchMinimumClasses else { return }
    for index in string.indices { emit(FilterKey.hash(ShorterClassString(string, without: index)), false) }
  }

  /// A class string without one of its classes, repeats collapsed again.
  struct ShorterClassString: Sequence {
    let string: UnsafeBufferPointer<UInt8>
    let removed: Int
    init(_ string: UnsafeBufferPointer<UInt8>, without removed: Int) {
      self.string = string
      self.removed = removed
    }
    struct Iterator: IteratorProtocol {
      let string: UnsafeBufferPointer<UInt8>
      let removed: Int
      var position = 0
      var last: UInt8 = 0
      mutating func next() -> UInt8? {
        while position < string.count {
          let symbol = string[position]
          let skip = position == removed || symbol == last
          position += 1
          if !skip {
            last = symbol
            return symbol
          }
        }
        return nil
      }
    }
    func makeIterator() -> Iterator { Iterator(string: string, removed: removed) }
  }

  /// Whether a Latin spelling shares a key with an abjad word whose key
  /// hashes are `abjadHashes` (sorted) and that may have a mismatch or not:
  /// a necessary condition of their transcription, tested before the
  /// alignment.
  ///
  /// Stops at the first shared key: the whole string's first, then the
  /// one-deletion variants only when a mismatch is allowed.
  static func sharesKey(_ latin: [UInt8], _ abjadHashes: [UInt64], allowsMismatch: Bool) -> Bool {
    abjadHashes.withUnsafeBufferPointer { abjadHashes in
      withClassString(of: latin) { string in
        if abjadHashes.binarySearchContains(FilterKey.hash(string)) { return true }
        guard allowsMismatch, string.count >= mismatchMinimumClasses else { return false }
        for index in string.indices
        where abjadHashes.binarySearchContains(FilterKey.hash(ShorterClassString(string, without: index))) {
          return true
        }
        return false
      }
    }
  }
}

extension UnsafeBufferPointer where Element == UInt64 {
  /// Whether sorted elements contain `value`.
  ///
  /// - Complexity: O(log n).
  func binarySearchContains(_ value: UInt64) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value
  }
}

extension Array where Element == UInt64 {
  /// Whether a sorted array contains `value`.
  ///
  /// - Complexity: O(log n).
  func binarySearchContains(_ value: UInt64) -> Bool {
    withUnsafeBufferPointer { $0.binarySearchContains(value) }
  }
}
