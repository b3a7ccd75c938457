import Benchmark
import BenchmarkSupport
import SanctionsLists
import SanctionsNormalization

// Name normalization (`NameNormalizer.normalize`): case folding, tokenization, confusable
// folding and romanization, for names in different scripts.
//
// Each iteration normalizes 1,000 names (`scalingFactor: .kilo`), so the scaled figures are
// per name and the throughput is names per second. Romanizations of non-ASCII tokens are
// cached inside the engine, so after the warm-up iteration these measure the steady state of
// a long-running screener (the first sight of a token costs more).

let benchmarks: @Sendable () -> Void = {
  let perName = Benchmark.Configuration(
    metrics: standardMetrics, scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 1_000)

  /// Names written only in ASCII letters: the primary names and aliases of the UN list
  /// (ASCII input takes the engine's fast path that never calls ICU).
  Benchmark("Normalize ASCII names (UN list)", configuration: perName) { _, names in
    normalizeAll(names)
  } setup: {
    let entities = try loadEntities(SharedLists.un)
    let names = entities.flatMap(\.names).map(\.value).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    return try batchOfThousand(names, label: "ASCII names of the UN list")
  }

  /// Latin names with diacritics (Spanish, Portuguese, German, Nordic, Polish, Czech, Turkish,
  /// Vietnamese, Hungarian, Baltic...), from the hand-written set below.
  Benchmark("Normalize Latin names with diacritics", configuration: perName) { _, names in
    normalizeAll(names)
  } setup: {
    try batchOfThousand(NormalizationSamples.latinWithDiacritics, label: "Latin names with diacritics")
  }

  /// Names in many scripts (Cyrillic, Arabic, Persian, Han, Hangul, Kana, Greek, Hebrew,
  /// Georgian, Armenian, Thai, Devanagari, Ethiopic, Myanmar, and Latin/Cyrillic homoglyph
  /// mixes), from the hand-written set below.
  Benchmark("Normalize mixed-script names", configuration: perName) { _, names in
    normalizeAll(names)
  } setup: {
    try batchOfThousand(NormalizationSamples.mixedScripts, label: "mixed-script names")
  }

  /// The original-script names of the UN list (mostly Arabic, some Cyrillic and Han): real
  /// non-Latin list data.
  Benchmark("Normalize original-script names (UN list)", configuration: perName) { _, names in
    normalizeAll(names)
  } setup: {
    let entities = try loadEntities(SharedLists.un)
    let names = entities.flatMap(\.names).filter { $0.kind == .originalScript }.map(\.value)
    return try batchOfThousand(names, label: "original-script names of the UN list")
  }
}

/// Normalizes every name; failures are not expected (setup checked every name).
@inline(never)
func normalizeAll(_ names: [String]) {
  let normalizer = NameNormalizer()
  for name in names {
    blackHole(try? normalizer.normalize(name))
  }
}

/// Exactly 1,000 names (the scaling factor), repeating the distinct names in order, after
/// checking that every one of them normalizes.
func batchOfThousand(_ names: [String], label: String) throws -> [String] {
  var seen = Set<String>()
  let distinct = names.filter { seen.insert($0).inserted }
  guard !distinct.isEmpty else { throw SetupFailure("no \(label) to normalize") }
  let normalizer = NameNormalizer()
  for name in distinct {
    do {
      _ = try normalizer.normalize(name)
    } catch {
      throw SetupFailure("\(label): \"\(name)\" does not normalize: \(error)")
    }
  }
  return (0..<1_000).map { distinct[$0 % distinct.count] }
}

/// The entities of one list file under the shared lists folder.
func loadEntities(_ relativePath: String) throws -> [Entity] {
  try ListLoader.load(paths: [try SharedLists.path(relativePath)]).entities
}

/// Small hand-written name sets (well-known and invented names).
enum NormalizationSamples {
  static let latinWithDiacritics = [
    "José María Aznar López", "François Hollande-Lefèvre", "Jürgen Müller-Schäfer", "Søren Østergård",
    "Łukasz Żółkiewski", "Ahmet Çelik Şahin", "Nguyễn Tấn Dũng", "Đặng Văn Lâm", "Zoë Brontë",
    "Åsa Åkesson", "İbrahim Halil Güneş", "Miloš Đorđević", "Antonín Dvořák", "Ştefan Ţiriac",
    "Ana Paula Gonçalves da Conceição", "Björn Þórðarson", "Gülşen Öztürk", "Agnieszka Wiśniewska",
    "Renée Brûlé-Côté", "Begoña Núñez Peña", "Václav Havlíček", "Jiří Kučera", "Ľubomír Šťastný",
    "Mikuláš Dzurinda", "Oğuz Kağan Yılmaz", "Ömer Faruk Aydoğdu", "Rüdiger Groß", "Hélène Dupré",
    "Inês Simões Magalhães", "João Brandão", "Kristóf Szőke Gábor", "Péter Szijjártó", "Raúl Castro Ruz",
    "Sébastien Lefèbvre", "Tomáš Lučanský", "Ülkü Şenocak", "Vũ Đức Đam", "Žarko Čabarkapa",
    "Āris Ķēniņš", "Jonas Valančiūnas", "Ólafur Ragnar Grímsson", "Dóra Ágnes Kővári",
    "Société Générale de Banque au Liban S.A.L.", "Banco Nación Argentina", "Türkiye Halk Bankası A.Ş.",
  ]

  static let mixedScripts = [
    // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Kazakh)
    "Владимир Владимирович Путин", "Сергей Викторович Лавров", "Олег Владимирович Дерипаска",
    "Роман Аркадьевич Абрамович", "Олександр Валентинович Турчинов", "Аляксандр Рыгоравіч Лукашэнка",
    "Александар Вучић", "Нұрсұлтан Әбішұлы Назарбаев", "ПАО «Сбербанк России»", "ООО «Газпром экспорт»",
    // Arabic and Persian
    "محمد بن سلمان آل سعود", "أسامة بن محمد بن عوض بن لادن", "بشار حافظ الأسد", "حسن نصر الله",
    "عبد الملك بدر الدين الحوثي", "علی خامنه‌ای", "محمود احمدی‌نژاد", "بنك الرافدين",
    // Han, Hangul, Kana
    "习近平", "王毅", "李克强", "中国石油天然气集团公司", "麻原彰晃", "オウム真理教", "金正恩", "김정은",
    "김여정", "조선무역은행",
    // Greek, Hebrew, Georgian, Armenian, Thai, Devanagari, Ethiopic, Myanmar
    "Αλέξης Τσίπρας", "Κυριάκος Μητσοτάκης", "Γιάννης Βαρουφάκης", "בנימין נתניהו", "ბიძინა ივანიშვილი",
    "Նիկոլ Փաշինյան", "ทักษิณ ชินวัตร", "नरेन्द्र दामोदरदास मोदी", "አብይ አህመድ", "မင်းအောင်လှိုင်",
    // Latin with Cyrillic look-alikes, and names mixing scripts
    "Vladimir Рutin", "Gazprom / Газпром", "Kim Jong Un (김정은)",
  ]
}
