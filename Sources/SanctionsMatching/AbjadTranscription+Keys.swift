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
  /// letters of many values) is not transcribed, and its consonant skeleton
  /// is compared instead.
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

  /// Appends the classes of `bytes` to `out`, collapsing repeats.
  @inline(__always)
  static func appendClasses(of bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
    for byte in bytes {
      let symbol = soundClass(byte)
      if symbol != 0, symbol != out.last { out.append(symbol) }
    }
  }

  /// The class string of a Latin spelling.
  static func soundClasses(_ latin: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    appendClasses(of: latin, to: &out)
    return out
  }

  /// The class strings of an abjad word's letters, one per choice of
  /// values, or nil when there are more than ``mostClassChoices``.
  static func soundClassChoices(_ letters: [UInt8]) -> [[UInt8]]? {
    guard !letters.isEmpty else { return [] }
    var choices = Set<[UInt8]>()
    guard appendChoices(of: letters, from: 0, to: &choices) else { return nil }
    if dropsArticle(letters) {
      guard appendChoices(of: letters, from: 2, to: &choices) else { return nil }
    }
    return choices.sorted { $0.lexicographicallyPrecedes($1) }
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

  /// Adds the class strings of `letters[start...]`; false when there
  /// would be more than ``mostClassChoices``.
  private static func appendChoices(of letters: [UInt8], from start: Int, to choices: inout Set<[UInt8]>) -> Bool {
    let options = letterOptions(letters, from: start)
    var combinations = 1
    for option in options {
      combinations *= option.count
      if combinations > mostClassChoices { return false }
    }
    var current: [UInt8] = []
    func extend(_ index: Int) {
      if index == options.count {
        choices.insert(current)
        return
      }
      let saved = current
      for option in options[index] {
        for symbol in option where symbol != current.last { current.append(symbol) }
        extend(index + 1)
        current = saved
      }
    }
    extend(0)
    return true
  }

  /// Whether a single mismatch may be allowed in transcribing a word with
  /// these class strings: every one of them is long enough.
  static func allowsMismatch(_ choices: [[UInt8]]) -> Bool {
    !choices.isEmpty && choices.allSatisfy { $0.count >= mismatchMinimumClasses }
  }

  /// Every key of a class string: itself and, when `withDeletions`, each
  /// string one class shorter (repeats collapsed again) of two classes or more.
  static func classKeys(_ classes: [UInt8], withDeletions: Bool, emit: ([UInt8]) -> Void) {
    emit(classes)
    guard withDeletions, classes.count >= mismatchMinimumClasses else { return }
    var buffer: [UInt8] = []
    for index in classes.indices {
      if index > 0, classes[index] == classes[index - 1] { continue }
      buffer.removeAll(keepingCapacity: true)
      for (position, symbol) in classes.enumerated() where position != index && symbol != buffer.last {
        buffer.append(symbol)
      }
      emit(buffer)
    }
  }
}
