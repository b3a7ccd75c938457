/// Numbers written as words in organization, vessel and aircraft names:
/// Roman numerals (`II`), ordinals (`1st`, `First`). Such names agree on
/// the number they mean (`Ocean Star II` = `Ocean Star 2`).
enum NumberWords {
  private static let values: [String: String] = {
    var table: [String: String] = [:]
    let romans = ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
      "xvi", "xvii", "xviii", "xix", "xx"]
    for (index, roman) in romans.enumerated() where roman.count >= 2 { table[roman] = String(index + 2) }
    let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    for (index, ordinal) in ordinals.enumerated() { table[ordinal] = String(index + 1) }
    for number in 1...100 {
      let suffix: String
      switch (number % 10, number % 100) {
      case (1, let t) where t != 11: suffix = "st"
      case (2, let t) where t != 12: suffix = "nd"
      case (3, let t) where t != 13: suffix = "rd"
      default: suffix = "th"
      }
      table["\(number)\(suffix)"] = String(number)
    }
    return table
  }()

  /// The number a word stands for (`ii` → `2`, `1st` → `1`, `first` → `1`),
  /// or nil. Single-letter numerals (`I`, `V`, `X`) are letters.
  static func number(for word: String) -> String? { values[word] }
}
