/// Endings of Russian, Ukrainian and Belarusian words (romanized) and the
/// English endings of the same international words: `metallurgicheskiy` /
/// `metallurgical`, `korporatsiya` / `corporation`, `tekhnologiya` /
/// `technology`, `chelyabinskiy` / `chelyabinsk`. Authorities publish the
/// names of Russian organizations in both forms; the cognate form is offered
/// as another romanization of the word.
///
/// Written from knowledge of the languages; never learned from list files.
enum CognateEndings {
  /// Romanized endings (longest first within a family) and the English ending.
  static let endings: [(romanized: [String], english: [String])] = [
    (["icheskiy", "icheskaya", "icheskoye", "icheskoe", "icheskogo", "icheskikh", "icheskiye", "icheskii",
      "icheskij", "icheskoy", "icheskoi", "icheskoj", "icheskuyu", "icheskom", "icheskomu", "icheskimi",
      "ichnyy", "ichna", "ichnyi", "ichnoho", "ichnykh", "ichnoyi"], ["ical", "ic"]),
    (["logiya", "logii", "logiyu", "logiia", "lohiya", "lohii"], ["logy"]),
    (["tsiya", "tsii", "tsiyu", "tsiia", "tsiyi"], ["tion"]),
    (["skiy", "skaya", "skoye", "skoe", "skogo", "skikh", "skii", "skij", "skyi", "ska", "ske", "skoho", "skoy",
      "skoi", "skoj", "skuyu", "skom"], ["sk"]),
  ]

  /// The shortest stem left before an ending.
  static let minimumStem = 4

  private static let table: [(ending: [UInt8], english: [[UInt8]])] = endings
    .flatMap { family in family.romanized.map { (Array($0.utf8), family.english.map { Array($0.utf8) }) } }
    .sorted { $0.ending.count > $1.ending.count }

  /// The English cognates of a romanized word (`strategicheskoy` →
  /// `strategical`, `strategic`), or none when it has no known ending.
  static func englishForms(of word: [UInt8]) -> [[UInt8]] {
    for (ending, english) in table where word.count >= ending.count + minimumStem {
      if word.suffix(ending.count).elementsEqual(ending) {
        let stem = word.dropLast(ending.count)
        return english.map { Array(stem) + $0 }
      }
    }
    return []
  }
}
